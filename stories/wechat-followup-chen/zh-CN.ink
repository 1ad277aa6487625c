# title: 和陈静医生的一周微信往来
# segment: clinician
# stage: follow_up
# setting: phone
# lang: zh-CN
# customer: chen
# dimensions: relationship, solutions, records
# leaves_to: patience_out
# assumes: need:ward_dosing_tools, need:readable_leaflets, promise:dosing_card, promise:patient_leaflets

// 诺维沙班（Norvixa）、NAVIGATE-AF研究和恒康医药均为虚构。
// 首次拜访二病区之后，陈医生在一周里通过微信陆续找代表要了几样东西。
// 本场景练的是合规的微信沟通：只发经审批的资料，不回答超说明书问题，聊天和档案里不留患者信息，
// 听到不良事件就上报，不打听也不统计处方数，节日问候不做交易。晚上发的消息、节日问候和周日
// 整理档案都标为 # off_clock：它们不占用她工作时间里的交流。
// 与陈医生其他拜访共用的记忆：需求 ward_dosing_tools、readable_leaflets、post_discharge_bleeding；
// 承诺 dosing_card 和 patient_leaflets，在这里发出文件时兑现。

EXTERNAL remembers(id)
EXTERNAL promise_open(id)

VAR difficulty = 1
VAR rapport = 55
VAR need_caregiver = false
VAR crossed_line = false
VAR gave_chart = false
VAR greeted = false
VAR ignored = false

-> monday

// 在 Inky 里运行时的替代实现，与文件头的假设一致：首次拜访答应了两样东西，都还没兑现。
=== function remembers(id) ===
~ return id == "ward_dosing_tools" || id == "readable_leaflets" || id == "dosing_card" || id == "patient_leaflets"
=== function promise_open(id) ===
~ return id == "dosing_card" || id == "patient_leaflets"

=== monday ===
{
- promise_open("dosing_card") || promise_open("patient_leaflets"):
    -> owed
- else:
    -> settled
}

= owed
周一晚上21:10。上次去二病区拜访后，你还欠着陈静医生答应过的东西：{promise_open("dosing_card"):给住院医生用的剂量卡}{promise_open("dosing_card") && promise_open("patient_leaflets"):，还有}{promise_open("patient_leaflets"):老年患者真正看得懂的宣教单}。 # speaker: narrator # phase: reconnect
今天下午，恒康医学部刚把大字版患者宣教单批下来。两份审批过的文件现在都在你手机里：剂量卡和宣教单。陈医生下一次患教课在周四。 # speaker: narrator
* [把两份文件发过去，附上一句“感谢支持诺维沙班！”，再把她拉进“诺维沙班之友”群 #act: relationship.promise_kept #act: relationship.transactional #keeps: dosing_card #keeps: patient_leaflets #gives: dosing_card #gives: patient_leaflet #off_clock]
    “陈医生，答应您的剂量卡和宣教单发您了。感谢您对诺维沙班的支持！另外把您拉进了我们的‘诺维沙班之友’群，最新资讯第一时间都在里面。” # speaker: rep
    十分钟后，系统提示：陈静已退出群聊“诺维沙班之友”。 # speaker: narrator
    “文件收到，谢谢。以后别拉我进群了，手机已经够吵了。” # speaker: chen # mood: annoyed
* [把两份文件发过去，每份配一句用途说明，再附上新版省抗凝临床路径的链接 #act: relationship.promise_kept #act: relationship.value_content #keeps: dosing_card #keeps: patient_leaflets #gives: dosing_card #gives: patient_leaflet #off_clock]
    “陈医生，之前答应您的资料发您了：1）住院医生用的剂量卡，恒康医学部审核过，一面是肌酐清除率估算和剂量选择，一面是肾功能监测；2）大字版宣教单，给患者和家属看的，今天刚批下来，周四的课正好用得上。另外，《清河省抗凝临床路径（2025版）》上个月发布了，这是省卫健委网站上的全文链接，您有空可以看看。” # speaker: rep
    “收到，谢谢！说到做到啊。这卡住院医生得抢着要了。” # speaker: chen # mood: pleased
- -> tuesday

= settled
周一晚上21:10。{remembers("dosing_card") || remembers("patient_leaflets"):答应陈静医生的东西已经送到二病区了，这周你没有欠她什么。|上次去二病区拜访，你并没有答应陈静医生什么具体的事。} # speaker: narrator # phase: reconnect
今天下午，恒康医学部把大字版患者宣教单批下来了，审批过的文件就在你手机里，和剂量卡放在一起。 # speaker: narrator
* [把两份批准的文件发给她，每份配一句用途说明，再附上新版省抗凝临床路径的链接 #act: relationship.value_content #gives: dosing_card #gives: patient_leaflet #off_clock]
    “陈医生，两份审批过的资料，病区也许用得上：1）诺维沙班剂量卡，一面是肌酐清除率估算和剂量选择，一面是肾功能监测；2）大字版宣教单，给患者和家属看的，今天刚批下来。另外，《清河省抗凝临床路径（2025版）》上个月发布了，这是省卫健委网站上的全文链接。” # speaker: rep
    “谢谢，挺实用的。周四的课正好用这个宣教单。” # speaker: chen # mood: pleased
* [把她拉进“诺维沙班之友”群，产品一有新消息她就能第一时间看到 #act: relationship.transactional #off_clock]
    “陈医生，把您拉进我们的‘诺维沙班之友’群啦，最新资讯第一时间都在里面！” # speaker: rep
    十分钟后，系统提示：陈静已退出群聊“诺维沙班之友”。 # speaker: narrator
    “以后别拉我进群了，手机已经够吵了。” # speaker: chen # mood: annoyed
- -> tuesday

=== tuesday ===
周二中午12:35。 # speaker: narrator # phase: review
“既然你这么靠谱，再问个事。儿科有个同事，手上一个十四岁的孩子心脏手术后长了血栓，问我诺维沙班有没有儿童的数据。你能把诺维沙班儿童用药的资料发我一份吗？” # speaker: chen
{difficulty > 1:
    “有什么就发什么，就我们自己看，不会有人知道的。” # speaker: chen
}
* [把同事在销售群里分享的一篇青少年药代动力学会议摘要直接转给她 #act: relationship.value_content #violation: off_label #minutes: 1]
    ~ crossed_line = true
    “这是同事分享的一篇会议摘要，讲诺维沙班在青少年里的药代动力学，看着挺有前景的！” # speaker: rep
    “嗯……销售群里传的会议摘要。我拿这个给儿科医生，不太合适吧。” # speaker: chen # mood: sceptical
* [“诺维沙班只批了成人适应证。要不我转给医学信息部，请他们书面答复？” #act: compliance.medical_referral #claim: indication #minutes: 2]
    “谢谢陈医生想着我。不过诺维沙班只批准用于成人非瓣膜性房颤患者，儿童用药我不能介绍，也不能发相关资料。我可以把这个问题提交给恒康医学信息部，由医学同事根据现有数据书面回复您，或者直接回复儿科的同事。提问人就写您，可以吗？” # speaker: rep
    “好，麻烦你了，把儿科的卢医生也抄送上。原来还有这种正规渠道，我都不知道。” # speaker: chen # mood: pleased
* [“交给我吧，我去找找儿童用药方面都有些什么资料，今晚整理好了就发给您。” #act: relationship.professional_support #violation: off_label #minutes: 1]
    ~ crossed_line = true
    “陈医生，这事交给我，我去找找儿童方面的资料，今晚整理好了发您。” # speaker: rep
    “好嘞，谢谢！卢医生肯定高兴。” # speaker: chen # mood: pleased
    现在她等着你发一个只批准用于成人的药的儿童数据。 # speaker: narrator
* [先把消息放着不回，等她过两天自己把这事忘了 #act: objections.evade #minutes: 1]
    ~ ignored = true
    你把手机扣在桌上。到了晚上，那条消息还晾在那儿，你一个字也没回。 # speaker: narrator
    “？？” # speaker: chen # mood: sceptical
- -> wednesday

=== wednesday ===
周三下午17:50。陈医生发来一张照片：一位患者的化验单。姓名、住院号都在上面，81岁，体重48公斤，血肌酐110 µmol/L。 # speaker: narrator
“收病人间隙问一句：这个老太太明天出院，给20还是10？你们的药你最熟。” # speaker: chen
{difficulty > 1:
    “你算一下也就十秒钟的事，拜托了，我这边忙疯了。” # speaker: chen
}
* [根据化验单算出她的肌酐清除率，直接回复陈医生该用哪个剂量 #act: solutions.tailored #links: ward_dosing_tools #violation: privacy #claim: dose_renal #minutes: 2]
    ~ crossed_line = true
    “陈医生，按Cockcroft-Gault公式算，她的肌酐清除率大概27 mL/min，低于30，不推荐用诺维沙班。” # speaker: rep
    “哦，对。谢了，省得我自己算。” # speaker: chen # mood: neutral
* [保存照片，转给恒康医学信息部，请那边的医学同事帮忙给个专业的剂量意见 #act: compliance.medical_referral #violation: privacy #minutes: 2]
    ~ crossed_line = true
    “好问题，我把化验单转给我们医学信息部，让他们给您意见。” # speaker: rep
    “你要把我病人的化验单发给你们公司？” # speaker: chen # mood: sceptical
    她把消息撤回了。可照片已经存进了你的相册，也进了医学信息部的邮箱。 # speaker: narrator
* [“麻烦把照片撤回，我这边已删。剂量卡背面有计算步骤和剂量标准。” #act: compliance.declined #act: solutions.tailored #links: ward_dosing_tools #claim: dose_renal #rapport: -10 #minutes: 2]
    “陈医生，病人的病历资料我不方便在微信上接收，具体某个病人用多大剂量也不该由我来判断。麻烦您把照片撤回一下，我这边已经删了。剂量卡背面有Cockcroft-Gault公式的计算步骤，用年龄、体重和血肌酐就能算。说明书的规定是：肌酐清除率30到49用10 mg每日一次，低于30或透析患者不推荐使用。拿不准的病例，可以请临床药师一起看看。” # speaker: rep
    “我就想你帮个十秒钟的忙，不是来听合规课的。” # speaker: chen # mood: annoyed
    她撤回了照片。二十分钟后： # speaker: narrator
    “用卡算了，27。这个病人不用诺维沙班了，我们再考虑别的方案。行吧，这种东西确实不该到处发，老习惯了。” # speaker: chen # mood: neutral
- -> thursday

=== thursday ===
周四中午13:10。一张医生办公室墙面的照片：你的剂量卡就贴在排班表旁边。 # speaker: narrator
“看，上墙了。” # speaker: chen # mood: pleased
* [“太好了！卡贴上以后，您这边新上了几个诺维沙班的病人？” #act: relationship.transactional #minutes: 1]
    “太好了！陈医生，卡贴上以后您新上了几个诺维沙班的病人呀？” # speaker: rep
    “我不给代表报数。你也不该问这个。” # speaker: chen # mood: annoyed
    过了一分钟，语气缓和了些： # speaker: narrator
    “不过有件事跟你说一下：我有个吃诺维沙班的病人，79岁，这周流了两次鼻血。” # speaker: chen # adverse_event: nosebleeds_79f
* [“太好了！病房里用得怎么样？吃诺维沙班的病人现在情况如何？” #act: solutions.feedback_collected #minutes: 2]
    “太好了！剂量卡和宣教单在病区用着怎么样？吃诺维沙班的病人到目前情况如何：有没有出血，吃药有没有什么不方便，哪里不顺手？” # speaker: rep
    “现在住院医生每收一个病人都对着卡算。病人喜欢一天一次。不过有件事：我一个79岁的病人这周流了两次鼻血，自己止住了，剂量没动。” # speaker: chen # mood: neutral # adverse_event: nosebleeds_79f
* [把出血处理卡也发给她，让住院医生贴在剂量卡旁边，两张卡配套着用 #act: solutions.tailored #links: post_discharge_bleeding #act: relationship.value_content #gives: bleeding_management_card #minutes: 1]
    “能用上就好！再给您发一张配套的，医学部审批过的：出血处理卡，讲的是吃诺维沙班的病人出血时，说明书要求怎么处理。正好可以贴在剂量卡旁边。” # speaker: rep
    {remembers("post_discharge_bleeding"):
        “这正好是上次拜访时我跟你说的另一半。谢谢。” # speaker: chen # mood: pleased
    - else:
        “谢谢。我没要这个，不过也行。” # speaker: chen # mood: neutral
    }
    “说到出血：我有个吃诺维沙班的病人，79岁，这周流了两次鼻血。” # speaker: chen # adverse_event: nosebleeds_79f
- -> nosebleed

=== nosebleed ===
“不严重，就是觉得应该跟你说一声。” # speaker: chen
* [“谢谢告诉我！鼻出血是常见的已知不良反应，宣教单上都写着，不用担心。” #act: solutions.ae_dismissed #violation: ae_unreported #minutes: 1]
    ~ crossed_line = true
    “谢谢陈医生。鼻出血是常见的已知不良反应，宣教单上也写了，不用担心。” # speaker: rep
    “我没担心。我是想着你们公司可能会关心。” # speaker: chen # mood: sceptical
* [“谢谢您告诉我！等月度例会的时候我跟公司提一下。” #act: solutions.ae_escalated #violation: ae_unreported #minutes: 1]
    ~ crossed_line = true
    “谢谢您告诉我！等月度例会的时候我跟公司反映一下。” # speaker: rep
    “一个月一次？行吧。” # speaker: chen # mood: neutral
* [“谢谢，这种情况我必须上报。麻烦把病人的姓名和住院号发我一下？” #act: solutions.ae_escalated #violation: privacy #minutes: 1]
    ~ crossed_line = true
    “谢谢您，这个我得上报。您能把病人的姓名和住院号发我吗？方便我们药物警戒部门追踪。” # speaker: rep
    “姓名？发微信上？不行。我走医院自己的系统上报。” # speaker: chen # mood: annoyed
* [“这个我得24小时内上报。不要姓名，年龄、剂量、肾功能和经过就够。” #act: solutions.ae_escalated #claim: common_adverse_events #minutes: 3]
    “谢谢陈医生，这种情况我确实需要知道。我听到的任何可疑不良反应，哪怕很轻，都要在24小时内报告给恒康的药物警戒部门。鼻出血是诺维沙班最常见的不良反应之一，正因为常见，每一例都不能漏。能识别病人身份的信息我都不需要，也请不要在这里发病历。只要：年龄、性别、剂量、肾功能、什么时候流的鼻血、怎么处理的、现在情况怎样。之后我们药物警戒的同事可能会打电话找您补充随访，您看方便吗？” # speaker: rep
    “79岁，女，10 mg，肌酐清除率41，周一和周三各流了一次鼻血，压迫止血，剂量没调，今天挺好。比填我们医院的上报表快多了。” # speaker: chen # mood: pleased
    “说实话，会跟我说的病人倒不愁。愁的是那些在家出了血一声不吭，最后又从急诊送回来的。” # speaker: chen # need: post_discharge_bleeding
- -> friday

=== friday ===
周五上午11:20。 # speaker: narrator # phase: deepen
“下周四又是患教课，十二个病人加家属。上次的宣教单一个下午就发完了。” # speaker: chen
* [“要不要我再给患教课多送些宣教单？再来五十份够吗？” #act: discovery.closed_question #minutes: 1]
    “要不要我再给患教课多送些宣教单？再来五十份够吗？” # speaker: rep
    “行啊。” # speaker: chen # mood: neutral
* [“现在来上课的主要是谁？老人回家以后，最容易在哪儿出岔子？” #act: solutions.needs_reassessed #minutes: 2]
    ~ need_caregiver = true
    “宣教单能用上太好了！我想问问，现在来上课的实际都是哪些人？老年病人回家以后，最难的是什么？” # speaker: rep
    “来的其实都是子女，不是病人自己。老人的药是子女在管，很多还在外地。回家以后出的问题说起来很简单：谁也不知道老妈今天那片吃没吃，身上青一块了也不知道该怎么办。宣教单讲的是药，家属需要的是每天能用的东西。” # speaker: chen # mood: neutral # need: caregiver_support
* [“我给每户家属都带一份宣教单，背面可以当每日打勾表用。” #act: solutions.tailored #links: caregiver_support #act: relationship.value_content #minutes: 1]
    “陈医生，我给每户家属都带一份宣教单。背面可以当每日打勾表用，家属好记。” # speaker: rep
    “带来吧，谢谢。”她没再多说。 # speaker: chen # mood: neutral
- -> friday_offer

=== friday_offer ===
“下周四的课，你能给我准备点什么？” # speaker: chen
* [每户家属一份大字版宣教单，教他们用背面的打勾表，认清出血征象 #act: solutions.tailored #links: caregiver_support #gives: patient_leaflet #minutes: 2]
    ~ gave_chart = true
    “给家属的话：大字版宣教单背面就是一张打勾表，每天吃完药打一个勾，旁边印着需要及时就医的出血征象：黑便、尿发红、瘀青越来越大、鼻血止不住。下周一上午我按每户一份送到病区办公室。管药的子女哪怕在外地，也可以每天晚上让老人拍张照发过来。” # speaker: rep
    {need_caregiver:
        “打个勾，每天晚上拍张照。就是要这个。放护士长那儿就行。” # speaker: chen # mood: pleased
    - else:
        “行，放护士长那儿吧。” # speaker: chen # mood: neutral
    }
* [“周四的患教课我可以亲自来，给病人和家属讲讲诺维沙班。” #act: relationship.professional_support #violation: clinical_area_intrusion #minutes: 2]
    ~ crossed_line = true
    “要不周四我过去，直接给病人和家属讲讲诺维沙班？” # speaker: rep
    “医药代表到病房给我的病人讲课？不行。患教课不是这么上的。” # speaker: chen # mood: annoyed
* [“周一上午我再送五十份宣教单到病区办公室。” #act: relationship.value_content #minutes: 1]
    “下周一上午我再送50份宣教单到病区办公室。” # speaker: rep
    “谢谢。” # speaker: chen # mood: neutral
- -> festival

=== festival ===
周六就是中秋节。周五晚上，经理拉的工作群里刷满了月饼图片。你记得陈医生说过，中秋她要值班。 # speaker: narrator # phase: closing
* [“中秋快乐，陈医生！祝您值班一夜平安，抽空吃块月饼。” #act: relationship.personal_care #off_clock]
    ~ greeted = true
    “陈医生中秋快乐！祝值班一夜太平，忙里偷闲吃块月饼。” # speaker: rep
    “哈，你还记得我值班。也祝你中秋快乐！” # speaker: chen # mood: pleased
* [发节日祝福，附一个200元微信红包：“一点心意，买盒月饼吧！” #act: relationship.transactional #violation: improper_benefit #off_clock]
    -> red_envelope
* [转发带诺维沙班标志的恒康电子贺卡：“感谢您的支持，期待继续合作！” #act: relationship.transactional #off_clock]
    “陈医生中秋快乐！感谢您对诺维沙班的大力支持，期待继续合作！” # speaker: rep
    她回了一个月饼表情，别的什么也没说。 # speaker: narrator # mood: neutral
- -> manager

=== red_envelope ===
“陈医生中秋快乐！一点心意，买盒月饼。” # speaker: rep
那个200元的红包一直没人领。一个小时后： # speaker: narrator
“红包我不会领，24小时后会自动退给你。以后千万别这样：医院会查这些，我不想自己的名字和药企的钱扯在一起。以后资料请送到病区办公室，别再发我手机了。” # speaker: chen # mood: annoyed # end_visit: asked_to_leave # ending: contact_cut
-> END

=== manager ===
周日晚上19:30，经理在团队群里发了一条消息。 # speaker: narrator
“各位，今晚交周报：重点客户每位医生的诺维沙班新增病人数。二病区的陈医生看着不错，把她的数填上。” # speaker: manager
* [回复经理：医生个人处方量不能统计上报，周报只报这周做了哪些工作 #act: compliance.declined #off_clock]
    “经理，单个医生的处方数据我不收集、也不上报，这属于统方，医院和公司的规定都不允许。二病区这周我报工作内容：发送了审批过的资料，一个问题转给了医学信息部，一例不良事件已上报药物警戒。” # speaker: rep
    “有道理。那就报工作内容。” # speaker: manager
* [根据墙上的剂量卡和这周的聊天估个数，填进周报里 #act: records.profile_updated #violation: prescription_tracking #off_clock]
    ~ crossed_line = true
    你在周报里打下“陈医生（二病区）：新增约6例”。这是对一位医生处方量的猜测，现在白纸黑字写下来了。 # speaker: narrator
* [回复经理：“没问题，周一我当面问问陈医生，拿到她的数马上报给您。” #violation: prescription_tracking #off_clock]
    ~ crossed_line = true
    “没问题，周一我当面问问陈医生，拿到她的数马上报给您。” # speaker: rep
    “好的。”后面跟了个大拇指表情。 # speaker: manager
- -> sunday

=== sunday ===
当晚晚些时候，你在CRM里打开了陈医生的客户档案。 # speaker: narrator
* [把这一周的聊天记录整段导进客户备注，连图片一起，这样档案记录才算完整 #act: records.profile_updated #violation: privacy #off_clock]
    ~ crossed_line = true
    导出的记录什么都带进来了，包括那张化验单和流鼻血病人的情况。CRM的备注检查提示“可能含有患者信息”，你点了“仍然保存”。 # speaker: narrator
* [在档案里记一句“资料已发送，一切正常”，合上电脑 #act: records.profile_updated #off_clock]
    档案里多了一行字。没错，但几乎什么也没说。 # speaker: narrator
* [记下她说过的情况和没办完的事，不写患者信息，再排下周二病区的计划 #act: records.profile_updated #act: records.review_done #off_clock]
    你记下了解到的情况：她每周四上患教课，来的大多是家属{need_caregiver:，她的需求已经从讲清楚药，转向帮家属在家里管好药}；她喜欢文件配一句说明；你给她发过哪些资料；她的哪些问题还在医学信息部或药物警戒部门处理中，只记编号。不写姓名，不留照片，不记处方数。 # speaker: narrator
    然后复盘这一周：她要了什么，你兑现了什么，微信上哪些时候你差点图省事走了捷径。下周计划：问问家属用打勾表的情况，再问她住院医生是否需要一次出血处理的小讲课。 # speaker: narrator
- -> epilogue

=== epilogue ===
{
- crossed_line:
    周一风平浪静。陈医生照样回你的消息，可这一周的聊天记录、周报或者你的档案里，有些内容你绝不希望被恒康合规部门或医院看到。聊天记录和档案可不会忘。 # speaker: narrator # ending: compliance_exposure
- need_caregiver && gave_chart && greeted && not ignored && rapport >= 85:
    周一早上7:45，陈医生发来一条消息。 # speaker: narrator
    “护士长看了那张打勾表，说以后每个出院病人都要放一份，不光是周四上课用。还有，梁主任问我科室会请哪家的代表，我报了你的名字。” # speaker: chen # mood: pleased # ending: trusted_contact
- else:
    周一一整天没有消息。下次在病房碰到陈医生，她还是很客气，只是对你多了几分谨慎。 # speaker: narrator # ending: polite_distance
}
-> END

=== patience_out ===
她的下一条消息是深夜发来的，很短。 # speaker: narrator
“不好意思，这周微信实在顾不上。有要紧事的话，查完房来病房找我吧。” # speaker: chen # mood: annoyed # end_visit: patience_exhausted # ending: patience_exhausted
-> END
