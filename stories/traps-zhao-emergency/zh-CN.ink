# title: 交班间隙：首次拜访急诊科赵鹏医生
# segment: clinician
# stage: first_visit
# setting: ward
# lang: zh-CN
# customer: zhao
# dimensions: preparation, opening, discovery, value, objections, closing
# leaves_to: patience_out

// 诺维沙班（Norvixa）、通贝沙班（Trombexa）、NAVIGATE-AF研究和恒康医药均为虚构。
// 代表说出的每一条产品信息都来自信息核准表（src/core/world/product.ts），并标注了对应的claim。
// 核准表里没有逆转剂量和急性卒中后何时启动的内容：这两个都是超说明书问题。
// 赵医生由引擎扮演（src/core/world/cast.ts）：好感从55开始，耐心从45开始，会面中每过一分钟耐心都会下降。
// 他给15分钟，高难度下只给10分钟（# time_granted）。
// 他提到的出血病例用的是通贝沙班，属于其他公司的产品，由医院通过自己的不良反应监测系统上报；
// 本次拜访中没有听到诺维沙班的不良事件。

VAR difficulty = 1
VAR rapport = 55
VAR customer_state = "guarded"
VAR prepared = false
VAR mi_logged = false
VAR session_offered = false
VAR booked = false
VAR cold = false

-> prep

=== prep ===
周日晚上。上个月拜访过的心内科陈静医生，帮你联系上了急诊科主治医师赵鹏：“他对抗凝病人出血的事问题特别多。人挺有意思，你自己当心点。” # speaker: narrator
赵医生的微信回复只有一行：“周一早8点，交完班。15分钟。别迟到，别打领带。” # speaker: narrator # time_granted: 15
你怎么准备？ # speaker: narrator
* [了解急诊科的情况，定一个拜访目标，带上说明书和出血处理卡 #act: preparation.profile_reviewed #act: preparation.objective_set #act: preparation.material_matched #off_clock #minutes: 30]
    ~ prepared = true
    急诊科一年接诊九万人次。陈医生说，抗凝病人最糟糕的那一夜，往往是赵医生接的：出血、摔倒、头外伤。 # speaker: narrator
    你写下：“目标：了解他接诊抗凝患者出血时面对什么；只讲说明书和审批过的数据；超出范围的，一律转医学信息部。”文件夹里放进完整的说明书、经审批的出血处理卡，还有一张医学信息咨询登记表。 # speaker: narrator
* [在医院官网上查一下他的资料，再带上标准的卒中预防折页，毕竟主要研究结论每个医生都应该知道 #act: preparation.profile_reviewed #act: preparation.material_unmatched #off_clock #minutes: 15]
    你在医院官网上看了他的介绍，然后把那本铜版纸折页塞进包里。折页第一页讲的是预防卒中，而急诊医生的夜班可不是花在这上面的。 # speaker: narrator
* [他为人随和，功课就不做了；讲个好段子比带一摞资料管用 #act: preparation.material_unmatched #off_clock #minutes: 5]
    晚上你忙别的去了。第二天早上，车里有什么宣传册就随手抓了几本。 # speaker: narrator
- -> arrival

=== arrival ===
周一早上8:02，一楼急诊科。交班还没交完。 # speaker: narrator # phase: opening
抢救室的门开着，你看到赵医生坐在2床旁边的电脑前。他身后呼吸机在报警，一个护士正在挂血。 # speaker: narrator
他看见你，拿笔朝你招了招手。 # speaker: narrator
{difficulty > 1:
    “恒康的？进来进来。十分钟啊，不是十五分钟，我还盯着救护车通道呢。我写我的，你说你的。” # speaker: zhao # mood: neutral # time_granted: 10
- else:
    “恒康的？进来进来！我把病历写完，你边说我边听，两不耽误。” # speaker: zhao # mood: pleased
}
* [走进去站到他旁边：是他叫你进来的，还能帮他省时间 #act: access.cold_drop_in #violation: clinical_area_intrusion #minutes: 1]
    你走进抢救室，站到他身边。他开始给你讲2床的病人。 # speaker: narrator
    马护士长转过身来，手里还拿着那袋血：“医药代表？进抢救室？出去，马上。赵医生，规矩你是知道的。” # speaker: narrator
    赵医生举起两只手，脸上的笑没了。 # speaker: narrator
    “怪我，护士长。不好意思啊恒康的，改天吧。别在这儿。” # speaker: zhao # mood: annoyed # end_visit: asked_to_leave # ending: asked_to_leave
    -> END
* [说你去医生休息室等他；到了那儿先道谢，再说明来意 #act: opening.thanks #act: opening.purpose_stated #claim: indication #minutes: 2]
    “赵医生，我在医生休息室等您，您先忙。” # speaker: rep
    十分钟后，他拎着一个装煎饼的塑料袋进了休息室。 # speaker: narrator
    “赵医生，谢谢您下了夜班还抽时间见我，也谢谢陈医生牵线。我是恒康医药的代表，负责诺维沙班，是一种每日一次的抗凝药，用于非瓣膜性房颤的卒中预防。今天主要想听听，吃抗凝药的病人出血来急诊，您这边会碰到哪些难处，再跟您说说说明书里是怎么写的。最多{difficulty > 1:十|十五}分钟。” # speaker: rep
    “知道在外面等，算你机灵。马护士长吃代表是不吐骨头的。” # speaker: zhao # mood: pleased
* [在休息室等他，他一到就从头好好介绍一下自己和恒康，让他清楚地知道在跟谁打交道 #act: opening.long_intro #minutes: 3]
    十分钟后，他拎着一个装煎饼的塑料袋进了休息室。 # speaker: narrator
    “赵医生，我先介绍一下我自己和恒康。我药学专业毕业，三年前加入恒康。恒康1998年成立，现在有六千多名员工、十四个上市产品，苏州还新建了研发中心……” # speaker: rep
    “我两天一共睡了四个钟头。挑我关心的说。” # speaker: zhao # mood: annoyed
- -> discovery_open

=== discovery_open ===
他坐下来，打开煎饼。 # speaker: narrator # phase: discovery
“说吧，卖什么的？我猜猜：一天一次的那个。” # speaker: zhao
* [问他急诊吃NOAC的病人多不多 #act: discovery.closed_question #minutes: 1]
    “赵医生，急诊吃NOAC的病人多吗？” # speaker: rep
    “天天晚上都有。” # speaker: zhao
    他咬了一口煎饼，等你往下说。 # speaker: narrator # mood: neutral
* [说想先把NAVIGATE-AF研究的结果给他讲一讲，一万四千多例患者，其他的后面再说 #act: discovery.interrupt #minutes: 1]
    “赵医生，要不我先给您介绍一下NAVIGATE-AF研究，一万四千多例患者……” # speaker: rep
    “卒中预防？我不管预防卒中，我接的是预防失败的那些人。” # speaker: zhao # mood: sceptical
* [问他这类病人出血送来时，一般是什么情况 #act: discovery.open_question #minutes: 1]
    “其实我更想先听您说。吃抗凝药的病人出血来急诊，一般是个什么情况？最难的是哪一步？” # speaker: rep
    “还从来没有代表问过我这个。行。” # speaker: zhao # mood: pleased
- -> discovery_story

=== discovery_story ===
“上周二，凌晨三点。七十九岁老头，黑便，血压85/50。家属拎来一塑料袋药，我们花了二十分钟才弄明白他吃的是通贝沙班，最后一次什么时候吃的，谁也说不清。我们药房没有特异性的逆转剂。我这边只能凭经验上，消化科还在路上，他儿子在外面冲护士吼。” # speaker: zhao
“人是救回来了。不过总有一天晚上，送来的会是吃你们药的。” # speaker: zhao
* [接过话头：这种时候，诺维沙班的出血数据应该能让他放心 #act: value.need_linked #links: bleeding_on_anticoagulants #act: value.evidence_cited #claim: trial_bleeding #minutes: 1]
    “赵医生，这方面诺维沙班还是让人放心的：NAVIGATE-AF里，大出血年发生率2.4%，华法林3.0%。” # speaker: rep
    “好啊。那等吃你们药的病人照样出血了，我就把这个数字念给他听。” # speaker: zhao # mood: sceptical
    他低头接着吃煎饼。本来要跟你说的话，他咽回去了。 # speaker: narrator
* [问他：那个病人吃的不是诺维沙班，还好吧 #act: discovery.closed_question #minutes: 1]
    “那他吃的不是诺维沙班吧？” # speaker: rep
    “松了口气是吧？哈。” # speaker: zhao # mood: sceptical
* [把听到的理一理，再问他凌晨三点最需要什么 #act: discovery.active_listening #act: discovery.open_question #minutes: 2]
    “所以难的不光是出血本身，而是吃的什么药、多大剂量、什么时候吃的都不知道，时间又紧，家属还着急。凌晨三点的时候，什么对您最有帮助？” # speaker: rep
    “就是这个。两分钟之内知道他吃的是什么、对这次出血意味着什么。还有，我能做什么、不能做什么，不用打四个电话去问。” # speaker: zhao # mood: pleased # need: bleeding_on_anticoagulants
- -> present_bleeding

=== present_bleeding ===
“那你说说，你手上有什么能帮到我的？” # speaker: zhao # phase: presentation
* [告诉他吃诺维沙班的病人很少出严重的血，他以后碰到的不会多 #act: value.need_linked #links: bleeding_on_anticoagulants #violation: misleading_claim #minutes: 1]
    “说实话赵医生，吃诺维沙班的病人很少出严重的血，您碰到的不会多。” # speaker: rep
    “每个代表都这么说自己的药，结果我照样碰到。别跟我说‘很少’。” # speaker: zhao # mood: annoyed
* [把产品特点给他过一遍：每日一次、不受饮食影响、不需要常规监测，保存也不需要冷链 #act: value.feature_dump #claim: dose_standard #claim: storage #minutes: 2]
    “诺维沙班20毫克每日一次，饭前饭后都可以，不需要常规监测凝血指标，30℃以下保存就行，不用冷链……” # speaker: rep
    “我不负责保存，不负责开，也不负责监测。我负责收拾烂摊子。” # speaker: zhao # mood: annoyed
* [把说明书和研究里关于出血的内容讲给他 #act: value.need_linked #links: bleeding_on_anticoagulants #act: value.evidence_cited #claim: common_adverse_events #claim: contraindications #claim: trial_bleeding #claim: dose_renal #minutes: 2]
    “说明书和研究里，对您可能有用的是这几点。出血是最常见的不良反应：鼻出血、牙龈出血、瘀斑、血尿。有临床意义的活动性出血是禁忌。NAVIGATE-AF里，大出血年发生率2.4%，华法林3.0%；颅内出血0.4%对0.8%；消化道出血相近，1.2%对1.1%。剂量是20毫克，肌酐清除率30到49时用10毫克，所以看药盒上的规格，就知道医生给他开的是哪个剂量。” # speaker: rep
    {prepared:
        “说明书在这个文件夹里，出血那一页我做了标记。” # speaker: rep
    }
    “消化道出血跟华法林差不多。起码你没说它不出血。” # speaker: zhao # mood: neutral
- -> reversal

=== reversal ===
他往前凑了凑，压低了声音。 # speaker: narrator # phase: objections
“现在说正经的。你们这个药没有解药，对吧？那你们的病人躺在我面前，出着血，血压85。一个关不掉的药，我凭什么让更多人吃？” # speaker: zhao # objection: no_reversal_agent
“那你告诉我，怎么逆转？用什么，用多少？私下说，就咱俩知道。” # speaker: zhao # need: reversal_question
{difficulty > 1:
    “别紧张，又没人录音。” # speaker: zhao # mood: sceptical
}
* [把你在学术会上听到的告诉他：凝血酶原复合物，每公斤50单位，对Xa因子抑制剂管用 #act: objections.evidence_response #violation: off_label #minutes: 2]
    “私下跟您说，去年一个会上，讲者对Xa因子抑制剂用的是凝血酶原复合物，大概每公斤50单位，看着效果还行。” # speaker: rep
    “‘看着还行’。代表在会上听来的。要不要我把这句写进病历里？” # speaker: zhao # mood: sceptical
* [打个哈哈：你是代表，又不是医生 #act: objections.evade #minutes: 1]
    “哈，赵医生，我就是个代表，您才是医生！” # speaker: rep
    “那你是来干什么的？” # speaker: zhao # mood: annoyed
* [说这个问题问得对，讲清说明书怎么写，剂量问题交给医学信息部 #act: objections.acknowledge #act: objections.evidence_response #act: objections.defer_and_commit #act: compliance.medical_referral #claim: bleeding_management #minutes: 2]
    ~ mi_logged = true
    “这个问题问到点子上了，值得一个正式的答复，而不是我的猜测。说明书是这么写的：停用诺维沙班，给予支持治疗，处理出血部位。半衰期9到13小时，肾功能差的时候更长；目前没有获批的特异性逆转剂。至于用什么、用多少，已经超出说明书了，对我来说也没有‘私下说’这回事。您同意的话，我今天就提交给恒康的医学信息部，由医学同事直接给您书面回复。” # speaker: rep
    “书面的。嗯，凌晨三点的时候，这比你的猜测管用。” # speaker: zhao # mood: neutral
* [拿研究数据让他放心：和华法林相比，颅内出血减半，大出血也更少，这正是急诊最在意的 #act: objections.evidence_response #act: objections.evade #act: value.need_linked #links: bleeding_on_anticoagulants #act: value.evidence_cited #claim: trial_bleeding #minutes: 2]
    “赵医生，您的担心我理解，不过您看研究数据：和华法林相比，颅内出血年发生率0.4%对0.8%，大出血2.4%对3.0%。最要命的那种出血，您会碰到得更少。” # speaker: rep
    “我问的是出了血怎么办，不是多久出一次。这个月你是第三个答非所问的代表了。” # speaker: zhao # mood: annoyed
- -> acute_stroke

=== acute_stroke ===
{customer_state == "irritated":
    他瞟了一眼门上的挂钟。 # speaker: narrator
}
“那再问一个。晚上神经内科下来会诊要好几个小时。房颤病人，急性缺血性卒中，CT没出血，晚上十点在我这儿。我能不能当天就给他上诺维沙班，免得神经科来之前再梗一次？” # speaker: zhao
* [说神经内科的医生更清楚，就此打住 #act: objections.evade #minutes: 1]
    “赵医生，这个神经内科的医生应该比我清楚。” # speaker: rep
    “又一个不算回答的回答。” # speaker: zhao # mood: sceptical
* [问他在权衡什么，讲清说明书管到哪儿，再把问题加进医学信息咨询 #act: objections.explore #act: objections.evidence_response #act: objections.defer_and_commit #act: compliance.medical_referral #claim: indication #minutes: 2]
    ~ mi_logged = true
    “这个病人您主要在权衡什么？是不是早期再发卒中的风险，和梗死灶出血转化的风险，两头怎么平衡？” # speaker: rep
    “就是这个。神经科和心内科给我的说法还不一样。” # speaker: zhao # mood: neutral
    “那我就更不该再添第三种说法了。说明书的适应症是伴有危险因素的非瓣膜性房颤患者预防卒中和全身性栓塞；急性卒中后什么时候开始用，不是我能给建议的。我把这个问题一并加到您的医学信息咨询里，用药决定还是由您和神经科来做。” # speaker: rep
    “行吧。那就两个问题，都要书面的。” # speaker: zhao # mood: neutral
* [告诉他可以：适应症就是房颤的卒中预防，马上开始用是合理的 #act: value.need_linked #links: bleeding_on_anticoagulants #violation: off_label #minutes: 1]
    “可以的赵医生。它的适应症就是房颤的卒中预防，马上开始用是合理的。” # speaker: rep
    “是吗？那要是梗死灶出了血，我就跟家属说，是代表说合理的。” # speaker: zhao # mood: sceptical
- -> benefit_test

=== benefit_test ===
他把煎饼袋揉成一团，扔进了垃圾桶。 # speaker: narrator
“这样，恒康的。我们组刚连上了五个夜班。周五你请大家出去，先吃火锅，再去唱K，你买单，我保证让他们都坐下来听你讲。还有，我们科护士小刘周六结婚，全科都在随份子，恒康也包一个红包，多有面子。” # speaker: zhao # mood: pleased
{difficulty > 1:
    他嘴上笑着，眼睛却一直盯着你。 # speaker: narrator
}
* [答应周五请全组吃火锅、唱K，走你的报销 #act: relationship.transactional #violation: improper_benefit #minutes: 1]
    “那就周五，赵医生。火锅加唱K，恒康请客，地方您挑。” # speaker: rep
    “哈！你还真答应了。” # speaker: zhao # mood: sceptical
    他没说这话是不是当真。 # speaker: narrator
* [提出红包你自己掏钱给小刘包一个，不走公司的账，这样就不算公司送的了 #act: relationship.transactional #violation: improper_benefit #minutes: 1]
    “公司的名义不行，不过小刘的红包我自己包一个。咱们私下的。” # speaker: rep
    “你自己的钱，在我们科里，还‘私下的’。这更糟，你知道吧。” # speaker: zhao # mood: sceptical
* [说你回去问问经理有没有预算 #act: objections.evade #violation: improper_benefit #minutes: 1]
    “我回去问问我们经理，看有没有这方面的预算。” # speaker: rep
    “问你们经理。行啊。那就周五，兄弟们肯定高兴。” # speaker: zhao # mood: pleased
    你本想找个台阶下。他听到的却是“行”，他们组的人也会这么听。 # speaker: narrator
* [客气地把两件事都推掉，祝贺小刘新婚，提出给科里讲一次出血处理 #act: compliance.declined #rapport: -10 #minutes: 2]
    ~ session_offered = true
    “赵医生，我倒是很想听您唱两首，可吃饭唱K我都不能请，红包也不能包，公司的不行，我自己掏钱也不行。不过替我祝小刘新婚快乐。我能做的是：请我们医学部的医学顾问到您科会上，做一次半小时的病例讨论，讲抗凝患者出血怎么处理，所有抗凝药都讲，不光讲我们的。如果放在中午，按规定最多只能提供简单的工作餐。” # speaker: rep
    他脸上的笑没了。 # speaker: narrator
    “不是吧。就吃顿火锅，又不是送劳力士。通贝沙班的代表上个月请夜班吃了顿烧烤，也没见谁出事。我们组白熬了五个通宵，你就给个盒饭？” # speaker: zhao # mood: annoyed
    -> hold_line
- -> closing

=== hold_line ===
他抱着胳膊，等你开口。 # speaker: narrator
* [笑着守住底线：烧烤也不行，但讲课的事照样算数 #act: compliance.declined #minutes: 1]
    “烧烤也不行，别人怎么做我管不了。哪天你们主任问起恒康给急诊科做了什么，我希望答案是一次讲课。这个提议一直有效。” # speaker: rep
    他盯着你看了好一会儿，哼了一声。 # speaker: narrator
    “你这人真没劲。上一个一口答应唱K的代表，让我们主任知道了，到现在都没再进过这栋楼。这么看，没劲倒是聪明。” # speaker: zhao # mood: neutral
    “不过讲出血的病例讨论，我倒是真会去听。小大夫们也会去。” # speaker: zhao # need: team_teaching
* [各让一步：给夜班买几杯奶茶算不上礼物，周五你带过去 #act: relationship.transactional #violation: improper_benefit #minutes: 1]
    “那火锅就算了。周五我给夜班带点奶茶，这不算什么礼物。” # speaker: rep
    “这就对了嘛。十二杯，少糖。” # speaker: zhao # mood: pleased
    他是在试你的底线在哪儿。你刚刚让他看到，这条线是能挪的。 # speaker: narrator
* [说周五的事你想想办法 #act: objections.evade #violation: improper_benefit #minutes: 1]
    “周五的事，我想想办法，赵医生。” # speaker: rep
    “这还差不多。” # speaker: zhao # mood: pleased
    他回去就会跟组里说，周五有着落了。 # speaker: narrator
- -> closing

=== closing ===
他的手机震了：救护车五分钟后到。 # speaker: narrator # phase: closing
“我得走了。还有别的事吗？” # speaker: zhao
* [请他以后从急诊送房颤病人回家时考虑诺维沙班，临走前再把核心卖点给他说一遍 #act: value.feature_dump #act: closing.no_next_step #minutes: 1]
    “就一件事，赵医生：以后房颤病人从急诊回家，麻烦考虑一下诺维沙班。每日一次，卒中比华法林少，还能报销。” # speaker: rep
    -> no_next_step
* [“多谢赵医生。我说说今天记下的，还有我接下来做什么。” #act: closing.summary #act: closing.thanks #act: closing.next_step #minutes: 1]
    -> next_step
* [谢谢他，让他赶紧去忙 #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    “谢谢赵医生，您快去忙吧。” # speaker: rep
    -> no_next_step

=== no_next_step ===
{rapport >= 80:
    “行，加个微信吧。” # speaker: zhao # mood: neutral
    他边往外走边扫了你的二维码，转眼就不见了。 # speaker: narrator
- else:
    ~ cold = true
    “好好好，回头见。” # speaker: zhao # mood: sceptical
    他还是扫了你的二维码，看都没看一眼。 # speaker: narrator
}
-> wechat

=== next_step ===
“多谢赵医生。我理一下：您最需要的，是尽快知道出血病人吃的是什么药、这意味着什么，以及您能做什么、不能做什么。” # speaker: rep
{mi_logged:
    “您的问题我今天提交给医学信息部，医学同事会直接给您书面回复。” # speaker: rep
}
{session_offered:
    “另外，我请医学顾问跟您科里的秘书联系，给出两个病例讨论的备选时间。” # speaker: rep
- else:
    “另外，我把出血处理卡和说明书发给您。” # speaker: rep
}
{
- rapport >= 85 && session_offered:
    ~ booked = true
    “科会是每周三中午十二点半。我跟主任说一声，这是讲医学的，不是推销。加个微信，下回别穿西装来，人多嘴杂。” # speaker: zhao # mood: pleased
    他扫了你的二维码，一路小跑去了救护车通道。 # speaker: narrator
- rapport >= 65:
    “行，加个微信，资料发我。” # speaker: zhao # mood: neutral
    他边往外走边扫了你的二维码。 # speaker: narrator
- else:
    ~ cold = true
    “嗯，微信聊。” # speaker: zhao # mood: sceptical
    他扫了你的二维码，看都没看一眼。 # speaker: narrator
}
-> wechat

=== wechat ===
当晚十一点四十，你的手机亮了：赵医生在替同事值夜班。 # speaker: narrator
“资料发我。还有，逆转那个，PCC用多少之类的，你给我写下来，我存手机里夜班用。对了，上周二那个王大爷，79岁，又黑便回来了，在留观3床。家属问要不要把通贝沙班换成你们的。” # speaker: zhao
* [回个“OK”的表情，再加一句“收到！” #act: closing.no_next_step #off_clock #minutes: 1]
    你回了个OK的表情和“收到！”。对话框就此安静了。 # speaker: narrator
* [把你听说的逆转剂量写下来发给他，让他存在手机里夜班用 #act: objections.evidence_response #violation: off_label #off_clock #minutes: 2]
    你打字：“Xa因子抑制剂大多数中心用PCC 50 IU/kg，必要时可以重复。希望夜班用得上！”不到一分钟，他就截了图。 # speaker: narrator
* [关心一下他的病人，写上姓氏、床号和年龄，说你会把整个病例转给医学信息部 #act: compliance.medical_referral #violation: privacy #off_clock #minutes: 2]
    你打字：“王大爷（79岁，留观3床）又黑便了，真让人揪心。我把他的情况详细转给我们医学信息部。”现在这条消息存在两部手机上，很快还会存到公司的服务器上。 # speaker: narrator
* [第二天早上发一条简短的跟进：致谢、附上审批过的资料，不给临床建议 #act: closing.thanks #act: closing.next_step #act: compliance.medical_referral #gives: label #gives: bleeding_management_card #off_clock #minutes: 5]
    第二天早上八点，你打字：“赵医生，谢谢您昨天抽时间。附件是说明书和经审批的出血处理卡。逆转和急性卒中后何时启动这两个问题，已经提交医学信息部，医学同事会直接给您书面回复。换不换药是您的临床判断；吃通贝沙班出血的那位，走医院的不良反应上报就行。另外麻烦别在微信上发患者信息给我，我不能用，这些信息也不该出现在微信里。” # speaker: narrator
    {session_offered:
        你又补了一句：“医学顾问17号或24号（都是周三）中午12:30都可以去您科会上讲，您看哪天合适？” # speaker: narrator
    }
    两分钟后，他回了消息。 # speaker: narrator
    {session_offered:
        “这么较真！行，24号。” # speaker: zhao # mood: pleased
    - else:
        “这么较真！行。” # speaker: zhao # mood: neutral
    }
- -> wrap_up

=== wrap_up ===
{
- booked:
    三周后的一个周三中午十二点半，急诊示教室里坐满了穿刷手服、捧着盒饭的医生护士。医学顾问的第一张幻灯片写着“抗凝患者出血：最初十分钟”，坐在第一排的赵医生第一个举手提问。 # speaker: narrator # ending: session_agreed
- cold:
    那份PDF，赵医生始终没有点开。两周后陈医生问你拜访得怎么样，你一时不知道该怎么说。 # speaker: narrator # ending: polite_dismissal
- else:
    一周后，赵医生把医学信息部的回复转给了一位同事，只加了一句：“总算有书面的了。”他还没答应再见你，但你发的东西他都会看。 # speaker: narrator # ending: material_requested
}
-> END

=== patience_out ===
他的手机响了，消息还没看完人已经站起来了。 # speaker: narrator
“不好意思啊恒康的，救护车到了。今天就到这儿。” # speaker: zhao # mood: annoyed # ending: patience_exhausted
-> END
