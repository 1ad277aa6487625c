# title: 学术教育拜访：心内科规培住院医师李晓雨
# segment: resident
# stage: first_visit
# setting: meeting
# dimensions: preparation, opening, discovery, value, objections, closing, relationship, records
# lang: zh-CN
# customer: li
# leaves_to: patience_out

// 诺维沙班（Norvixa）、NAVIGATE-AF研究和恒康医药均为虚构。
// 代表讲到的每一条产品信息都在宣传要点清单（src/core/world/product.ts）上，并标注为 claim。
// 全篇使用的说明书：非瓣膜性房颤；20 mg每日一次；Cockcroft-Gault公式计算的肌酐清除率30-49 mL/min时
// 10 mg每日一次；低于30 mL/min或透析患者不推荐使用。用药前及之后至少每年查一次肾功能，
// 75岁及以上或肌酐清除率低于60 mL/min者更频繁。
// 剂量卡上的Cockcroft-Gault公式，用医院检验科的单位（血肌酐 umol/L）：
//   (140 - 年龄) x 体重kg x 1.23 / 血肌酐，女性再乘0.85。
// 计算示例：男，76岁，60 kg，血肌酐120 umol/L（1.36 mg/dL）：
//   (140 - 76) x 60 x 1.23 / 120 = 64 x 60 x 1.23 / 120 = 4,723 / 120 = 39 mL/min，即10 mg每日一次。
//   化验单上的eGFR 52（按1.73 m2标化）不是说明书定剂量所依据的指标。
// 李医生由引擎扮演：这里只读取 rapport 和 customer_state，从不赋值。她宽容、有耐心，
// 所以故事只按它们做粗略分支，也从不读取时钟。

VAR difficulty = 1
VAR rapport = 55
VAR customer_state = "guarded"
VAR card_in_bag = false
VAR need_crcl = false
VAR need_fear = false
VAR session_offered = false
VAR next_step_offered = false

-> before_visit

=== before_visit ===
周二晚上，心内科二病区的主治医师陈静给你发来一条微信。她是规培住院医师李晓雨的带教老师：“我带的规培第二年的小李，老来问我肾功能不全时抗凝药怎么定剂量。她想明天晚交班后在示教室跟你聊二十分钟。拜托讲学术，别推销。” # speaker: narrator
今晚你还有时间准备。 # speaker: narrator
* [重读说明书的用法用量和陈医生的微信，给明天定一个目标，包里放上剂量卡 #act: preparation.profile_reviewed #act: preparation.objective_set #act: preparation.material_matched #off_clock #minutes: 20]
    ~ card_in_bag = true
    你把说明书的用法用量和医学部审核通过的剂量卡又看了一遍：卡上是按医院检验科单位写好的Cockcroft-Gault公式，下面是说明书的剂量规则。明天的目标一句话就能写完：先弄清她现在怎么定剂量、卡在哪一步，再决定给她看什么。 # speaker: narrator
    包里只放了几张剂量卡和一份说明书。别的都没带。 # speaker: narrator
* [把整本产品手册、公司宣传册和十份NAVIGATE-AF文献都装上，资料宁多勿少 #act: preparation.material_unmatched #off_clock #minutes: 10]
    你把包塞得满满的：十二页的产品手册、恒康的企业宣传册、十份NAVIGATE-AF主文献。看起来准备得很充分。 # speaker: narrator
* [给陈医生发微信打听李医生的背景和轮转情况，再照常带上那本产品手册 #act: preparation.profile_reviewed #act: preparation.material_unmatched #off_clock #minutes: 10]
    你给陈医生回了几条微信。陈医生说，李晓雨是规培第二年，做事认真，周一查房刚被上级医生纠正过一次。你照例装上平时拜访用的产品手册。 # speaker: narrator
- -> arrival

=== arrival ===
周三下午5:35，清河市第一人民医院七楼心内科示教室。晚交班刚结束，隔着墙能听到病区的电话一个接一个地响。 # speaker: narrator # phase: opening
李晓雨医生抱着一摞入院记录走进来，在椅子边上坐下，好像随时准备起身走人。 # speaker: narrator
“不好意思，交班拖了一会儿。陈老师说您能帮我讲讲肾功能不全的剂量？晚上收病人之前，我大概有二十分钟。” # speaker: li # mood: neutral # time_granted: 20
{difficulty > 1:
    “还有……我们总住院说，代表找你都是有所图的。希望今天不是来推销的。” # speaker: li # mood: sceptical
}
* [“好的。先简单介绍下我自己：武汉药学毕业，在恒康三年，再讲讲我们的心血管产品线……” #act: opening.long_intro #minutes: 4]
    “好的。我先简单介绍一下我自己和恒康。我是武汉读的药学，三年前加入恒康。恒康1998年成立，心血管是我们的核心领域，除了诺维沙班，还有三个在研产品……” # speaker: rep
    李晓雨礼貌地点着头，把手机翻过来屏幕朝上放在桌上，方便看时间。 # speaker: narrator
    “不好意思，能不能……我真的只有二十分钟。” # speaker: li # mood: sceptical
* [“交完班还专门留下来，辛苦您了。我是恒康诺维沙班的代表，来聊肾功能剂量，最多二十分钟。” #act: opening.thanks #act: opening.purpose_stated #claim: indication #minutes: 1]
    “李医生，忙了一天还抽时间见我，谢谢您。我是恒康医药负责诺维沙班的代表，这是一个用于非瓣膜性房颤、预防卒中和全身性栓塞的抗凝药。陈老师说您对肾功能不全时怎么定剂量有些疑问，我想先听听您现在是怎么算的；如果有帮助，再把我们经过审批的剂量资料留给您。最多二十分钟，我帮您看着时间，不耽误您收病人。” # speaker: rep
    她的肩膀稍微放松了一点。 # speaker: narrator
    “二十分钟。好，谢谢。” # speaker: li # mood: pleased
* [“谢谢您抽时间！您这样的年轻医生是科室未来的处方主力，恒康很愿意早早投入。” #act: opening.thanks #act: relationship.transactional #minutes: 1]
    “谢谢李医生抽时间。像您这样的住院医生是科室的未来，以后三十年的处方都靠你们，所以恒康一直很愿意早早投资年轻医生。” # speaker: rep
    “投资……我？” # speaker: li # mood: sceptical
    她把椅子往后挪了几厘米。 # speaker: narrator
- -> discovery_practice

=== discovery_practice ===
她把膝盖上的入院记录理整齐。 # speaker: narrator
“那……从哪儿开始？” # speaker: li # phase: discovery
* [“先了解下情况：您到现在给多少个房颤病人用上了诺维沙班？” #act: discovery.closed_question #act: relationship.transactional #minutes: 1]
    “先了解下情况：您到现在给多少个房颤病人用上诺维沙班了？” # speaker: rep
    “用上？我……基本上是上级医生让开什么我就开什么。” # speaker: li # mood: sceptical
    她把入院记录往自己这边拢了拢。 # speaker: narrator
    “您找我，就是要这个数？” # speaker: li
* [“肾功能不好的房颤病人收进来，您一般是怎么一步步定剂量的？” #act: discovery.open_question #minutes: 2]
    “您值班收了一个肾功能不太好的房颤病人，抗凝药选哪个、剂量多少，您是怎么定的？就按您实际的做法，一步一步说。” # speaker: rep
    “一步一步……先算CHA₂DS₂-VASc，再算HAS-BLED，然后看肌酐。化验单上直接有eGFR，我一般就用那个，再打开手机上的用药参考App查剂量。可是App上的数和说明书上的有时候对不上，我老搞不清该听哪个。” # speaker: li # mood: neutral
* [“给您省点时间：20毫克每日一次，清除率30到49就用10毫克，就这么简单。” #act: value.need_linked #links: crcl_method #act: value.evidence_cited #act: discovery.interrupt #claim: dose_standard #claim: dose_renal #minutes: 1]
    “那我直接给您讲，省点时间。诺维沙班的肾功能剂量规则很简单：20毫克每日一次，Cockcroft-Gault算出来的肌酐清除率在30到49之间的，10毫克每日一次……” # speaker: rep
    “不好意思……我能先把我的问题说完吗？” # speaker: li # mood: sceptical
- -> discovery_crcl

=== discovery_crcl ===
她从那摞入院记录里抽出一份，用拇指压住页眉上的姓名和床号。 # speaker: narrator
“比如这个，今天下午收的。男，七十六岁，六十公斤，肌酐120。化验单上eGFR是52，我就开了20毫克。周一副主任查房，我另一个病人也是这么开的，他直接把剂量划了，说了句‘用Cockcroft-Gault，不是eGFR’，就走了。当着全组人的面。” # speaker: li
* [“所以难的不在剂量表，在按哪个清除率算。周一当众被划掉，挺难受的吧？” #act: discovery.active_listening #minutes: 1]
    ~ need_crcl = true
    “所以难的不是剂量表本身，而是剂量到底该跟哪个肾功能指标走，还得自己有把握地算出来。再加上当着那么多人被纠正，心里更没底了。我理解得对吗？” # speaker: rep
    “对，就是这样。从来没人正经教过我。Cockcroft-Gault要年龄、体重、性别，我们检验科的肌酐单位是微摩尔每升，网上找到的公式全是毫克每分升的。我又不好意思再去问，怕显得自己什么都不懂。” # speaker: li # mood: pleased # need: crcl_method
* [“这个简单，您把他的年龄体重肌酐给我，我现在就帮您算出来，您好赶紧回病房。” #act: discovery.interrupt #minutes: 1]
    “这个简单，您把他的年龄、体重、肌酐报给我，我现在就帮您算，您好赶紧回病房。” # speaker: rep
    “我……得自己会算才行。半夜三点可没人可以问。” # speaker: li # mood: sceptical
* [“医院系统不会自动算Cockcroft-Gault吗？现在好多医院都有了。” #act: discovery.closed_question #minutes: 1]
    “医院系统不会自动算Cockcroft-Gault吗？现在好多医院都有了。” # speaker: rep
    “不能，只出eGFR。” # speaker: li # mood: neutral
- -> discovery_fear

=== discovery_fear ===
{rapport >= 65:
    她朝门口看了一眼，压低了声音。 # speaker: narrator
    “说实话，不光是公式的事。” # speaker: li
- else:
    她看了一眼手机上的时间。 # speaker: narrator
}
* [“您是担心出血吧？值夜班的时候最怕的就是这个？” #act: discovery.closed_question #minutes: 1]
    “您是担心出血吧？值夜班的时候最怕的就是这个？” # speaker: rep
    “当然担心，谁不担心。” # speaker: li # mood: neutral
* [“剂量是您签的字，这时候您心里最怕的是什么？” #act: discovery.open_question #minutes: 2]
    ~ need_fear = true
    “剂量是您签的字，这时候您心里最怕的是什么？” # speaker: rep
    “怕病人出血，而且是因为我开的剂量。上个月另一组的一个住院医生，给一个病人开了全量，后来一算肌酐清除率才35。药师审医嘱的时候拦下来了，药还没发出去，可她还是被医务科叫去写了情况说明。从那以后我们一半人见了老年病人一律开小剂量，‘保险起见’。我都不知道这样对不对。” # speaker: li # mood: neutral # need: fear_of_blame
* [“要是怕出血：NAVIGATE-AF里大出血和颅内出血都比华法林少。” #act: value.need_linked #links: fear_of_blame #act: value.evidence_cited #act: discovery.interrupt #claim: trial_bleeding #minutes: 2]
    “如果担心的是出血，数据能说明问题。NAVIGATE-AF里诺维沙班的大出血年发生率2.4%，华法林3.0%；颅内出血0.4%对0.8%；消化道出血相近，1.2%对1.1%。” # speaker: rep
    “我没说我担心的是那个试验。” # speaker: li # mood: sceptical
    她又低头看着那份入院记录。 # speaker: narrator
- -> present_dose

=== present_dose ===
{need_crcl:
    “那具体到他，我到底该怎么算？” # speaker: li # phase: presentation
- else:
    ~ need_crcl = true
    “我是说……他的肌酐清除率到底怎么算？从来没人正经教过我，我们检验科的肌酐单位还是微摩尔。” # speaker: li # phase: presentation # need: crcl_method
}
* {card_in_bag} [把剂量卡递给她：“这张送您。”让她拿自己的病人一步步算一遍 #act: value.need_linked #links: crcl_method #claim: dose_standard #claim: dose_renal #claim: renal_monitoring #gives: dosing_card #minutes: 3]
    “这是我们医学部审核通过的剂量卡，您留着用。公式用的就是咱们检验科的单位：140减年龄，乘以体重公斤数，再乘1.23，除以血肌酐，单位微摩尔每升；女性最后再乘0.85。您拿这个病人算算看。” # speaker: rep
    她在入院记录的空白处写下算式：140减76等于64；64乘60乘1.23，除以120。 # speaker: narrator
    “39。” # speaker: li
    “卡上接着就是说明书的剂量规则：50及以上，20毫克每日一次；30到49，10毫克每日一次；低于30或者透析，不推荐使用。说明书还要求用药前查肾功能，之后至少每年查一次；75岁及以上或者肌酐清除率低于60的要查得更勤，这个病人两条都占了。具体开多少，由您和上级医生决定，这张卡只是把说明书的内容放在一页上。” # speaker: rep
    “39，不是52。那我等于给他开了双倍剂量。副主任看出来的就是这个。” # speaker: li # mood: pleased
* {not card_in_bag} [在平板上打开说明书，和她一起过一遍用法用量，再把公式写在纸上 #act: value.need_linked #links: crcl_method #claim: dose_standard #claim: dose_renal #claim: renal_monitoring #minutes: 4]
    “我今天没带剂量卡，不过说明书在这儿。剂量跟着Cockcroft-Gault算的肌酐清除率走：50及以上，20毫克每日一次；30到49，10毫克每日一次；低于30或者透析，不推荐使用。用药前查肾功能，之后至少每年一次，75岁及以上或低于60的要查得更勤。我把微摩尔单位的公式给您写下来……” # speaker: rep
    单位换算在纸上折腾了好一会儿才写对：140减年龄，乘体重，乘1.23，除以血肌酐，女性再乘0.85。她认认真真抄进笔记本，拿自己的病人算了一遍：64乘60乘1.23，除以120。 # speaker: narrator
    “39。那是10毫克，不是20。” # speaker: li # mood: neutral
* [“好消息是它很简单：每日一次20毫克，吃饭不影响，也不用常规监测凝血。” #act: value.feature_dump #claim: dose_standard #minutes: 2]
    “好消息是诺维沙班用起来很简单：20毫克每日一次，饭前饭后都可以，不需要常规监测凝血。病人用起来很方便，而且……” # speaker: rep
    “嗯，可是……肌酐清除率到底怎么算？” # speaker: li # mood: sceptical
- -> present_evidence

=== present_evidence ===
// 带了什么只对上面那个选择有用：在这里清掉，让各条路径重新汇合。
~ card_in_bag = false
{need_fear:
    “像他这样用10毫克……还能预防卒中吗？出血会不会少一点？” # speaker: li
- else:
    “可是小剂量到底还管不管用？” # speaker: li
}
* [“剂量用对了，诺维沙班的出血既少见又轻微，您真的不用再为这个紧张了。” #act: value.need_linked #links: fear_of_blame #violation: misleading_claim #minutes: 1]
    “剂量用对了，诺维沙班的出血很少见，而且都很轻。说实话，这个您真不用担心。” # speaker: rep
    “很少见，还很轻？我们上级医生不会这么说任何一个抗凝药。” # speaker: li # mood: sceptical
* {need_fear} [“10毫克凭的是什么：试验里肾功能那组的卒中、出血，还有边界。” #act: value.need_linked #links: fear_of_blame #act: value.evidence_cited #claim: renal_substudy #claim: dose_renal #minutes: 2]
    “您怕自己成了那个病人出血的医生，那我就讲讲这个剂量的依据。NAVIGATE-AF有一个预设的肾功能亚组研究：3,050例肌酐清除率30到49的患者，都用10毫克。卒中或全身性栓塞年发生率1.6%，华法林组2.1%；大出血3.1%对4.0%。所以对这样的肾功能来说，10毫克不是‘打折’的剂量，而是专门为这类患者验证过的剂量。不过出血还是会有，大约每年每一百人中有三个，任何抗凝药都一样。” # speaker: rep
    “那肌酐清除率39的时候开10毫克，是有证据的。要是70也开10毫克……” # speaker: li
    “那就既不符合说明书，也超出了研究的范围。” # speaker: rep
    她在页边写下“1.6/2.1”和“3.1/4.0”。 # speaker: narrator # mood: pleased
* {not need_fear} [“试验里肾功能那一组：10毫克下的卒中和出血，还有它的边界。” #act: value.evidence_cited #claim: renal_substudy #claim: dose_renal #minutes: 2]
    “NAVIGATE-AF有一个预设的肾功能亚组研究：3,050例肌酐清除率30到49的患者，都用10毫克。卒中或全身性栓塞年发生率1.6%，华法林组2.1%；大出血3.1%对4.0%。所以10毫克就是为这样的肾功能验证过的剂量。出血还是会有，大约每年每一百人中有三个，任何抗凝药都一样。” # speaker: rep
    “好。那肌酐清除率39的时候，10毫克就是研究过的剂量。” # speaker: li # mood: neutral
* [“NAVIGATE-AF总体一万四千多人：卒中和大出血都比华法林少。” #act: value.evidence_cited #claim: trial_efficacy #claim: trial_bleeding #minutes: 2]
    “NAVIGATE-AF纳入了14,200例患者，诺维沙班组卒中或全身性栓塞年发生率1.3%，华法林组1.7%；大出血2.4%对3.0%，颅内出血0.4%对0.8%，消化道出血相近，1.2%对1.1%。” # speaker: rep
    “嗯。但那是总体人群。我这个是七十六岁、肌酐清除率39的。” # speaker: li # mood: neutral
- -> objection_senior

=== objection_senior ===
“不过有个事。我们总住院说，七十五岁以上的一律开10毫克，保险。现在我们组都这么开。这样不对吗？” # speaker: li # phase: objections # mood: sceptical # objection: age_based_low_dose
{difficulty > 1:
    “他比我高三届。而且他说，试验里的病人本来就比我们的病人年轻。” # speaker: li
}
* [“说句实话，总住院就是错的，说明书写得清清楚楚。下次查房您直接跟他讲。” #act: objections.argue #minutes: 1]
    “恕我直言，你们总住院这么说是错的，说明书写得清清楚楚，下次查房您就该跟他说。” # speaker: rep
    “我可没法去跟他这么说。我才规培第二年。” # speaker: li # mood: annoyed
    她低头看着自己的笔记。 # speaker: narrator
* [“这么做我能明白，谁都不想出事。他说‘保险起见’，到底怕的是什么？” #act: objections.acknowledge #act: objections.explore #act: objections.evidence_response #claim: dose_renal #claim: renal_monitoring #claim: elderly_subgroup #minutes: 3]
    “这种想法可以理解，谁都不想自己的病人出血。他说‘保险’，主要是担心出血，还是觉得老年人有别的特殊情况？” # speaker: rep
    “就是怕出血。上个月那件事以后，大家都怕。” # speaker: li # mood: neutral
    “那有两点也许能帮您跟他沟通。第一，说明书里剂量跟着肌酐清除率走，不跟着年龄走：一个八十岁、肌酐清除率70的病人就是20毫克，年龄影响的是肾功能查得勤不勤。第二，NAVIGATE-AF里80岁及以上的患者有2,600例，大出血年发生率诺维沙班4.1%，华法林5.0%；消化道出血数值上略高一点，1.9%对1.6%。风险是实实在在的，说明书应对它的办法是按肌酐清除率定剂量、查得更勤，而不是按年龄减量。” # speaker: rep
    “‘剂量看肌酐清除率，年龄决定多久复查一次。’这句话我查房的时候能说出口。” # speaker: li # mood: pleased
* [“说明书写得很清楚：剂量看清除率，不看年龄，30到49才用10毫克。” #act: objections.evidence_response #claim: dose_renal #minutes: 1]
    “说明书是按肌酐清除率定剂量的，不看年龄：只有30到49才用10毫克。就这么简单。” # speaker: rep
    “好吧。可我怎么跟他说呢？” # speaker: li # mood: neutral
- -> objection_dialysis

=== objection_dialysis ===
“还有一个。我们病区有个做血液透析的病人，一周三次，合并房颤。上级医生让我查查他的抗凝怎么弄。透析病人的话，诺维沙班您会用多少？” # speaker: li
* [“透析的情况比较复杂。关键还是30到49这个区间，10毫克在那儿很有依据。” #act: objections.evade #minutes: 1]
    “透析的情况比较复杂。关键还是30到49这个区间，10毫克的证据很充分。” # speaker: rep
    “那……我还是不知道该怎么跟上级医生说。” # speaker: li # mood: sceptical
* [“私下说，好几家中心给透析病人用10毫克，药代动力学看着也没问题。” #act: objections.evidence_response #violation: off_label #minutes: 1]
    “私下跟您说，好几家中心给透析病人用10毫克，药代数据看着也没问题。我觉得可以从10毫克开始。” # speaker: rep
    她在页边写下一行字：“诺维沙班透析10 mg（恒康代表说）”。 # speaker: narrator
    “好……那我就跟上级医生说是您说的。” # speaker: li # mood: neutral
* [“我去打听打听别的医院透析病人用多大剂量，明天微信告诉您。” #act: objections.defer_and_commit #violation: off_label #minutes: 1]
    “我去问问。看看别的医院给透析病人都用多少，明天微信告诉您。” # speaker: rep
    “太好了，谢谢！那我先跟上级医生说，恒康在帮我们查这个剂量。” # speaker: li # mood: pleased
* [“说明书不推荐透析病人用。我可以转给医学信息部，请他们书面答复您。” #act: compliance.medical_referral #act: objections.defer_and_commit #claim: dose_renal #promise: mi_dialysis_answer #minutes: 2]
    “这个问题很重要，您问出来而不是自己猜，这就对了。说明书不推荐透析患者使用诺维沙班，所以剂量方面我不能给建议。我能做的是今天就把您的问题提交给恒康的医学信息部，由医学部的同事根据现有数据，直接给您或者您的上级医生书面答复。我今晚就提交。” # speaker: rep
    -> dialysis_pressed
- -> support_exam

=== dialysis_pressed ===
“书面的，那我可以拿给上级医生看。” # speaker: li # mood: neutral
她犹豫了一下，笔停在纸上。 # speaker: narrator
“可他明天查房就要答案。您就不能直接告诉我，换了您会给多少吗？私下说说就行，我不会说是您讲的。” # speaker: li
* [“那就私下说，就这一次：我听说有的中心给透析病人用10毫克，别说是我讲的。” #act: objections.evidence_response #violation: off_label #minutes: 1]
    “那就私下说，就这一次：我听说有的中心给透析病人用10毫克。不过您可别说是我讲的。” # speaker: rep
    她在页边写下“10 mg？”，又在下面划了两道线。 # speaker: narrator
    “好，谢谢。” # speaker: li # mood: neutral
* [“不好意思，私下也不行。今晚的话，打给临床药师或者您的上级医生最合适。” #act: compliance.declined #rapport: -10 #minutes: 1]
    “我理解您的压力，也很抱歉今晚帮不上这个忙。但说明书不推荐的用法，剂量我不能给，私下也不行。书面答复会由医学信息部的医生来写；明天查房之前，今晚可以先问问临床药师，也可以直接请教您的上级医生。” # speaker: rep
    “……好吧。” # speaker: li # mood: sceptical
    她合上笔记本，动作比平时重了一点。 # speaker: narrator
    “我就是想，能有一次在他问之前就把答案准备好。” # speaker: li
- -> support_exam

=== support_exam ===
{rapport >= 75:
    过了一会儿，她抬起头，有点不好意思地笑了笑。 # speaker: narrator
    “不好意思，问了您这么多。主要是……三个月后就是规培结业考核，抗凝那一章考的就是这些：肌酐清除率、剂量、出血。我晚上跟着网课学，花了两千块，还是觉得没搞明白。” # speaker: li # need: exam_preparation
- else:
    “三个月后我要参加规培结业考核，抗凝那一章全是这种数字。我晚上在上网课，两千块呢。” # speaker: li # need: exam_preparation
}
* [“两千块，还要下了班熬夜学，真不容易。祝您考试顺利，我是真心的。” #act: relationship.personal_care #minutes: 1]
    “两千块，还要在病房忙完一天以后熬夜学，真不容易。祝您考试顺利，真心的。” # speaker: rep
    “谢谢。” # speaker: li # mood: neutral
* [“网课的钱恒康来出，再给您买一整套考试辅导书。我们一向很支持年轻医生。” #act: relationship.transactional #violation: improper_benefit #minutes: 1]
    -> refused_benefit
* [“给住院医生们办次病例讲课怎么样？我去跟陈老师提，省路径要点先给您。” #act: relationship.professional_support #act: relationship.value_content #claim: guideline #gives: guideline_summary #promise: teaching_session #minutes: 1]
    ~ session_offered = true
    “还有个办法可能更有用，而且不光对您一个人有用：请我们医学部的同事，一位临床医生出身的医学经理，给住院医生们做一次病例讨论式的小讲课：怎么算肌酐清除率、怎么选剂量、病人出血了怎么处理。这个要走科室的教学安排，办不办、什么时候办，由陈老师或者梁主任来定；我去问问陈老师。另外，这是你们病区在用的《清河省抗凝临床路径（2025版）》要点：里面把包括诺维沙班在内的Xa因子抑制剂列为符合条件的非瓣膜性房颤患者优于华法林的首选，整个决策过程几页纸就写清楚了。” # speaker: rep
    “给我们所有人讲一次……那就不是只有我一个人在问了。好啊。” # speaker: li # mood: pleased
- -> closing

=== refused_benefit ===
“住院医生的工资，两千块确实不少。这个交给恒康吧：网课的钱我来出，考试辅导书我也给您买一套。我们一直很支持年轻医生。” # speaker: rep
李晓雨站起来，把入院记录抱在胸前。 # speaker: narrator
“不用，不用了，谢谢。这正是我们总住院提醒过我的。要是被人知道了……不好意思，我得回病房了。” # speaker: li # mood: annoyed
她没有回头。 # speaker: narrator # end_visit: asked_to_leave # ending: asked_to_leave
-> END

=== closing ===
她的手机震了一下：晚上收的第一个病人已经从急诊往上送了。 # speaker: narrator # phase: closing
{customer_state == "irritated":
    她已经把手机攥在手里了。 # speaker: narrator
    “我得走了。” # speaker: li # mood: annoyed
- else:
    “我一会儿就得走了。” # speaker: li
}
* [“走之前再提一句：每日一次、不用常规监测、肾功能就一步。下次收病人想着它？” #act: value.feature_dump #act: closing.no_next_step #claim: dose_standard #claim: dose_renal #minutes: 1]
    “走之前我再提一句：诺维沙班每日一次，不需要常规监测凝血，肾功能剂量调整只有一档。希望您下次收房颤病人的时候能想到它。” # speaker: rep
    -> close_no_next_step
* [“您现在会算剂量了，接下来几个房颤病人，要不就用诺维沙班试试？” #act: relationship.transactional #act: closing.no_next_step #minutes: 1]
    “您现在剂量也会算了，接下来收的房颤病人，能不能给几个用上诺维沙班？” # speaker: rep
    “我……这得上级医生定。而且我不想跟代表许诺开什么处方。” # speaker: li # mood: annoyed
    -> close_no_next_step
* [“就两点：用哪个清除率，10毫克凭什么。下周三我把剂量卡送到你们办公室？” #act: closing.summary #act: closing.thanks #act: closing.next_step #promise: dosing_card #minutes: 2]
    ~ next_step_offered = true
    -> close_next_step
* [“谢谢您抽时间，李医生，祝今晚值班平安。这是我的名片。” #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    “谢谢李医生抽时间，祝您今晚值班平安。这是我的名片。” # speaker: rep
    -> close_no_next_step

=== close_no_next_step ===
“谢谢，我先走了。” # speaker: li # mood: neutral
她已经站起来，手里攥着手机。 # speaker: narrator
-> records

=== close_next_step ===
“谢谢李医生。我把您需要的几点复述一下，您看对不对。” # speaker: rep
“您需要一个用咱们检验科单位、自己就能算的Cockcroft-Gault方法，半夜值班也能有把握地定剂量。” # speaker: rep
{need_fear:
    “您也想弄清剂量背后的依据，别让‘保险起见’变成一个没人研究过的剂量。” # speaker: rep
}
“下周三我给住院医生办公室送几张剂量卡过来{session_offered:，到时候也已经问过陈老师，请我们医学部同事来讲一次课能不能排进住院医生的教学安排}。您看这样有帮助吗？” # speaker: rep
{
- rapport >= 80 && session_offered:
    “陈老师每周四下午给我们上课，我明天自己去问她。定了时间我发给您？” # speaker: li # mood: pleased
- rapport >= 60:
    “剂量卡带来吧。{session_offered:讲课的事我跟陈老师提一下。}” # speaker: li # mood: neutral
- else:
    “再说吧。您路过的话放护士站就行。” # speaker: li # mood: sceptical
}
-> records

=== records ===
回到停车场，你打开CRM系统登记这次拜访。 # speaker: narrator
* [记下她算清除率的难处、她的考试和你答应的剂量卡，把住院医生讲课排进心内科计划 #act: records.profile_updated #act: records.review_done #off_clock #minutes: 5]
    你在她的客户档案里写下：规培第二年住院医师，需要可靠的Cockcroft-Gault算法，担心剂量出错被追责，三个月后结业考核。接着把住院医生小讲课加进了你对心内科的工作计划。 # speaker: narrator
    -> outcome
* [把她那个病人记下来当计算示例，连同入院记录上瞥见的姓名和床号，还有年龄、体重和肌酐 #act: records.profile_updated #violation: privacy #off_clock #minutes: 5]
    你凭记忆把那个计算示例录进系统，连同她挪开拇指时你看到的姓名和床号：下次给别的住院医生讲，正好当例子。 # speaker: narrator
    -> outcome
* [在她的档案里加一栏“本月诺维沙班新患者数”，设个提醒，每次拜访都问一下 #act: records.profile_updated #violation: prescription_tracking #off_clock #minutes: 2]
    你在她的档案里加了一栏“本月诺维沙班新增病人数”，还设了提醒，每次拜访都问一问。 # speaker: narrator
    -> outcome

=== outcome ===
{
- not next_step_offered && rapport >= 70:
    开车回家的路上你才反应过来：她已经把自己需要什么都告诉你了，你却一样也没说要给她带来。 # speaker: narrator # ending: missed_opportunity
- not next_step_offered:
    她会不会记得你的名字，很难说。 # speaker: narrator # ending: polite_dismissal
- rapport >= 80 && session_offered:
    晚上9:40，趁着收两个病人的间隙，她发来一条微信：“陈老师说23号周四下午4点，示教室。您医学部的同事能来吗？” # speaker: narrator # ending: next_meeting_booked
- rapport >= 60:
    她主动向你要了东西。还不算约到了下一次，但你有了再来的理由。 # speaker: narrator # ending: material_requested
- else:
    你把剂量卡放在了护士站。没有人说让你再来。 # speaker: narrator # ending: polite_dismissal
}
-> END

=== patience_out ===
李晓雨的手机响了。她听了两句，说了声“马上到”，站了起来。 # speaker: narrator
“不好意思，病人到了，我得走了。谢谢您……” # speaker: li # mood: annoyed # ending: patience_exhausted
-> END
