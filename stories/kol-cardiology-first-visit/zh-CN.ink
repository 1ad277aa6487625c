# title: KOL首次拜访：心律失常专业周明华教授
# segment: kol
# stage: first_visit
# setting: office
# dimensions: opening, discovery, value, objections, closing, relationship
# lang: zh-CN
# customer: zhou
# leaves_to: patience_out

// 诺维沙班（Norvixa）、NAVIGATE-AF研究和恒康医药均为虚构。
// 代表所说的每一条产品信息都出自产品信息表（src/core/world/product.ts），并标注了对应的claim。
// 全篇使用的虚构说明书：非瓣膜性房颤；20 mg每日一次，肌酐清除率（Cockcroft-Gault）30-49 mL/min时
// 10 mg每日一次；肌酐清除率低于30或透析患者不推荐使用。
// 周教授由引擎扮演：本文件只读取 rapport 和 patience，从不赋值。

VAR rapport = 45
VAR patience = 60
VAR need_renal = false
VAR need_juniors = false
VAR need_followup = false
VAR need_registry = false
VAR falls_promised = false
VAR mi_referral = false

-> arrival

=== arrival ===
周二中午12:40，清河市第一人民医院住院部九楼，心内科心律失常病区医生办公室。上午查房刚结束，下午门诊还没开始。桌上一摞心电图，旁边是吃了一半的盒饭。 # speaker: narrator # phase: opening
周明华教授从电脑屏幕上的表格里抬起头来。 # speaker: narrator
“恒康医药？秘书说你要二十分钟。先看看值不值十五分钟吧。” # speaker: zhou # mood: neutral
* [“周教授，我先简单介绍一下我自己，再说说恒康这些年的发展历程。” #act: opening.long_intro #minutes: 5]
    “谢谢周教授。我先简单介绍一下我自己和恒康。我是南京读的临床药学，三年前加入恒康。恒康1998年成立，现在有六千多名员工，十四个上市产品，苏州还新建了研发中心……” # speaker: rep
    她一直听你讲到研发中心那一页，然后抬眼看了看墙上的钟。 # speaker: narrator
    “恒康我知道。你找我具体什么事？” # speaker: zhou # mood: annoyed
* [“周教授，难得您中午抽出空来。我负责诺维沙班，想就老年房颤病人占用您十五分钟。” #act: opening.thanks #act: opening.purpose_stated #claim: indication #minutes: 2]
    “周教授，谢谢您在查房和门诊中间抽时间见我。我是恒康医药的代表，负责诺维沙班——我们的Xa因子抑制剂，用于非瓣膜性房颤的卒中预防。今天主要想向您请教，老年房颤患者的抗凝您一般怎么考虑；如果您觉得有用，再跟您分享一组数据。大概占用您十五分钟。” # speaker: rep
    “老年患者。看来你还做了点功课。说吧。” # speaker: zhou # mood: neutral
* [把产品手册摊在她桌上：“诺维沙班每日一次，饭前饭后都能吃，不用常规监测凝血……” #act: value.feature_dump #claim: dose_standard #minutes: 3]
    “周教授，诺维沙班是我们的Xa因子抑制剂：20毫克每日一次，饭前饭后都可以服用，不需要常规监测凝血指标……” # speaker: rep
    她看都没看，把手册推了回来。 # speaker: narrator
    “说明书批下来的时候我就看过了，不用念给我听。” # speaker: zhou # mood: annoyed
- -> discovery_practice

=== discovery_practice ===
她把饭盒推到一边。 # speaker: narrator
“好，你想了解什么？” # speaker: zhou # phase: discovery
* [“周教授，您的房颤病人现在用新型口服抗凝药吗？我先了解个大概。” #act: discovery.closed_question #minutes: 1]
    “周教授，您的房颤病人用NOAC吗？” # speaker: rep
    “用。合适的就用。” # speaker: zhou
    她没再往下说，好像这就算答完了。 # speaker: narrator # mood: sceptical
* [“您给老年房颤病人定抗凝，一般怎么考虑？实际做起来难在哪儿？” #act: discovery.open_question #minutes: 3]
    “您现在给老年房颤病人决定抗凝，一般是怎么考虑的？实际做起来，哪些地方比指南上写的难？” # speaker: rep
    “指南那部分不难。七十五岁以上，光年龄一项CHA₂DS₂-VASc就是2分，我门诊的病人大多在4分以上，个个都有抗凝指征。难的是别的：HAS-BLED评分3分，去年冬天摔过一跤，肌酐每次查都不一样。” # speaker: zhou # mood: neutral
* [“老年病人恰恰是诺维沙班最省心的：肾功能只有一个界值，清除率30到49用10毫克。” #act: value.need_linked #links: renal_dosing #act: value.evidence_cited #claim: dose_renal #claim: dose_standard #rapport: -10 #minutes: 2]
    “周教授，老年患者恰恰是诺维沙班最省心的地方。肾功能只有一个界值：肌酐清除率30到49用10毫克每日一次，50以上用20毫克。” # speaker: rep
    “对谁省心？我的病人什么情况，我还一句都没跟你说。” # speaker: zhou # mood: annoyed
    她沉默了好一会儿，沉默得让你不得不注意到。 # speaker: narrator
- -> discovery_renal

=== discovery_renal ===
“我的房颤病人六成在七十五岁以上。这里面一半人按Cockcroft-Gault公式算，肌酐清除率不到50，夏天一脱水，不少人会掉到30以下。” # speaker: zhou
* [马上接话：“周教授，这正是诺维沙班的优势，肾功能差的时候只要减到10毫克……” #act: discovery.interrupt #claim: dose_renal #minutes: 1]
    “周教授，这正是诺维沙班的优势，肾功能不全的时候只要减到10毫克……” # speaker: rep
    “我还没说完。” # speaker: zhou # mood: annoyed
    她没有再回到这个话题。 # speaker: narrator
* [“想问一下，这些病人是每三个月查一次肌酐吗？随访一般有多密？” #act: discovery.closed_question #minutes: 1]
    “这些病人您是每三个月查一次肌酐吗？” # speaker: rep
    “回来复诊就查。很多人不回来。” # speaker: zhou # mood: neutral
* [“所以关键不在要不要抗凝，而是肾功能老在变，剂量得跟着变，是这样吧？” #act: discovery.active_listening #minutes: 1]
    ~ need_renal = true
    “所以问题不在于要不要抗凝，而在于病人的肾功能一直在变，剂量怎么才能跟得上。我这样理解对吗？” # speaker: rep
    “没错。有的病人两次复诊之间，肌酐清除率从55掉到35。给一个八十岁的CKD病人定剂量，每次都像在猜。我要的是数据，不是猜。” # speaker: zhou # mood: pleased # need: renal_dosing
- -> discovery_juniors

=== discovery_juniors ===
{rapport >= 60:
    她往椅背上靠了靠。 # speaker: narrator
    “而且，大部分处方不是我开的。” # speaker: zhou
- else:
    她的目光已经回到了表格上。 # speaker: narrator
    “还有别的吗？” # speaker: zhou
}
* [“这些病人平时主要是谁在管？年轻医生自己值班的时候怎么办？” #act: discovery.open_question #minutes: 2]
    ~ need_juniors = true
    “这些病人平时主要是谁在管？年轻医生自己管床、自己值班的时候，一般是什么情况？” # speaker: rep
    “住院医生。他们心里怕。值班碰上一例消化道出血，之后八十岁以上的一律停抗凝，要么‘保险起见’给个小剂量，结果谁也没保护到。上个月有个住院医生，给一个肌酐清除率70的病人把剂量减了一半。我要他们按肌酐清除率定剂量，而不是被吓得自己减量。” # speaker: zhou # mood: neutral # need: junior_bleeding_fear
* [“有了NAVIGATE-AF的出血结果，年轻医生开药会有底气得多：大出血2.4%对3.0%。” #act: value.need_linked #links: junior_bleeding_fear #act: value.evidence_cited #claim: trial_bleeding #rapport: -10 #minutes: 2]
    “周教授，用了诺维沙班，年轻医生会有底气得多。NAVIGATE-AF研究里，大出血年发生率2.4%，华法林是3.0%；颅内出血0.4%对0.8%。” # speaker: rep
    “你还没问我他们到底怕什么。” # speaker: zhou # mood: sceptical
* [“科里年轻医生开抗凝药有把握吗？还是每个病人都要来问您？” #act: discovery.closed_question #minutes: 1]
    “科里的年轻医生开抗凝药有把握吗？” # speaker: rep
    “有把握？没有。” # speaker: zhou
    她没有往下说。 # speaker: narrator # mood: sceptical
- -> discovery_followup

=== discovery_followup ===
“现在抗凝的病人大部分还在用华法林。我们的抗凝门诊一周要看两百个病人。” # speaker: zhou
* [“说实话，华法林是五十年代的药了，这么大的抗凝门诊纯属浪费您团队的时间。” #act: discovery.interrupt #violation: disparagement #minutes: 2]
    “说实话周教授，华法林是上世纪五十年代的药了，很多大医院早就换了，抗凝门诊说白了就是在浪费您团队的时间。” # speaker: rep
    “华法林便宜，出了问题有维生素K能拮抗，我的护士用得滚瓜烂熟。我很多病人就是靠它活到今天的。我的门诊是不是在浪费时间，轮不到你来说。” # speaker: zhou # mood: annoyed
* [“一周两百个？那抗凝门诊肯定很忙吧，护士们忙得过来吗？” #act: discovery.closed_question #minutes: 1]
    “抗凝门诊是不是很忙？” # speaker: rep
    “是。” # speaker: zhou # mood: sceptical
* [“这些病人测INR是怎么安排的？对病人和您的团队来说，要花多大代价？” #act: discovery.open_question #minutes: 2]
    ~ need_followup = true
    “这些病人测INR是怎么安排的？对病人和您的团队来说，要花多大代价？” # speaker: rep
    “两个护士、一个药师，每周二、周四上午，走廊里排长队。县里的病人坐三个小时车，就为了扎一下手指。TTR也就50%左右。最让我担心的恰恰是那些不来复诊的：身体最差、子女请不了假陪他们来的那些。” # speaker: zhou # mood: neutral # need: inr_followup_burden
- -> discovery_registry

=== discovery_registry ===
{rapport >= 65:
    她把显示器转向你，表格标题是“全省房颤合并CKD登记研究”。 # speaker: narrator
    “这才是我每天晚上真正在忙的事。” # speaker: zhou
- else:
    她又看了一眼显示器上的表格，标题是“全省房颤合并CKD登记研究”。 # speaker: narrator
}
* [“周教授，用诺维沙班的病人能不能也登记到您的研究里？” #act: discovery.closed_question #minutes: 1]
    “周教授，用诺维沙班的病人能不能也登记到您的研究里？” # speaker: rep
    “登记研究是病人用什么药就登记什么药，不是给谁做营销的。” # speaker: zhou # mood: sceptical
* [“像您这样的登记研究，肾功能亚组就是现成的对照：3,050例用10毫克的患者，1.6%对2.1%。” #act: value.need_linked #links: registry_data #act: value.evidence_cited #claim: renal_substudy #rapport: -10 #minutes: 2]
    “周教授，像您这样的登记研究，NAVIGATE-AF肾功能亚组就是现成的对照：3,050例肌酐清除率30到49、用10毫克的患者，卒中或全身性栓塞年发生率1.6%对2.1%。” # speaker: rep
    “我的登记研究需要什么，你并不知道。你也没问。” # speaker: zhou # mood: sceptical
* [“我拜读过您那篇老年CKD患者抗凝的文章。这个登记项目，您最希望它回答什么？” #act: discovery.open_question #act: discovery.active_listening #minutes: 2]
    ~ need_registry = true
    “我拜读过您那篇老年CKD患者抗凝的文章。您希望这个登记研究最终回答什么问题？” # speaker: rep
    {rapport >= 65:
        “二十三家医院，四千个七十五岁以上、肌酐清除率低于60的房颤病人。我想知道谁出血、谁卒中，实际给的剂量和肾功能到底匹不匹配。我缺的是这类病人的高质量临床试验数据做对照，还有请数据管理员的经费。” # speaker: zhou # mood: pleased # need: registry_data
    - else:
        “老年CKD患者的真实世界结局。这类人群的临床试验数据太少，我们需要有个对照。” # speaker: zhou # mood: neutral # need: registry_data
    }
- -> present_renal

=== present_renal ===
{rapport < 45:
    “你说你有数据。简短点。” # speaker: zhou # phase: presentation # mood: sceptical
- else:
    “好吧。你说你有数据。” # speaker: zhou # phase: presentation
}
* [翻开手册念：“每日一次、不受饮食影响、不用监测、不用冷链，还进了医保……” #act: value.feature_dump #claim: dose_standard #claim: storage #claim: insurance #minutes: 4]
    “诺维沙班20毫克每日一次，饭前饭后都可以吃，不需要常规监测凝血指标。30度以下保存，有效期三年，不需要冷链，而且已经进了国家医保目录。第四页是……” # speaker: rep
    “每个Xa因子抑制剂的手册都这么写。这里面哪一条能帮到我那个八十岁、肌酐清除率35的病人？” # speaker: zhou # mood: annoyed
* {need_renal} [“您说定剂量每次都像在猜。我讲讲10毫克的肾功能亚组研究，也讲清数据到哪儿为止。” #act: value.need_linked #links: renal_dosing #act: value.evidence_cited #claim: renal_substudy #claim: dose_renal #minutes: 3]
    “您刚才说，给老年CKD病人定剂量每次都像在猜。NAVIGATE-AF预设的肾功能亚组研究纳入了3,050例肌酐清除率30到49、用10毫克的患者，对照是按INR调整剂量的华法林：卒中或全身性栓塞年发生率1.6%对2.1%，大出血3.1%对4.0%。剂量规则只有一个界值：按Cockcroft-Gault公式，肌酐清除率30到49用10毫克，每日一次。低于30或透析的患者，说明书不推荐使用。” # speaker: rep
    “一个界值，住院医生记得住。而且你主动告诉我数据到哪儿为止，你们很多同行不会这么讲。” # speaker: zhou # mood: pleased
* [“先说NAVIGATE-AF的主要结果：卒中和出血放在一起看。” #act: value.evidence_cited #claim: trial_efficacy #claim: trial_bleeding #minutes: 3]
    “NAVIGATE-AF纳入了14,200例非瓣膜性房颤患者，中位随访2.1年。卒中或全身性栓塞年发生率诺维沙班1.3%，按INR调整剂量的华法林1.7%；大出血2.4%对3.0%，颅内出血0.4%对0.8%；消化道出血两组相近，1.2%对1.1%。” # speaker: rep
    “数字还算实在。但我的病人可不是试验里的‘平均病人’。” # speaker: zhou # mood: neutral
- -> present_bleeding

=== present_bleeding ===
{need_juniors:
    “那我的住院医生呢？” # speaker: zhou
- else:
    “出血呢？大家不敢开，就是怕出血。” # speaker: zhou
}
* [“说实话，用了诺维沙班，住院医生就不用担心出血了，这是最安全的抗凝药。” #act: value.need_linked #links: junior_bleeding_fear #violation: misleading_claim #minutes: 1]
    “说实话周教授，用诺维沙班，您的住院医生就不用担心出血了。这是目前市面上最安全的抗凝药。” # speaker: rep
    “没有哪个抗凝药不出血。这话你要是当着我住院医生的面说，我会请你出去。说话注意点。” # speaker: zhou # mood: annoyed
* [“出血率在可接受范围内，跟预期差不多。要不我给您看看它对病人来说有多方便？” #act: objections.evade #minutes: 1]
    “出血率在可接受的范围内，跟预期差不多。要不我给您看看它对病人来说有多方便？” # speaker: rep
    “‘可以接受’不是一个数字。” # speaker: zhou # mood: sceptical
* [“住院医生那边：80岁以上的出血结果，消化道那项也说；再请医学部讲一次剂量。” #act: value.need_linked #links: junior_bleeding_fear #act: value.evidence_cited #act: relationship.professional_support #claim: elderly_subgroup #claim: dose_renal #minutes: 2]
    {need_juniors:
        “您说住院医生是因为害怕才减量。NAVIGATE-AF里80岁以上的患者有2,600例，大出血年发生率诺维沙班4.1%，华法林5.0%：两种药的出血风险都实实在在。消化道出血诺维沙班数值上偏高，1.9%对1.6%，这一点也应该让他们知道。说明书上只有两个剂量、一个界值，肌酐清除率30到49用10毫克；把这一条印成一张卡片，可能比我说什么都管用。如果和科里的教学安排合得上，我们医学部的同事可以来给他们做一次剂量方面的病例讨论。” # speaker: rep
        “一张卡片，写清楚肌酐清除率界值和出血以后怎么处理。可以，这个有用，前提是讲医学，不是打广告。” # speaker: zhou # mood: pleased
    - else:
        “周教授，年轻医生普遍怕出血。NAVIGATE-AF里80岁以上的患者有2,600例，大出血年发生率诺维沙班4.1%，华法林5.0%，消化道出血1.9%对1.6%。说明书上只有一个界值，肌酐清除率30到49用10毫克；我们医学部的同事也可以来给住院医生讲一次剂量。” # speaker: rep
        “我的住院医生怕什么，你倒替我说了。你没问过他们，也没问过我。” # speaker: zhou # mood: sceptical
    }
* [“全试验和80岁以上人群的出血数据，我按发表的原样跟您讲一遍。” #act: value.evidence_cited #claim: trial_bleeding #claim: elderly_subgroup #minutes: 2]
    “整个NAVIGATE-AF研究，大出血年发生率诺维沙班2.4%，华法林3.0%；颅内出血0.4%对0.8%；消化道出血1.2%对1.1%。2,600例80岁以上患者中，大出血4.1%对5.0%，消化道出血诺维沙班数值上偏高，1.9%对1.6%。” # speaker: rep
    “对你们不利的消化道出血数字你也说了。很好。” # speaker: zhou # mood: neutral
- -> objection_elderly

=== objection_elderly ===
{patience < 30:
    她说话明显快了，笔在桌上一下一下地敲着。 # speaker: narrator
}
“这些试验我都有同一个问题：中位年龄72岁。我门诊病人的中位年龄是81岁，三分之一去年摔过跤。” # speaker: zhou # phase: objections # mood: sceptical # objection: elderly_data
* [“省里很多医生已经在老年病人身上用诺维沙班了，反馈都挺好的。” #act: objections.evade #minutes: 1]
    “周教授，省里很多医生已经在老年病人身上用诺维沙班了，反馈都很好。” # speaker: rep
    “那让他们写成文章发表。个人经验不是数据。” # speaker: zhou # mood: sceptical
    -> objection_offlabel
* [“这个质疑很实在。您最担心哪一类老年病人：爱摔跤的、特别瘦的，还是肾功能往下走的？” #act: objections.acknowledge #act: objections.explore #minutes: 1]
    “您这个问题很实在。您说的老年患者里，最担心的是哪一类：容易摔倒的、体重特别低的，还是肾功能在往下走的？” # speaker: rep
    -> falls_question
* [“NAVIGATE-AF里有2,600例80岁以上的患者：大出血一年4.1%对5.0%。” #act: objections.evidence_response #act: value.evidence_cited #claim: elderly_subgroup #rapport: -15 #minutes: 2]
    “周教授，这方面我们有数据。NAVIGATE-AF里80岁以上的患者有2,600例：大出血年发生率诺维沙班4.1%，华法林5.0%；消化道出血1.9%对1.6%。” # speaker: rep
    “这个亚组我看过。你还没问我说的是哪一类病人。” # speaker: zhou # mood: sceptical
    -> objection_offlabel
* [“恕我直言，周教授，各亚组结果都一致，所以结论显然也适用于您的病人。” #act: objections.argue #minutes: 2]
    “周教授，恕我直言，所有亚组的结果都是一致的，数据显然也适用于老年患者。” # speaker: rep
    “一个把体弱病人排除在外的试验，亚组结果当然一致。亚组分析就不用你给我上课了。” # speaker: zhou # mood: annoyed
    -> objection_offlabel

=== falls_question ===
“容易摔的。八十四岁，四十五公斤，摔过两次，肌酐清除率38。这样的病人你们有数据吗？” # speaker: zhou # mood: neutral # need: falls_risk
* [“跌倒方面我手上没有资料，不硬说。80岁以上的结果先给您，其余的我去查清楚。” #act: objections.evidence_response #act: objections.defer_and_commit #claim: elderly_subgroup #claim: dose_renal #promise: falls_data #minutes: 2]
    ~ falls_promised = true
    “说实话，跌倒的数据我手上没有，不想硬说有。现有的是80岁以上的2,600例患者：大出血年发生率4.1%对5.0%，消化道出血1.9%对1.6%。她的肌酐清除率38，按说明书用10毫克。有跌倒史的患者到底有哪些资料，我核实清楚再带给您，不瞎猜。” # speaker: rep
    “好。别猜。” # speaker: zhou # mood: neutral
* [“80岁以上的结果正好覆盖她这样的病人，诺维沙班对她是安全的。” #act: objections.evidence_response #violation: misleading_claim #minutes: 1]
    “80岁以上的结果正好覆盖她这样的病人，周教授。诺维沙班对这类患者是安全的。” # speaker: rep
    “安全？一个八十四岁、老摔跤的病人？谁也不敢跟我这么说，你更不能。” # speaker: zhou # mood: annoyed
* [“跌倒风险主要还是看您的临床判断，周教授，您最了解自己的病人。” #act: objections.evade #minutes: 1]
    “跌倒风险主要还是看临床判断，周教授。您最了解自己的病人。” # speaker: rep
    “我知道。所以我才问你要数据。” # speaker: zhou # mood: sceptical
- -> objection_offlabel

=== objection_offlabel ===
“那低于30的呢？我登记研究里五分之一的人肌酐清除率不到30，还有一些在做血液透析。这些人给多大剂量？” # speaker: zhou # objection: renal_below_30
* [“这在说明书范围以外，我不能给建议。我请医学信息部给您书面回复。” #act: objections.acknowledge #act: objections.defer_and_commit #act: compliance.medical_referral #claim: dose_renal #promise: mi_dialysis_answer #minutes: 1]
    ~ mi_referral = true
    “这个问题对您的登记研究确实很关键。不过说明书不推荐肌酐清除率低于30或透析的患者使用诺维沙班，这部分我不能给您用药建议。您同意的话，我今天就把您的问题提交给我们公司的医学信息部，由医学同事根据现有数据直接给您书面回复。” # speaker: rep
    “这么回答就对了。而且我本来也更想要书面的。” # speaker: zhou # mood: pleased
* [“私下跟您说，好几家中心给透析病人用10毫克，而且只有三分之一经肾脏排泄。” #act: objections.evidence_response #violation: off_label #minutes: 2]
    “私下跟您说，好几家中心给透析病人用10毫克，药代数据看着也没问题。诺维沙班只有三分之一左右经肾脏排泄，应该是安全的。” # speaker: rep
    “在我办公室里没有什么‘私下说’。你是让我凭一个药代研究，就超说明书用你的药？” # speaker: zhou # mood: annoyed
* [“30以下的数据确实有限，不过清除率30到49的话，10毫克的证据很充分。” #act: objections.evade #claim: dose_renal #minutes: 1]
    “这部分数据确实有限。不过肌酐清除率30到49的话，10毫克的证据很充分。” # speaker: rep
    “我问的是30以下。” # speaker: zhou # mood: sceptical
- -> objection_cost

=== objection_cost ===
{patience <= 30:
    周教授看了一眼手表。 # speaker: narrator
}
“最后一个问题。我的病人大多是退休职工，也有参加城乡居民医保的农民。华法林对他们来说几乎不花钱。你这个药病人要花多少？医保报不报？” # speaker: zhou # objection: patient_cost
* [“两种医保都能报。居民医保具体自付多少我不太确定，跟市场准入同事确认后周五前发您。” #act: objections.defer_and_commit #claim: insurance #promise: copay_check #minutes: 1]
    “诺维沙班已经进了国家医保目录，职工医保和居民医保都能报。不过本省城乡居民医保病人具体自付多少，我不太确定，不想给您报个错的数字。我跟我们市场准入的同事核实一下，周五前发给您秘书。” # speaker: rep
    “周五。我记着。” # speaker: zhou # mood: neutral
* [“一天就几块钱，跟中风以后的花费比算什么？家属应该当成一种投资。” #act: objections.argue #minutes: 2]
    “周教授，一天就几块钱，跟中风以后的花费比起来算什么？病人和家属应该把它当成一种投资。” # speaker: rep
    “这话你去跟每个月只有两百来块养老金的农村老太太说。我问的是医保。” # speaker: zhou # mood: annoyed
* [“这对农民确实是实打实的钱。职工医保一天自付两块左右，居民医保的数字周五前给您。” #act: objections.acknowledge #act: objections.evidence_response #act: objections.defer_and_commit #claim: insurance #claim: renal_monitoring #claim: dose_standard #promise: copay_check #minutes: 2]
    “这确实是病人很实际的问题。诺维沙班今年一月起以非瓣膜性房颤适应症进了国家医保目录，职工医保的病人每天自付大概两块钱{need_followup:；县里的病人也不用再跑抗凝门诊测INR，不过肾功能至少每年要查一次，七十五岁以上要查得更勤}。城乡居民医保的自付比例各省不一样，我不想瞎猜，周五前把准确数字发给您秘书。至于进不进咱们医院，要由医院药事会来定。” # speaker: rep
    “两块钱，比他们来一趟抗凝门诊的车费还便宜。行。周五。” # speaker: zhou # mood: neutral
- -> registry_support

=== registry_support ===
{need_registry:
    她顿了一下。 # speaker: narrator
    “说到登记研究，十月份我们要在新加坡的亚太心律学术会议上报告第一年的数据。科里的经费只够去一个人，去的不会是我。你们公司不是经常赞助学术会议吗？” # speaker: zhou
- else:
    她像是自言自语地提了一句：团队十月份要在新加坡的亚太心律学术会议上报告登记研究数据，科里的经费只够去一个人。 # speaker: narrator
    “你们公司不是经常赞助学术会议吗？” # speaker: zhou
}
* [“登记研究要用的话，我可以把您科里每位医生用诺维沙班的病人数都整理出来给您。” #act: value.need_linked #links: registry_data #violation: prescription_tracking #minutes: 1]
    “登记研究要是用得上，我可以把您科里每位医生用诺维沙班的病人数整理出来给您，这些数我平时本来就在统计。” # speaker: rep
    “每个医生的处方量？这就是医院明令禁止的统方，医药代表因为这个被禁止进院的不在少数。你要是真在统计这些，赶紧停下。” # speaker: zhou # mood: annoyed
* [“恒康不能资助您个人出行。不过大会有差旅资助，公司也有正式的科研支持流程。” #act: compliance.declined #act: relationship.professional_support #act: relationship.value_content #minutes: 1]
    “周教授，恒康不能资助医生个人的差旅，科研经费也不是我该谈的。不过有两件事也许用得上：这次大会本身对报告论文的作者设有差旅资助，我把页面发给您；另外，我们医学部受理研究者发起的研究（IIT）的支持申请，有正式、公开的评审流程，我把申请指南和医学部的联系人发给您秘书。” # speaker: rep
    “好，本来就该这么办。发过来吧。” # speaker: zhou # mood: neutral
* [“这么重要的项目，恒康很愿意支持。去新加坡的机票和酒店我们来安排。” #act: relationship.transactional #violation: improper_benefit #minutes: 1]
    -> asked_to_leave
- -> closing

=== asked_to_leave ===
“周教授，我们恒康很愿意支持您。去新加坡的机票和酒店我们来安排，这么重要的研究，这是我们应该做的。” # speaker: rep
周教授放下了笔。 # speaker: narrator
“你知道自己刚才在说什么吗？医院的廉洁从业规定不允许，你们公司的合规要求也不允许。今天就到这儿，请你出去。回去跟你们经理说清楚是怎么回事。” # speaker: zhou # mood: annoyed # end_visit: asked_to_leave # ending: asked_to_leave
-> END

=== closing ===
护士敲门：下午第一个病人已经到了。 # speaker: narrator # phase: closing
{patience <= 20:
    周教授已经站起来了，白大褂搭在胳膊上。 # speaker: narrator
    “我说的是十五分钟。” # speaker: zhou # mood: annoyed
- else:
    周教授拿起手机看了看下午的门诊预约。 # speaker: narrator
    “我还有病人在等。” # speaker: zhou
}
* [“谢谢周教授抽时间，这是我的名片，有事随时找我。” #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    “谢谢周教授抽时间，这是我的名片。” # speaker: rep
    -> no_next_step
* [“走之前我再强调几点：每日一次、不用测INR、肾功能一档调整，而且进了医保。有合适的病人您试一试？” #act: value.feature_dump #act: closing.no_next_step #claim: dose_standard #claim: dose_renal #claim: insurance #minutes: 3]
    “走之前我再简单总结一下：诺维沙班每日一次，不用监测INR，肾功能剂量调整只有一档，而且进了医保。希望您接下来有合适的病人可以试一试。” # speaker: rep
    -> no_next_step
* [“收获很大。七十五岁以上、肾功能老在变、病人花多少钱，这几点我记下了。两周后我把亚组结果带来？” #act: closing.summary #act: closing.thanks #act: closing.next_step #promise: renal_substudy #minutes: 2]
    -> next_step

=== no_next_step ===
{rapport >= 70:
    她点点头，好像还想说什么，又拿起了听诊器。 # speaker: narrator
    “行，放我秘书那儿吧。” # speaker: zhou # mood: neutral
    进了电梯你才反应过来：她已经把自己需要什么都告诉你了，你却一样也没说要给她带来。 # speaker: narrator # ending: missed_opportunity
- else:
    她已经在看下一个病人的病历了。 # speaker: narrator
    “好，谢谢。” # speaker: zhou # mood: neutral
    你把名片放在桌角。她会不会记得你的名字，很难说。 # speaker: narrator # ending: polite_dismissal
}
-> END

=== next_step ===
“谢谢周教授，今天收获很大。我把您讲的几点复述一下，您看对不对。” # speaker: rep
{need_renal:
    “七十五岁以上的病人，剂量要跟着肌酐清除率走，您要的是数据，不是猜。” # speaker: rep
}
{need_juniors:
    “住院医生怕出血，会自行减量，需要一个简单清楚的剂量规则。” # speaker: rep
}
{need_followup:
    “抗凝门诊压力很大，最需要随访的体弱病人恰恰最容易失访。” # speaker: rep
}
{need_registry:
    “还有，您的登记研究需要老年CKD患者的临床试验数据作对照。” # speaker: rep
}
{not need_renal && not need_juniors && not need_followup && not need_registry:
    话到嘴边你才发现，想总结点什么，可她其实什么也没跟你说过。 # speaker: narrator
}
“两周后，我想把NAVIGATE-AF肾功能亚组研究的详细数据和80岁以上患者的出血数据带给您{falls_promised:，连同有跌倒史患者的现有资料}{mi_referral:；透析病人的问题，医学信息部会直接给您书面回复}。到时候能再占用您二十分钟吗？” # speaker: rep
{
- rapport >= 85 && need_renal:
    “别只给我一个人讲。14号周四早上七点半，查房前我们科有科会，你带上你们医学部的同事来，讲十五分钟肾功能的数据，住院医生都在。幻灯片提前一天发给我。” # speaker: zhou # mood: pleased
    她自己把这件事记进了日程本。 # speaker: narrator # ending: next_meeting_booked
- rapport >= 55:
    “先把亚组研究发给我秘书。能回答我的问题，我再找你。” # speaker: zhou # mood: neutral
    还不算约到了下次拜访，但她主动要了资料。 # speaker: narrator # ending: material_requested
- else:
    “放我秘书那儿吧，有空我看看。” # speaker: zhou # mood: sceptical
    你关门的时候，她没有抬头。 # speaker: narrator # ending: polite_dismissal
}
-> END

=== patience_out ===
周教授合上面前的文件夹，站了起来。 # speaker: narrator
“不好意思，我还要看门诊。你带的资料放我秘书那儿吧。” # speaker: zhou # mood: annoyed # end_visit: patience_exhausted # ending: patience_exhausted
-> END
