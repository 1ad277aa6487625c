# title: 首次拜访：心内科二病区陈静医生
# segment: clinician
# stage: first_visit
# setting: ward
# lang: zh-CN
# customer: chen
# dimensions: preparation, opening, discovery, value, objections, closing
# leaves_to: patience_out

// 诺维沙班（Norvixa）、通贝沙班（Trombexa）、NAVIGATE-AF研究和恒康医药均为虚构。
// 代表说出的每一条产品信息都出自信息卡（src/core/world/product.ts），并用 # claim: 标注。
// 陈医生由引擎扮演（热情、不记仇、总是时间紧），引擎在每段之前写入 rapport、patience 和
// customer_state；本故事只读取，不赋值。
// 与陈医生后续拜访共用的记忆：需求 ward_dosing_tools、readable_leaflets、post_discharge_bleeding；
// 承诺 dosing_card 和 patient_leaflets。

VAR difficulty = 1
VAR rapport = 55
VAR patience = 55
VAR customer_state = "guarded"
VAR prepared = false
VAR bag_matched = false
VAR pitched = false
VAR gave_elderly_data = false
VAR need_tools = false
VAR need_leaflets = false
VAR need_bleeding = false

-> prep

=== prep ===
周一晚上九点十分，你在家里。明天上午查房结束后，你要第一次拜访心内科二病区的主治医师陈静。 # speaker: narrator
之前负责这家医院的同事刘洋在微信上帮你问过她能不能过去坐坐。她回的是：“周二查完房吧。十分钟，最多一刻钟。” # speaker: narrator
今晚怎么准备？ # speaker: narrator
* [查一下二病区和她讲课的幻灯片，写下一个目标，只装剂量口袋卡和80岁以上人群的一页纸 #act: preparation.profile_reviewed #act: preparation.objective_set #act: preparation.material_matched #off_clock]
    ~ prepared = true
    ~ bag_matched = true
    你在医院官网上找到了二病区的介绍，又翻到她在全市护理教育日上讲课的幻灯片，题目是《八十岁，带着抗凝药回家》。二病区的房颤病人大多在七十五岁以上。 # speaker: narrator
    你在本子上写下：“目标：了解二病区老年房颤患者出院前是怎么准备的，约定一个具体的下一步。”文件夹里只放两样东西：已批准的肾功能剂量口袋卡，NAVIGATE-AF一页纸摘要（含80岁以上人群数据）。恒康的大字版患者宣教单还在医学部审批，你记了一笔：明天问问什么时候能出来。 # speaker: narrator
* [查一下二病区和她讲课的幻灯片，再把二十四页的产品手册和公司画册统统装进包里：资料嘛，宁多勿少 #act: preparation.profile_reviewed #act: preparation.material_unmatched #off_clock]
    ~ prepared = true
    你翻到了她在全市护理教育日上讲课的幻灯片，题目是《八十岁，带着抗凝药回家》。 # speaker: narrator
    然后你开始装包。包很沉，画册上苏州工厂的照片拍得很漂亮。 # speaker: narrator
* [把诺维沙班的标准二十页幻灯片一直改到半夜：每个医生要听的都是这些 #act: preparation.material_unmatched #off_clock]
    到了半夜，幻灯片改得无可挑剔。可你对陈医生还是一无所知。 # speaker: narrator
- -> arrival

=== arrival ===
周二上午十点三十五分，心内科二病区医生办公室。查房五分钟前刚结束。 # speaker: narrator # phase: opening
陈静一只手敲着出院医嘱，一只手端着茶杯。窗边两个住院医生正为一个血钾结果争个不停。 # speaker: narrator
{difficulty > 1:
    她头也没抬。 # speaker: narrator
    “接刘洋班的那位？一刻钟，多一分钟都不行。中午前我还有五个病人要办出院。” # speaker: chen # mood: sceptical # time_granted: 15
- else:
    “你就是接刘洋班的吧！坐坐坐。我有一刻钟，等会儿开始办出院就顾不上了。” # speaker: chen # mood: pleased # time_granted: 15
}
* [“陈老师，难得您刚查完房就抽空。我负责诺维沙班，想聊聊老年房颤病人出院的事，就一刻钟。” #act: opening.thanks #act: opening.purpose_stated #claim: indication #minutes: 1]
    “陈老师，谢谢您查完房马上就抽时间见我。我是恒康医药在咱们医院的代表，主要负责诺维沙班——我们每日一次的Xa因子抑制剂，用于成人非瓣膜性房颤患者的卒中预防。今天主要想听听二病区的老年房颤病人出院前是怎么准备的{prepared:（您在护理教育日讲课的幻灯片我拜读过）}，看看我们有没有能帮上忙的。就一刻钟，那边一叫您办出院，我马上打住。” # speaker: rep
    {prepared:
        “你还看了我的幻灯片？从来没人看我的幻灯片。”她笑起来，用脚把一把椅子推到你跟前。 # speaker: chen # mood: pleased
    - else:
        “行，一刻钟。” # speaker: chen # mood: neutral
    }
* [“陈老师，我先正式介绍一下自己：个人背景、恒康的发展历程、我们的生产基地和在研产品。” #act: opening.long_intro #minutes: 4]
    “陈老师，我先自我介绍一下。我是沈阳药科大学毕业的，在恒康做了两年。恒康是1998年成立的，有三个生产基地、六千多名员工，心血管领域还有五个在研产品……” # speaker: rep
    她客气地点着头，眼睛又慢慢回到了出院医嘱上。 # speaker: narrator
    “嗯。那你今天来二病区是……？” # speaker: chen # mood: neutral
* [把产品手册摊在她桌上：“陈老师，诺维沙班是每日一次的Xa因子抑制剂，不需要常规监测凝血……” #act: value.feature_dump #claim: dose_standard #minutes: 3]
    “陈老师，诺维沙班是每日一次的Xa因子抑制剂，不需要常规监测凝血，空腹餐后都能吃……” # speaker: rep
    她翻了一页，又翻了一页，哪一页都没细看。 # speaker: narrator
    “产品手册我见过。” # speaker: chen # mood: sceptical
- -> discovery_home

=== discovery_home ===
她把正在写的医嘱保存好，把椅子转向你。 # speaker: narrator
“说吧，想了解什么？来这个办公室的人，个个都是来给我讲东西的。” # speaker: chen # phase: discovery
* [“老年房颤病人带着抗凝药出院，您这边一般怎么帮他们准备？哪个环节最容易出岔子？” #act: discovery.open_question #minutes: 2]
    “我想先听您说。老年房颤病人带着抗凝药从二病区出院，您这边一般怎么帮他们做准备？哪些环节最容易出问题？” # speaker: rep
    “这可说来话长！”她放下杯子，“出院那天就是一锅粥。住院医生算剂量，护士只有五分钟给病人讲，家属最后一刻才赶到，车还违停在楼下。人一走，就只能盼着别出事了。” # speaker: chen # mood: neutral
* [“陈老师，您这边的房颤病人用NOAC吗？我想先问个基本情况。” #act: discovery.closed_question #minutes: 1]
    “陈老师，您这边房颤病人用NOAC吗？” # speaker: rep
    “用，病人负担得起的话。” # speaker: chen
    她等着你问下一个问题。平时这么能聊的人，这回答可真够短的。 # speaker: narrator # mood: neutral
* [直接把剂量卡放到她桌上：“肾功能只有一个界值，30到49用10 mg，亚组里有3,050例。住院医生用起来简单。” #act: value.need_linked #links: ward_dosing_tools #act: value.evidence_cited #act: discovery.interrupt #claim: dose_renal #claim: renal_substudy #minutes: 2]
    ~ pitched = true
    “陈老师，我先给您看样东西。诺维沙班肾功能只有一个界值：肌酐清除率30到49用10 mg每日一次，这个剂量在NAVIGATE-AF的肾功能亚组里研究过3,050例患者。您的住院医生定剂量就简单了。” # speaker: rep
    “我的住院医生？”她挑了挑眉，“我一个问题还没说，你倒先替我把问题定好了。” # speaker: chen # mood: sceptical
- -> discovery_dosing

=== discovery_dosing ===
{pitched:
    “既然你提到他们了。” # speaker: chen
}
“住院医生都是收病人的间隙拿手机算剂量：肌酐清除率、体重、年龄。上个月有个住院医生，给一个八十三岁、肌酐清除率38的病人按足量开了出院带药，还好第二天一早药房给拦下来了。” # speaker: chen
* [“所以难的不是规则本身，而是出院那天忙成那样，还得拿手机计算器又快又准地算对，是吧？” #act: discovery.active_listening #minutes: 1]
    ~ need_tools = true
    “所以难的不是不知道规则，而是出院那天忙成那样，一个累坏了的住院医生拿手机计算器，要又快又准地把规则用对。我理解得对吗？” # speaker: rep
    “就是这个意思。我不需要再听一遍药理课，我要的是贴在这个办公室墙上、住院医生夜里十一点也能一眼看懂的东西。一张表，一张卡，越简单越好。” # speaker: chen # mood: pleased # need: ward_dosing_tools
* [马上接话：“陈老师，这正是诺维沙班方便的地方，肾功能只有一个界值，30到49就用10 mg……” #act: discovery.interrupt #claim: dose_renal #minutes: 1]
    “陈老师，这正是诺维沙班方便的地方，肾功能只有一个界值……” # speaker: rep
    “你能不能让我把话说完？” # speaker: chen # mood: annoyed
    住院医生的事，她没再往下说。 # speaker: narrator
* [“想问一下，药房每张出院处方都会审吗？算错了一般是谁拦下来？” #act: discovery.closed_question #minutes: 1]
    “药房每张出院处方都会审吗？” # speaker: rep
    “基本上审。周末不一定。” # speaker: chen # mood: neutral
- -> discovery_education

=== discovery_education ===
{customer_state == "engaged":
    她指了指书架上一摞复印的单页，上面是很大的手写字，还画着小药片。 # speaker: narrator
    “那些是我做的。不许笑。” # speaker: chen
- else:
    她身后的书架上放着一摞复印的单页，上面是很大的手写字。 # speaker: narrator
}
“然后他们就回家了。让我睡不着觉的，就是回家以后这一段。” # speaker: chen
* [“病人回到家以后一般是什么情况？您怎么帮病人和家属提前做好准备？” #act: discovery.open_question #minutes: 2]
    ~ need_leaflets = true
    “病人回家以后一般是什么情况？您是怎么帮病人和家属提前做好准备的？” # speaker: rep
    “每周四下午我和两个护士一起给病人上宣教课。可我们的病人大多七十五岁以上，厂家给的宣教单字小得像蚂蚁，满篇‘Xa因子’这种词。县里来的老大爷拿得老远看，看两眼就放下了。所以我自己在复印机上做：字写得大大的，画个药片，写清楚几点吃、漏吃了怎么办。就这样，还有一半人看不明白。” # speaker: chen # mood: neutral # need: readable_leaflets
* [“陈老师，恒康马上要出一版大字版的宣教单，字大、话简单，正适合您的病人。” #act: value.need_linked #links: readable_leaflets #minutes: 1]
    “陈老师，恒康马上要出一版大字版的宣教单，正适合您的病人。” # speaker: rep
    “是吗？我的病人能看懂什么，你还没问过呢。”她瞥了一眼那摞复印单，没再往下说。 # speaker: chen # mood: sceptical
* [“病人回家以后都能按时按量吃药吗？家属会不会提醒他们？” #act: discovery.closed_question #minutes: 1]
    “病人回家以后都能按时按量吃药吗？” # speaker: rep
    “有的能。” # speaker: chen # mood: neutral
- -> interruption

=== interruption ===
一个护士从门口探进头来：“陈老师，12床的女儿来办出院了，在问抗凝药的事。” # speaker: narrator
陈医生已经站了起来。 # speaker: narrator
“两分钟，你别走啊。” # speaker: chen
* [坐在办公室等她，她回来时接上：“您刚才说，真正难的是病人走出病房大门以后。” #act: discovery.active_listening #minutes: 1]
    你坐在原位，不挡住院医生的道，把刚才记的要点理了一遍。没过几分钟她就回来了。 # speaker: narrator
    “您刚才说，真正难的，是病人走出病房大门以后。” # speaker: rep
    “这不就来了。她父亲八十六了，她问万一出血怎么办。问得好。要是多几个家属会这么问就好了。” # speaker: chen # mood: neutral
* [起身跟着她沿走廊往12床走，边走边说：“陈老师，刚才说的那个宣教单，我觉得我们可以……” #act: access.cold_drop_in #violation: clinical_area_intrusion #minutes: 2]
    你跟在她身边往走廊里走：“陈老师，刚才说的宣教单，我觉得我们可以……” # speaker: rep
    到了12床病房门口，她停下来转过身。她身后，一个穿病号服的老人坐在床边，女儿握着他的手。 # speaker: narrator
    “这里你不能进，这是病房。” # speaker: chen # mood: annoyed
    病人女儿看看她，又看看你，不知道你是什么人。陈医生压低了声音。 # speaker: narrator
    “今天就先到这儿吧。名片放护士站就行。” # speaker: chen # mood: annoyed # end_visit: asked_to_leave # ending: sent_off_ward
    -> END
- -> present_dosing

=== present_dosing ===
{rapport < 50:
    “你说你带了东西，快点。” # speaker: chen # phase: presentation # mood: sceptical
- else:
    “好，说到哪儿了？你说你带了东西来。” # speaker: chen # phase: presentation
}
* {bag_matched} [从文件夹里拿出一张剂量卡递给她：“一个界值、什么时候复查肾功能，还有10 mg背后的试验结果。” #act: value.need_linked #links: ward_dosing_tools #act: value.evidence_cited #claim: dose_standard #claim: dose_renal #claim: renal_monitoring #claim: renal_substudy #gives: dosing_card #minutes: 2]
    -> dosing_card
* {not bag_matched} [用手机给她看剂量卡的照片：“一个界值、什么时候复查肾功能，还有10 mg背后的试验结果。” #act: value.need_linked #links: ward_dosing_tools #act: value.evidence_cited #claim: dose_standard #claim: dose_renal #claim: renal_monitoring #claim: renal_substudy #minutes: 2]
    -> dosing_card
* [“先讲NAVIGATE-AF的主要结果：14,200例患者，疗效和出血放在一起看。” #act: value.evidence_cited #claim: trial_efficacy #claim: trial_bleeding #minutes: 2]
    “NAVIGATE-AF纳入了14,200例非瓣膜性房颤患者，中位随访2.1年。和剂量调整的华法林相比，卒中或全身性栓塞年发生率1.3%对1.7%，大出血2.4%对3.0%，颅内出血0.4%对0.8%；消化道出血相近，1.2%对1.1%。” # speaker: rep
    “数字不错。可我的住院医生算错剂量，不是因为没读过临床试验。” # speaker: chen # mood: neutral
    -> objection_bleeding
* [照着手册讲：“每日一次，空腹餐后都行，不用测INR，有效期三年，不用冷链……” #act: value.feature_dump #claim: dose_standard #claim: storage #minutes: 3]
    “诺维沙班20 mg每日一次，空腹餐后都可以，不需要常规监测凝血。30℃以下保存，有效期三十六个月，不需要冷链……” # speaker: rep
    “有效期是药房操心的事，不归我管。” # speaker: chen # mood: sceptical
    -> objection_bleeding

= dosing_card
“{need_tools:您说需要一个住院医生夜里十一点也能看懂的东西。}这是我们已批准的剂量卡。常规剂量20 mg，每日一次。只有一个界值：按Cockcroft-Gault公式，肌酐清除率30到49，用10 mg每日一次；低于30或者透析的，不推荐使用。10 mg这个剂量在NAVIGATE-AF的肾功能亚组里研究过，3,050例这个范围的患者，和华法林比，卒中或全身性栓塞年发生率1.6%对2.1%，大出血3.1%对4.0%。卡片背面是肾功能监测：用药前查一次，之后至少每年一次；七十五岁及以上或者肌酐清除率低于60的要查得更勤——您病区大部分病人都属于这种情况。” # speaker: rep
{
- need_tools && bag_matched:
    她把卡片翻过来又翻过去看了两遍。 # speaker: narrator
    “那个八十三岁、肌酐清除率38的病人，有这张卡就拦住了。这张能给我吗？我要墙上贴一张，每个住院医生兜里揣一张。” # speaker: chen # mood: pleased
- need_tools:
    你在包里翻了半天，口袋卡还在公司桌上，只好拿手机上的照片给她看。 # speaker: narrator
    “思路是对的。可惜你没带。” # speaker: chen # mood: neutral
- else:
    “挺清楚的。”她把卡递了回来，“做卡片的厂家多了。” # speaker: chen # mood: neutral
}
-> objection_bleeding

=== objection_bleeding ===
{patience <= 30:
    她抬头看了一眼门上的挂钟。 # speaker: narrator
}
她压低了声音。 # speaker: narrator
“跟你说实话吧。我愁的不是药本身。我是让八十五岁的老人带着可能引起出血的药回家，交给连出血是什么样都不知道的家属。” # speaker: chen # phase: objections # mood: sceptical # objection: elderly_bleeding
* [“您愁的正是该愁的地方。病人在家出血，一般是怎么发生的？卡在哪个环节？” #act: objections.acknowledge #act: objections.explore #minutes: 1]
    ~ need_bleeding = true
    “您这个担心很要紧，也确实该担心。您说的病人在家出血，一般是怎么发生的？问题出在哪儿？” # speaker: rep
    “去年冬天，一个八十二岁的病人带着抗凝药出院，黑便四天，他女儿以为是吃铁剂吃的。最后从急诊又收了回来，血红蛋白只有62。没人告诉过他们要注意什么。从那以后，每次给八十岁以上的病人签出院，我都会想起他。” # speaker: chen # mood: neutral # need: post_discharge_bleeding
* [“那我把数据跟您说一下：80岁以上2,600例，大出血4.1%对5.0%，消化道出血数值上偏高。” #act: objections.evidence_response #act: value.evidence_cited #claim: elderly_subgroup #minutes: 2]
    ~ gave_elderly_data = true
    “那我把数据跟您说一下。NAVIGATE-AF里80岁及以上的患者有2,600例，大出血年发生率诺维沙班4.1%，华法林5.0%；消化道出血数值上偏高，1.9%对1.6%。” # speaker: rep
    “这些数字我知道，说明书上都有。”她敲了敲桌子，“我说的是家属，不是数字。” # speaker: chen # mood: sceptical
* [“陈老师，说实话，诺维沙班的出血比华法林少，您真的不用担心。” #act: objections.evade #violation: misleading_claim #minutes: 1]
    “陈老师，说实话，诺维沙班的出血比华法林少，您真的不用担心。” # speaker: rep
    “不用担心？80岁以上的病人，你们药的消化道出血比华法林还高，你们自己说明书上写着呢。别跟我说不用担心。” # speaker: chen # mood: annoyed
* [“哪个抗凝药都有出血风险，这是肯定的。那我们接着看看剂量？” #act: objections.evade #minutes: 1]
    “哪个抗凝药都有出血风险，这是肯定的。那我们接着看……” # speaker: rep
    “是肯定的。我说的就是这个。” # speaker: chen # mood: sceptical
- -> answer_bleeding

=== answer_bleeding ===
{need_bleeding:
    “那你有什么实际办法？还是就表示表示同情？” # speaker: chen
- else:
    “就这些吗？” # speaker: chen
}
* [“80岁以上的结果，再加上家属该盯着的出血征象，印在他们看得懂的宣教单上。” #act: objections.evidence_response #act: value.need_linked #links: post_discharge_bleeding #claim: elderly_subgroup #claim: common_adverse_events #minutes: 2]
    {gave_elderly_data:
        “刚才说了，80岁以上人群里，诺维沙班的消化道出血数值上偏高，1.9%对1.6%，不过大出血更低，4.1%对5.0%。” # speaker: rep
    - else:
        “有数据，也有个建议。NAVIGATE-AF里80岁及以上的患者有2,600例，大出血年发生率诺维沙班4.1%，华法林5.0%；但消化道出血数值上偏高，1.9%对1.6%{need_bleeding:，恰恰就是您那位病人出的那种血}。” # speaker: rep
    }
    “说明书列出的最常见的出血表现是鼻出血、牙龈出血、瘀斑、血尿，还有贫血。{need_bleeding:他家里缺的就是这样一张清单，而且得用他们看得懂的话写。}这些应该印在宣教单上，字要大，还要留个联系电话。” # speaker: rep
    {need_bleeding:
        “黑便、尿发红、瘀青越来越大，还有找谁。字要这么大。”她用拇指和食指比了一下。 # speaker: chen # mood: pleased
    - else:
        “列一串出血征象。行吧，哪张宣教单上没有。” # speaker: chen # mood: neutral
    }
* [“NAVIGATE-AF总体人群里，大出血2.4%对3.0%，颅内出血0.4%对0.8%，消化道出血相近。” #act: objections.evidence_response #claim: trial_bleeding #minutes: 1]
    “NAVIGATE-AF总体人群里，和华法林相比，大出血年发生率2.4%对3.0%，颅内出血0.4%对0.8%，消化道出血相近，1.2%对1.1%。” # speaker: rep
    “总体人群。我的病人可不是‘总体’。” # speaker: chen # mood: neutral
* [“高龄人群的数据我不想凭记忆说，回去把准确数字发给您。” #act: objections.defer_and_commit #minutes: 1]
    “高龄人群的数据我不想凭记忆跟您说，回去把准确数字发给您。” # speaker: rep
    “不就在你们那页摘要上吗？行，发过来吧。” # speaker: chen # mood: neutral
- -> objection_price

=== objection_price ===
“还有钱的问题。药房说通贝沙班现在进了集采，一天九毛钱。” # speaker: chen # objection: price
{difficulty > 1:
    “周一主任刚在科会上说，这个季度科里药占比超了。你这个贵了六倍，我凭什么用？” # speaker: chen # mood: sceptical
- else:
    “病人凭什么多花钱用你们的？” # speaker: chen
}
* [“这笔账确实该算。通贝沙班是便宜；我们进了医保，职工一天自付两块左右，两个药也没有头对头比过。” #act: objections.acknowledge #act: objections.evidence_response #claim: price #claim: insurance #claim: competitor_facts #minutes: 1]
    “您问得很实在。通贝沙班确实便宜，集采价一天九毛左右，5 mg每日两次。诺维沙班挂网价一天5.6元，不过今年一月起已经以非瓣膜性房颤适应症进了国家医保目录，职工医保的病人每天自付大概两块钱；居民医保自付多少，各省不一样。两个药之间没有头对头研究，所以我不会跟您说哪个效果更好。病人能直接感受到的区别，是一天一次还是一天两次{need_leaflets:——在您那张复印单上，就是写一行还是写两行}。” # speaker: rep
    “起码是实话。大多数代表要么对价格避而不谈，要么说人家的药不行。” # speaker: chen # mood: neutral
* [“陈老师，私下跟您说，集采那些药都是最便宜的厂子做的，一分钱一分货，质量真没法比。” #act: objections.argue #violation: disparagement #minutes: 1]
    “陈老师，私下跟您说，集采那些药都是最便宜的厂子做的，一分钱一分货，质量真没法比。” # speaker: rep
    “我们药房进的就是通贝沙班，我自己也在开。你的意思是我在害病人？拿数据来，没有数据就别说。” # speaker: chen # mood: annoyed
* [“我不想给您报个错的数。本省职工医保和居民医保各自付多少，我核实好周五前发给您。” #act: objections.defer_and_commit #minutes: 1]
    “我不想给您报个错的数。我回去核实一下本省职工医保和居民医保的病人各自付多少，周五前发给您。” # speaker: rep
    “周五。刘洋以前也总说周五。”她笑了笑，“看你的了。” # speaker: chen # mood: neutral
- -> nurses

=== nurses ===
{customer_state == "engaged":
    她往椅背上一靠，难得有一会儿不着急。 # speaker: narrator
}
“跟你说句心里话，宣教这摊事其实是护士们在扛。小张和小何每周四下了班不走，义务给家属讲课，累得够呛。” # speaker: chen
* [“那就让她们周四轻松点：大字版宣教单一批下来就发您，再请医学部同事给护士们讲半小时。” #act: value.need_linked #links: readable_leaflets #promise: patient_leaflets #minutes: 1]
    “那我们想办法让她们周四轻松点，而不是更累。我们医学部马上要批一版给老年患者的大字版宣教单，一批下来我就发给您{need_bleeding:，我也问问出血征象是不是用大白话写进去了}。如果有帮助，可以请医学部的同事给护士们讲半小时，怎么识别病人在家出血。只讲医学内容，通过病区正式安排。” # speaker: rep
    {need_leaflets:
        “通过病区安排，只讲医学内容。可以。小张肯定高兴。” # speaker: chen # mood: pleased
    - else:
        “宣教单嘛，我的病人看不看得懂还两说。讲座可以，通过病区安排，只讲医学内容。” # speaker: chen # mood: neutral
    }
* [“护士们太辛苦了，陈老师。下次我给小张、小何带几张超市购物卡，不多，就是恒康的一点心意。” #act: relationship.transactional #violation: improper_benefit #minutes: 1]
    -> asked_to_leave
* [“要不护士们直接发我们的标准宣教单？省得她们每周自己复印那么多了。” #act: value.feature_dump #minutes: 1]
    “要不护士们直接发我们的标准宣教单？省得她们自己复印了。” # speaker: rep
    “就那张六号字的？”她懒得接话。 # speaker: chen # mood: sceptical
- -> closing

=== asked_to_leave ===
“护士们太辛苦了，陈老师。我代表恒康表示一点心意，下次给小张、小何带几张超市购物卡。不多，就是感谢大家辛苦。” # speaker: rep
窗边两个住院医生一下子不说话了。 # speaker: narrator
陈医生小心翼翼地把杯子放了下来。 # speaker: narrator
“你知道这家医院有多少人就栽在‘不多’上吗？我们护士不收卡，我也不收。我看今天就到这儿吧。请回，回去跟刘洋说说是为什么。” # speaker: chen # mood: annoyed # end_visit: asked_to_leave # ending: asked_to_leave
-> END

=== closing ===
一个住院医生在门口喊：“陈老师，7床的出院小结等您签字！” # speaker: narrator # phase: closing
{customer_state == "irritated":
    她已经站起来了，手里捏着笔。 # speaker: narrator
    “我说一刻钟，就是一刻钟。” # speaker: chen # mood: annoyed
- else:
    “来了！”她应了一声，又转回来，“再给你一分钟。” # speaker: chen
}
* [“住院医生要夜里也看得懂的卡，家属要看得懂的宣教单：两样都微信发您，下周查完房我再来？” #act: closing.summary #act: closing.thanks #act: closing.next_step #promise: dosing_card #promise: patient_leaflets #minutes: 1]
    -> next_step
* [“陈老师，太感谢您抽时间了。这是我的名片，有什么事随时微信找我。” #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    “陈老师，太感谢您抽时间了，这是我的名片。” # speaker: rep
    -> no_next_step
* [“陈老师，接下来五个出院的房颤病人，您能不能试试诺维沙班？用了您就知道了。” #act: closing.no_next_step #minutes: 1]
    “陈老师，接下来五个出院的房颤病人，您能不能试试诺维沙班？用了您就知道了。” # speaker: rep
    “我是给病人开药，不是凑五个病例做试验。” # speaker: chen # mood: sceptical
    -> no_next_step

=== no_next_step ===
{rapport >= 70:
    “嗯，想起什么微信上跟我说。”她已经在签字了。 # speaker: chen # mood: neutral
    下楼的时候你才反应过来：病区需要什么，她都跟你说得清清楚楚，可你走的时候一样也没说要给她带来。 # speaker: narrator # ending: missed_opportunity
- else:
    “好，谢谢，慢走。” # speaker: chen # mood: neutral
    你把名片放在那摞复印宣教单旁边。她也许记得你这张脸，名字多半记不住。 # speaker: narrator # ending: polite_dismissal
}
-> END

=== next_step ===
“谢谢陈老师。我把您关心的几件事复述一下，您看对不对。” # speaker: rep
{need_tools:
    “住院医生需要一个出院那天能快速用上的剂量工具。” # speaker: rep
}
{need_leaflets:
    “病人需要真正看得懂的宣教资料：字要大，话要通俗。” # speaker: rep
}
{need_bleeding:
    “家属需要知道在家出血是什么样子、该找谁。” # speaker: rep
}
“医学部的大字版宣教单一批下来，我就微信发给您，剂量卡的电子版也一起发，您可以给每个住院医生打印一张。下周查完房，我能再来一趟，听听住院医生用卡的情况吗？” # speaker: rep
{
- need_tools && need_leaflets && rapport >= 80 && patience >= 40:
    “那就周四查完房吧。把你们医学部同事的时间也带来：宣教单要是批下来了，我想下一次周四宣教课就用上。小张也在。” # speaker: chen # mood: pleased
    她在门边的白板上写下“恒康：剂量卡、宣教单”，全病区的人都看得见。 # speaker: narrator # ending: next_meeting_booked
- rapport >= 60:
    “卡片和宣教单先微信发我看看。真像你说的那么好，我们再聊。” # speaker: chen # mood: neutral
    还不算约到了下次见面，但她主动跟你要了东西。 # speaker: narrator # ending: material_requested
- else:
    “放护士站吧，有空我看看。” # speaker: chen # mood: sceptical
    你还没走到门口，她已经在签小结了。 # speaker: narrator # ending: polite_dismissal
}
-> END

=== patience_out ===
陈医生站起身，拿起了听诊器。 # speaker: narrator
“不好意思，出院小结还一堆没写呢。你带的东西放桌上吧。” # speaker: chen # mood: annoyed # end_visit: patience_exhausted # ending: patience_exhausted
-> END
