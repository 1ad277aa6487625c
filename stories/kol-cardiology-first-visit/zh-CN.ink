# title: KOL首次拜访：心律失常专业周明华教授
# segment: kol
# stage: first_visit
# lang: zh-CN
# customer: zhou

// 诺维沙班（Norvixa）、NAVIGATE-AF研究和恒康医药均为虚构。
// 全篇使用的虚构说明书：非瓣膜性房颤；20 mg每日一次，肌酐清除率（Cockcroft-Gault）30-49 mL/min时
// 10 mg每日一次；肌酐清除率低于30或透析患者不推荐使用。

VAR rapport = 50
VAR patience = 60
VAR difficulty = 1
VAR need_renal = false
VAR need_juniors = false
VAR need_followup = false
VAR need_registry = false
VAR mi_referral = false

EXTERNAL visit_minutes()

// 高难度：她更没耐心，对代表的信任也更低。
~ patience -= 20 * (difficulty - 1)
~ rapport -= 10 * (difficulty - 1)
-> arrival

=== function visit_minutes() ===
~ return 0

// 让 rapport 和 patience 保持在 0-100 之间
=== function clamp(x) ===
~ return MAX(0, MIN(100, x))

=== arrival ===
周二中午12:40，清河市第一人民医院住院部九楼，心律失常科办公室。上午查房刚结束，下午门诊还没开始。桌上一摞心电图，旁边是吃了一半的盒饭。 # speaker: narrator # phase: opening
周明华教授从电脑屏幕上的表格里抬起头来。 # speaker: narrator
“恒康医药？秘书说你要二十分钟。先看看值不值十五分钟吧。” # speaker: zhou # mood: neutral
* [先介绍自己和恒康的发展历程，让她知道你是谁 #act: opening.long_intro #minutes: 5]
    ~ patience = clamp(patience - 20)
    ~ rapport = clamp(rapport - 5)
    “谢谢周教授。我先简单介绍一下我自己和恒康。我是南京读的临床药学，三年前加入恒康。恒康1998年成立，现在有六千多名员工，十四个上市产品，苏州还新建了研发中心……” # speaker: rep
    她一直听你讲到研发中心那一页，然后抬眼看了看墙上的钟。 # speaker: narrator
    “恒康我知道。你找我具体什么事？” # speaker: zhou # mood: annoyed
* [先感谢她抽出时间，再说明身份、来意和需要多长时间 #act: opening.thanks #act: opening.purpose_stated #minutes: 2]
    ~ rapport = clamp(rapport + 10)
    ~ patience = clamp(patience + 5)
    “周教授，谢谢您在查房和门诊中间抽时间见我。我是恒康医药的代表，负责诺维沙班——我们每日一次的口服Xa因子抑制剂，用于非瓣膜性房颤的卒中预防。今天主要想向您请教，老年房颤患者的抗凝您一般怎么考虑；如果您觉得有用，再跟您分享一组数据。大概占用您十五到二十分钟。” # speaker: rep
    “老年患者。看来你还做了点功课。说吧。” # speaker: zhou # mood: neutral
* [把产品折页摊在她桌上，直接讲诺维沙班的几大特点 #act: value.feature_dump #minutes: 3]
    ~ patience = clamp(patience - 15)
    ~ rapport = clamp(rapport - 5)
    “周教授，诺维沙班是我们新上市的Xa因子抑制剂：每日一次，不需要常规监测凝血指标，不受饮食影响，两到四小时达峰……” # speaker: rep
    她看都没看，把折页推了回来。 # speaker: narrator
    “说明书批下来的时候我就看过了，不用念给我听。” # speaker: zhou # mood: annoyed
- -> discovery_practice

=== discovery_practice ===
{patience <= 0: -> patience_out}
她把饭盒推到一边。 # speaker: narrator
“好，你想了解什么？” # speaker: zhou # phase: discovery
* [问她的房颤患者用不用新型口服抗凝药 #act: discovery.closed_question #minutes: 1]
    ~ patience = clamp(patience - 10)
    ~ rapport = clamp(rapport - 5)
    “周教授，您的房颤病人用NOAC吗？” # speaker: rep
    “用。合适的就用。” # speaker: zhou
    她没再往下说，好像这就算答完了。 # speaker: narrator # mood: sceptical
* [问她现在对老年房颤患者怎么做抗凝决策，难在哪里 #act: discovery.open_question #minutes: 3]
    ~ rapport = clamp(rapport + 5)
    “您现在给老年房颤病人决定抗凝，一般是怎么考虑的？实际做起来，哪些地方比指南上写的难？” # speaker: rep
    “指南那部分不难。七十五岁以上，光年龄一项CHA₂DS₂-VASc就是2分，我门诊的病人大多在4分以上，个个都有抗凝指征。难的是别的：HAS-BLED评分3分，去年冬天摔过一跤，肌酐每次查都不一样。” # speaker: zhou # mood: neutral
* [跟她说想先从NAVIGATE-AF的主要结果讲起 #act: discovery.interrupt #minutes: 2]
    ~ patience = clamp(patience - 15)
    ~ rapport = clamp(rapport - 5)
    “周教授，要不我先给您介绍一下NAVIGATE-AF研究，我觉得结果本身就很说明问题……” # speaker: rep
    “说明谁的问题？你还不了解我的病人。” # speaker: zhou # mood: annoyed
- -> discovery_renal

=== discovery_renal ===
{patience <= 0: -> patience_out}
“我的房颤病人六成在七十五岁以上。这里面一半人按Cockcroft-Gault公式算，肌酐清除率不到50，夏天一脱水，不少人会掉到30以下。” # speaker: zhou
* [马上接话：诺维沙班的肾功能剂量调整很简单 #act: discovery.interrupt #minutes: 1]
    ~ patience = clamp(patience - 15)
    ~ rapport = clamp(rapport - 5)
    “周教授，这正是诺维沙班的优势，肾功能不全的时候只要减到10毫克……” # speaker: rep
    “我还没说完。” # speaker: zhou # mood: annoyed
    她没有再回到这个话题。 # speaker: narrator
* [问她是不是每三个月查一次肌酐 #act: discovery.closed_question #minutes: 1]
    ~ patience = clamp(patience - 5)
    “这些病人您是每三个月查一次肌酐吗？” # speaker: rep
    “回来复诊就查。很多人不回来。” # speaker: zhou # mood: neutral
* [复述你听到的内容，确认自己理解得对不对 #act: discovery.active_listening #minutes: 1]
    ~ rapport = clamp(rapport + 5)
    ~ need_renal = true
    “所以问题不在于要不要抗凝，而在于病人的肾功能一直在变，剂量怎么才能跟得上。我这样理解对吗？” # speaker: rep
    “没错。有的病人两次复诊之间，肌酐清除率从55掉到35。给一个八十岁的CKD病人定剂量，每次都像在猜。我要的是数据，不是猜。” # speaker: zhou # mood: pleased # need: renal_dosing
- -> discovery_juniors

=== discovery_juniors ===
{patience <= 0: -> patience_out}
{rapport >= 60:
    她往椅背上靠了靠。 # speaker: narrator
    “而且，大部分处方不是我开的。” # speaker: zhou
- else:
    她的目光已经回到了表格上。 # speaker: narrator
    “还有别的吗？” # speaker: zhou
}
* [问她科里年轻医生平时管这些病人是什么情况 #act: discovery.open_question #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    ~ need_juniors = true
    “这些病人平时主要是谁在管？年轻医生自己管床、自己值班的时候，一般是什么情况？” # speaker: rep
    “住院医生。他们心里怕。值班碰上一例消化道出血，之后八十岁以上的一律停抗凝，要么‘保险起见’给个小剂量，结果谁也没保护到。上个月有个住院医生，给一个肌酐清除率70的病人把剂量减了一半。我要他们按肌酐清除率定剂量，而不是被吓得自己减量。” # speaker: zhou # mood: neutral # need: junior_bleeding_fear
* [跟她说诺维沙班的出血数据能让年轻医生放心 #act: discovery.interrupt #minutes: 2]
    ~ patience = clamp(patience - 10)
    ~ rapport = clamp(rapport - 5)
    “周教授，用了诺维沙班，年轻医生会有底气得多，出血方面的数据很让人放心。” # speaker: rep
    “你还没问我他们到底怕什么。” # speaker: zhou # mood: sceptical
* [问她科里年轻医生开抗凝药有没有把握 #act: discovery.closed_question #minutes: 1]
    ~ patience = clamp(patience - 5)
    “科里的年轻医生开抗凝药有把握吗？” # speaker: rep
    “有把握？没有。” # speaker: zhou
    她没有往下说。 # speaker: narrator # mood: sceptical
- -> discovery_followup

=== discovery_followup ===
{patience <= 0: -> patience_out}
“现在抗凝的病人大部分还在用华法林。我们的抗凝门诊一周要看两百个病人。” # speaker: zhou
* [附和说华法林早就过时了，抗凝门诊纯属浪费她团队的时间 #act: discovery.interrupt #violation: disparagement #minutes: 2]
    ~ patience = clamp(patience - 15)
    ~ rapport = clamp(rapport - 15)
    “说实话周教授，华法林是上世纪五十年代的药了，很多大医院早就换了，抗凝门诊说白了就是在浪费您团队的时间。” # speaker: rep
    “华法林便宜，出了问题有维生素K能拮抗，我的护士用得滚瓜烂熟。我很多病人就是靠它活到今天的。我的门诊是不是在浪费时间，轮不到你来说。” # speaker: zhou # mood: annoyed
* [问她抗凝门诊是不是很忙 #act: discovery.closed_question #minutes: 1]
    ~ patience = clamp(patience - 5)
    “抗凝门诊是不是很忙？” # speaker: rep
    “是。” # speaker: zhou # mood: sceptical
* [问她这些病人的随访怎么做，对病人和她的团队负担有多大 #act: discovery.open_question #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    ~ need_followup = true
    “这些病人的随访是怎么安排的？对病人和您的团队来说，负担有多大？” # speaker: rep
    “两个护士、一个药师，每周二、周四上午，走廊里排长队。县里的病人坐三个小时车，就为了扎一下手指。TTR也就50%左右。最让我担心的恰恰是那些不来复诊的：身体最差、子女请不了假陪他们来的那些。” # speaker: zhou # mood: neutral # need: inr_followup_burden
- -> discovery_registry

=== discovery_registry ===
{patience <= 0: -> patience_out}
{rapport >= 65:
    她把显示器转向你，表格标题是“全省房颤合并CKD登记研究”。 # speaker: narrator
    “这才是我每天晚上真正在忙的事。” # speaker: zhou
- else:
    她又看了一眼显示器上的表格，标题是“全省房颤合并CKD登记研究”。 # speaker: narrator
}
* [问她能不能把用诺维沙班的病人登记进她的研究 #act: discovery.closed_question #minutes: 1]
    ~ patience = clamp(patience - 5)
    ~ rapport = clamp(rapport - 5)
    “周教授，用诺维沙班的病人能不能也登记到您的研究里？” # speaker: rep
    “登记研究是病人用什么药就登记什么药，不是给谁做营销的。” # speaker: zhou # mood: sceptical
* [说不占用她讲科研的时间了，直接看数据 #act: discovery.interrupt #minutes: 1]
    ~ patience = clamp(patience - 5)
    “科研这块就不占用您时间了，我直接给您看数据吧。” # speaker: rep
    “随你。” # speaker: zhou # mood: neutral
* [提起她关于老年CKD患者抗凝的论文，问她希望登记研究回答什么问题 #act: discovery.open_question #act: discovery.active_listening #minutes: 2]
    ~ need_registry = true
    “我拜读过您那篇老年CKD患者抗凝的文章。您希望这个登记研究最终回答什么问题？” # speaker: rep
    {rapport >= 65:
        ~ rapport = clamp(rapport + 10)
        “二十三家医院，四千个七十五岁以上、肌酐清除率低于60的房颤病人。我想知道谁出血、谁卒中，实际给的剂量和肾功能到底匹不匹配。我缺的是这类病人的高质量临床试验数据做对照，还有请数据管理员的经费。” # speaker: zhou # mood: pleased # need: registry_data
    - else:
        ~ rapport = clamp(rapport + 5)
        “老年CKD患者的真实世界结局。这类人群的临床试验数据太少，我们需要有个对照。” # speaker: zhou # mood: neutral # need: registry_data
    }
- -> present_renal

=== present_renal ===
{patience <= 0: -> patience_out}
{rapport < 45:
    “你说你有数据。简短点。” # speaker: zhou # phase: presentation # mood: sceptical
- else:
    “好吧。你说你有数据。” # speaker: zhou # phase: presentation
}
* [照着折页讲：每日一次、不受食物影响、相互作用少、起效快、药片小 #act: value.feature_dump #minutes: 5]
    ~ patience = clamp(patience - 15)
    ~ rapport = clamp(rapport - 5)
    “诺维沙班每日一次，不受食物影响，药物相互作用少，两到四小时达峰，药片小、好吞咽，也不需要常规监测。第四页是药代动力学特点……” # speaker: rep
    “每个Xa因子抑制剂的折页都这么写。这里面哪一条能帮到我那个八十岁、肌酐清除率35的病人？” # speaker: zhou # mood: annoyed
* {need_renal} [把她的肾功能剂量难题和NAVIGATE-AF肾功能亚组研究联系起来，并讲清数据的边界 #act: value.need_linked #act: value.evidence_cited #minutes: 3]
    ~ rapport = clamp(rapport + 10)
    “您刚才说，给老年CKD病人定剂量每次都像在猜。NAVIGATE-AF随机入组了14,200例患者，对照是按INR调整剂量的华法林；其中预设的肾功能亚组研究纳入了3,050例肌酐清除率30到49、用10毫克的患者，卒中或体循环栓塞年发生率1.6%对2.1%，大出血年发生率3.1%对4.0%。剂量调整只有一个界值：按Cockcroft-Gault公式算，肌酐清除率低于50就用10毫克，每日一次。低于30的患者没有入组研究，所以不推荐使用。” # speaker: rep
    “一个界值，住院医生记得住。而且你主动告诉我数据到哪儿为止，你们很多同行不会这么讲。” # speaker: zhou # mood: pleased
* [介绍NAVIGATE-AF的主要结果，疗效和出血一起讲 #act: value.evidence_cited #minutes: 3]
    ~ rapport = clamp(rapport + 5)
    “NAVIGATE-AF纳入了14,200例非瓣膜性房颤患者，中位随访2.1年。和华法林相比，诺维沙班降低了卒中或体循环栓塞的发生，年发生率1.3%对1.7%；大出血年发生率2.4%对3.0%，颅内出血0.4%对0.8%；消化道出血和华法林相近，1.2%对1.1%。” # speaker: rep
    “数字还算实在。但我的病人可不是试验里的‘平均病人’。” # speaker: zhou # mood: neutral
- -> present_bleeding

=== present_bleeding ===
{patience <= 0: -> patience_out}
{need_juniors:
    “那我的住院医生呢？” # speaker: zhou
- else:
    “出血呢？大家不敢开，就是怕出血。” # speaker: zhou
}
* [告诉她用了诺维沙班，年轻医生就不用担心出血了 #act: value.need_linked #violation: misleading_claim #minutes: 1]
    ~ patience = clamp(patience - 10)
    ~ rapport = clamp(rapport - 15)
    “说实话周教授，用诺维沙班，您的住院医生就不用担心出血了。这是目前市面上最安全的抗凝药。” # speaker: rep
    “没有哪个抗凝药不出血。这话你要是当着我住院医生的面说，我会请你出去。说话注意点。” # speaker: zhou # mood: annoyed
* [说出血率“可以接受”，然后把话题转到用药方便上 #act: objections.evade #minutes: 1]
    ~ patience = clamp(patience - 5)
    “出血率在可接受的范围内，跟预期差不多。要不我给您看看它对病人来说有多方便？” # speaker: rep
    “‘可以接受’不是一个数字。” # speaker: zhou # mood: sceptical
* {need_juniors} [客观介绍80岁以上亚组的出血数据，并提出由医学部给住院医生做一次剂量培训 #act: value.need_linked #act: value.evidence_cited #minutes: 2]
    ~ rapport = clamp(rapport + 10)
    “您说住院医生是因为害怕才减量。NAVIGATE-AF里80岁以上的患者有2,600例，大出血年发生率诺维沙班4.1%，华法林5.0%：两种药的出血风险都实实在在，但诺维沙班并不更高。消化道出血数值上略高，1.9%对1.6%，这一点也应该让他们知道。对他们最有帮助的，可能是把说明书上的剂量规则做成一张卡片，因为说明书以外的自行减量是没有数据支持的。如果和科里的教学安排合得上，我们医学部的同事可以来做一次病例讨论，讲剂量和出血处理。” # speaker: rep
    “一张卡片，写清楚肌酐清除率界值和出血以后怎么处理。可以，这个有用，前提是讲医学，不是打广告。” # speaker: zhou # mood: pleased
- -> objection_elderly

=== objection_elderly ===
{patience <= 0: -> patience_out}
{patience < 30:
    她说话明显快了，笔在桌上一下一下地敲着。 # speaker: narrator
}
“这些试验我都有同一个问题：中位年龄72岁。我门诊病人的中位年龄是81岁，三分之一去年摔过跤。” # speaker: zhou # phase: objections # mood: sceptical
* [安慰她说很多医生已经在老年患者身上用了 #act: objections.evade #minutes: 1]
    ~ patience = clamp(patience - 10)
    ~ rapport = clamp(rapport - 5)
    “周教授，省里很多医生已经在老年病人身上用诺维沙班了，反馈都很好。” # speaker: rep
    “那让他们写成文章发表。个人经验不是数据。” # speaker: zhou # mood: sceptical
* [认可她的顾虑，问她最担心哪一类老年患者 #act: objections.acknowledge #act: objections.explore #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    “您这个问题很实在。您说的老年患者里，最担心的是哪一类：容易摔倒的、体重特别低的，还是肾功能在往下走的？” # speaker: rep
    “容易摔的。八十四岁，四十五公斤，摔过两次，肌酐清除率38。这样的病人你们有数据吗？” # speaker: zhou # mood: neutral
    “跌倒的数据我手上没有，不想硬说有。目前有80岁以上的亚组，还有体重低于60公斤患者的分析。有跌倒史的患者到底有哪些数据，我核实清楚再带给您，不瞎猜。” # speaker: rep
    “好。别猜。” # speaker: zhou # mood: neutral
* [指出各亚组结果一致，所以数据显然也适用于她的患者 #act: objections.argue #minutes: 2]
    ~ patience = clamp(patience - 15)
    ~ rapport = clamp(rapport - 10)
    “周教授，恕我直言，所有亚组的结果都是一致的，数据显然也适用于老年患者。” # speaker: rep
    “一个把体弱病人排除在外的试验，亚组结果当然一致。亚组分析就不用你给我上课了。” # speaker: zhou # mood: annoyed
- -> objection_offlabel

=== objection_offlabel ===
{patience <= 0: -> patience_out}
“那低于30的呢？我登记研究里五分之一的人肌酐清除率不到30，还有一些在做血液透析。这些人给多大剂量？” # speaker: zhou
* [肯定问题的价值，说明这在说明书范围以外，提出转给医学信息部书面答复 #act: objections.acknowledge #act: objections.defer_and_commit #act: compliance.medical_referral #minutes: 1]
    ~ rapport = clamp(rapport + 5)
    ~ mi_referral = true
    “这个问题对您的登记研究确实很关键。不过说明书不推荐肌酐清除率低于30或透析的患者使用诺维沙班，这部分我不能给您用药建议。您同意的话，我今天就把您的问题提交给我们公司的医学信息部，由医学同事根据现有数据直接给您书面回复。” # speaker: rep
    “这么回答就对了。而且我本来也更想要书面的。” # speaker: zhou # mood: pleased
* [告诉她其他中心在透析患者中用多大剂量 #act: objections.evidence_response #violation: off_label #minutes: 2]
    ~ rapport = clamp(rapport - 10)
    “私下跟您说，好几家中心给透析病人用10毫克，药代数据看着也没问题。诺维沙班只有三分之一左右经肾脏排泄，应该是安全的。” # speaker: rep
    “在我办公室里没有什么‘私下说’。你是让我凭一个药代研究，就超说明书用你的药？” # speaker: zhou # mood: annoyed
* [说这部分数据有限，把话题拉回已获批的10毫克剂量 #act: objections.evade #minutes: 1]
    ~ patience = clamp(patience - 5)
    “这部分数据确实有限。不过肌酐清除率30到49的话，10毫克的证据很充分。” # speaker: rep
    “我问的是30以下。” # speaker: zhou # mood: sceptical
- -> objection_cost

=== objection_cost ===
{visit_minutes() > 25:
    周教授看了一眼手表。 # speaker: narrator
    ~ patience = clamp(patience - 10)
}
{patience <= 0: -> patience_out}
“最后一个问题。我的病人大多是退休职工，也有参加城乡居民医保的农民。华法林对他们来说几乎不花钱。你这个药病人要花多少？医保报不报？” # speaker: zhou
* [坦言不清楚居民医保的自付比例，承诺核实后周五前发给她 #act: objections.defer_and_commit #minutes: 1]
    ~ rapport = clamp(rapport + 5)
    “诺维沙班已经进了国家医保目录，职工医保和居民医保都能报。不过本省城乡居民医保病人具体自付多少，我不太确定，不想给您报个错的数字。我跟我们市场准入的同事核实一下，周五前发给您秘书。” # speaker: rep
    “周五。我记着。” # speaker: zhou # mood: neutral
* [告诉她和卒中比起来，费用不该是问题 #act: objections.argue #minutes: 2]
    ~ patience = clamp(patience - 10)
    ~ rapport = clamp(rapport - 10)
    “周教授，一天就几块钱，跟中风以后的花费比起来算什么？病人和家属应该把它当成一种投资。” # speaker: rep
    “这话你去跟每个月只有两百来块养老金的农村老太太说。我问的是医保。” # speaker: zhou # mood: annoyed
* [认可她的顾虑，用你掌握的医保信息回答 #act: objections.acknowledge #act: objections.evidence_response #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    “这确实是病人很实际的问题。诺维沙班今年一月起进了国家医保目录，报销范围是非瓣膜性房颤，职工医保的病人每天自付大概两块钱{need_followup:；县里的病人也不用每个月跑来抗凝门诊测INR，不过肾功能还是要定期复查}。至于进不进咱们医院，要由医院药事会来定；药剂科需要什么材料，我这边配合提供。” # speaker: rep
    “两块钱，比他们来一趟抗凝门诊的车费还便宜。行。” # speaker: zhou # mood: neutral
- -> registry_support

=== registry_support ===
{patience <= 0: -> patience_out}
{need_registry:
    她顿了一下。 # speaker: narrator
    “说到登记研究，十月份我们要在新加坡的亚太心律学术会议上报告第一年的数据。科里的经费只够去一个人，去的不会是我。” # speaker: zhou
- else:
    她像是自言自语地提了一句：团队十月份要在新加坡的亚太心律学术会议上报告登记研究数据，科里的经费只够去一个人。 # speaker: narrator
}
* [提出把她科里每位医生用诺维沙班的病人数整理给她做登记研究，反正你平时就在跟这些数 #act: value.need_linked #violation: prescription_tracking #minutes: 1]
    ~ patience = clamp(patience - 20)
    ~ rapport = clamp(rapport - 20)
    “登记研究要是用得上，我可以把您科里每位医生用诺维沙班的病人数整理出来给您，这些数我平时本来就在跟。” # speaker: rep
    “每个医生的处方量？这就是医院明令禁止的统方，医药代表因为这个被禁止进院的不在少数。你要是真在统计这些，赶紧停下。” # speaker: zhou # mood: annoyed
* [说明恒康不能资助个人，但医学部有正式的研究支持申请流程，提出把流程发给她 #act: value.need_linked #minutes: 1]
    ~ rapport = clamp(rapport + 5)
    “恒康不能资助医生个人的差旅，科研经费也不是我该谈的。不过我们医学部受理研究者发起的研究（IIT）的支持申请，有正式、公开的评审流程。您需要的话，我把申请指南和医学部的联系人发给您秘书。” # speaker: rep
    “好，本来就该这么办。发过来吧。” # speaker: zhou # mood: neutral
* [提出由恒康承担她去新加坡的机票和酒店 #act: value.need_linked #violation: improper_benefit #minutes: 1]
    -> asked_to_leave
- -> closing

=== asked_to_leave ===
“周教授，我们恒康很愿意支持您。去新加坡的机票和酒店我们来安排，这么重要的研究，这是我们应该做的。” # speaker: rep
周教授放下了笔。 # speaker: narrator
“你知道自己刚才在说什么吗？医院的廉洁从业规定不允许，你们公司的合规要求也不允许。今天就到这儿，请你出去。回去跟你们经理说清楚是怎么回事。” # speaker: zhou # mood: annoyed # end_visit: asked_to_leave # ending: asked_to_leave
-> END

=== closing ===
{patience <= 0: -> patience_out}
护士敲门：下午第一个病人已经到了。 # speaker: narrator # phase: closing
{visit_minutes() > 26:
    ~ rapport = clamp(rapport - 5)
    周教授已经站起来了，白大褂搭在胳膊上。 # speaker: narrator
    “十五分钟早就过了。” # speaker: zhou # mood: annoyed
- else:
    周教授拿起手机看了看下午的门诊预约。 # speaker: narrator
    “我还有病人在等。” # speaker: zhou
}
* [感谢她抽出时间，留下名片告辞 #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    “谢谢周教授抽时间，这是我的名片。” # speaker: rep
    -> no_next_step
* [把诺维沙班的核心卖点再重复一遍，请她“试一试” #act: value.feature_dump #act: closing.no_next_step #minutes: 3]
    ~ patience = clamp(patience - 10)
    “走之前我再简单总结一下：诺维沙班每日一次，不用监测INR，肾功能剂量调整只有一档，而且进了医保。希望您接下来有合适的病人可以试一试。” # speaker: rep
    -> no_next_step
* [总结她讲的要点，致谢，并提出下次把她要的资料带来 #act: closing.summary #act: closing.thanks #act: closing.next_step #minutes: 2]
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
“两周后，我想把NAVIGATE-AF肾功能亚组研究的详细数据和80岁以上患者的出血数据带给您{mi_referral:；透析病人的问题，医学信息部会直接给您书面回复}。到时候能再占用您二十分钟吗？” # speaker: rep
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
