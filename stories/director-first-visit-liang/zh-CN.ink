# title: 首次拜访：心内科梁国伟主任
# segment: director
# stage: first_visit
# setting: office
# lang: zh-CN
# customer: liang
# dimensions: preparation, opening, discovery, value, objections, closing
# leaves_to: patience_out

// 诺维沙班（Norvixa）、通贝沙班（Trombexa）、NAVIGATE-AF研究和恒康医药均为虚构。
// 代表说出的每一条产品信息都出自信息卡（src/core/world/product.ts），并用 # claim: 标注。
// 梁主任关于DRG、药占比和带量采购的说法，是他对本院情况的看法，不属于产品信息。
// 引擎扮演梁主任（特质见 src/core/world/cast.ts）：好感度从45开始，耐心从55开始。
// 他给到五点，一共25分钟（他的第一句话标 # time_granted: 25）。
// 随访（followup-liang-department-meeting）会记得的承诺：renal_substudy、dosing_card、department_meeting。
// 可能记得的需求：bleeding_readmissions、resident_teaching、cost_share、research_grant。

VAR difficulty = 1
VAR rapport = 45
VAR prepared = false
VAR need_bleeding = false
VAR need_residents = false
VAR figures_given = false

-> prep

=== prep ===
26号，周二，下午一点。四点半你要见梁国伟主任，是通过他的秘书唐老师约的：你约的是十五分钟。 # speaker: narrator
他当了八年心内科主任，是医院药事会委员，拍板很快。诺维沙班目前还没有进院。 # speaker: narrator
你打算怎么准备？ # speaker: narrator
* [过一遍他的背景、科室DRG数据和课题，定一个目标，只带对路的资料 #act: preparation.profile_reviewed #act: preparation.objective_set #act: preparation.material_matched #off_clock #minutes: 30]
    ~ prepared = true
    他的省级课题：房颤患者三十天再入院，四家医院联合，下个月中期检查。医院的DRG运营报表上，心内科的再入院率排在前几位。 # speaker: narrator
    你在本子上写：“目标：弄清房颤再入院给科室带来多大负担，约定一个具体的下一步。他不提进院，我就不提。”文件夹里只有药品说明书、出血处理卡和《清河省抗凝临床路径（2025版）》要点，别的什么都没带。 # speaker: narrator
* [带上二十四页的产品手册和全国上市会的幻灯片：见主任，就得把故事讲完整 #act: preparation.material_unmatched #off_clock #minutes: 10]
    产品手册第一页是苏州工厂的照片，上市会幻灯片一共四十二页。 # speaker: narrator
* [在科室网页上查一下他的职称，把标准版产品手册放进包里，到时候随机应变 #act: preparation.profile_reviewed #act: preparation.material_unmatched #off_clock #minutes: 5]
    “主任医师，心内科主任，硕士研究生导师。”网页三年没更新了。 # speaker: narrator
- -> arrival

=== arrival ===
周二，下午4:35，住院部八楼主任办公室。门诊拖了五分钟。 # speaker: narrator # phase: opening
墙上贴着科室的DRG运营月报，再入院那一栏用红笔圈了出来。桌上摞着一叠药事会的材料。 # speaker: narrator
{
- difficulty > 1:
    “我到五点有空。你是不是在浪费时间，我两分钟就知道。” # speaker: liang # mood: sceptical # time_granted: 25
- else:
    “小唐说你只要十五分钟，也没给我寄宣传册。开头还行。我到五点有空，坐吧。” # speaker: liang # mood: neutral # time_granted: 25
}
* [先感谢他抽时间，再说明身份、来意和需要多长时间 #act: opening.thanks #act: opening.purpose_stated #claim: indication #minutes: 2]
    “梁主任，谢谢您门诊一结束就见我。我是恒康医药负责诺维沙班的代表，诺维沙班是我们每日一次的Xa因子抑制剂，用于成人非瓣膜性房颤的卒中预防。今天主要想了解一下，房颤抗凝的病人给科里带来了哪些压力{prepared:，特别是您课题里研究的再入院问题}；如果对您有用，再分享一组数据。时间上我一定不超。” # speaker: rep
    {prepared:
        “你看过我的课题摘要了。大多数代表只看过我的职称。” # speaker: liang # mood: neutral
    - else:
        “说吧。” # speaker: liang # mood: neutral
    }
* [先好好介绍一下自己和恒康：个人背景、公司历史、心血管领域的产品线 #act: opening.long_intro #minutes: 5]
    “谢谢梁主任。我先介绍一下我自己和恒康。我是沈阳药科大学毕业的，在恒康四年了。恒康1998年成立，现在有六千多名员工，十四个上市产品，心血管领域在研的还有……” # speaker: rep
    他看了看桌上的药事会材料，又看了看你。 # speaker: narrator
    “恒康我知道。时间可是在走。” # speaker: liang # mood: annoyed
* [把产品手册摊在他桌上，一条条讲诺维沙班跟别的药不一样的地方 #act: value.feature_dump #claim: dose_standard #minutes: 3]
    “梁主任，诺维沙班是Xa因子抑制剂，每日一次20毫克，饭前饭后都可以，不需要常规监测凝血……” # speaker: rep
    他用一根手指把手册合上了。 # speaker: narrator
    “我是药事会委员，说明书我看过。” # speaker: liang # mood: annoyed
- -> discovery_practice

=== discovery_practice ===
“好，你想了解什么？” # speaker: liang # phase: discovery
* [问科里的房颤病人现在用不用新型口服抗凝药，主要用哪几种 #act: discovery.closed_question #minutes: 1]
    “梁主任，科里的房颤病人用NOAC吗？” # speaker: rep
    “当然用。” # speaker: liang # mood: sceptical
    他等着，好像这个问题就算答完了。 # speaker: narrator
    过了一会儿，他不冷不热地补了一句： # speaker: narrator
    “想问点有用的，就问问DRG对这些病人有什么影响。现在房颤住院都是按病组打包付费，再入院率挂在院长看的报表上。” # speaker: liang
* [问DRG付费之后，科里的房颤抗凝病人管起来有什么变化，最头疼的是哪里 #act: discovery.open_question #minutes: 2]
    “DRG付费以后，科里管房颤抗凝病人的方式有什么变化？最头疼的是哪一块？” # speaker: rep
    “问到点子上了。现在房颤住院都是按病组打包付费，病例里花的钱，包括药费，都从科室的结余里出。再入院率每个月都列在院长看的报表上。” # speaker: liang # mood: neutral
* [告诉他NAVIGATE-AF的出血结果，能实实在在帮他减轻DRG下再入院指标的压力 #act: discovery.interrupt #act: value.need_linked #links: bleeding_readmissions #act: value.evidence_cited #claim: trial_bleeding #minutes: 2]
    “梁主任，要不我先从NAVIGATE-AF研究讲起。跟华法林相比，大出血年发生率2.4%对3.0%。看您墙上的再入院数字，我觉得我们正好能帮上忙。” # speaker: rep
    “帮什么忙？你连我的问题是什么都还没问。既然你问了，是DRG：房颤住院按病组打包付费，再入院率挂在院长看的报表上。” # speaker: liang # mood: annoyed
- -> discovery_readmissions

=== discovery_readmissions ===
他敲了敲墙上那个红圈。 # speaker: narrator
“上个季度，房颤病人三十天内再入院四十一例，其中十一例是出血。十五天内再入院，医保可能不按新病例付钱，等于治两回只拿一回的钱。” # speaker: liang
* [马上接话：这正是诺维沙班能帮上忙的地方，跟华法林比大出血更少 #act: discovery.interrupt #act: value.need_linked #links: bleeding_readmissions #act: value.evidence_cited #claim: trial_bleeding #minutes: 1]
    “梁主任，这正是诺维沙班能帮上忙的地方。跟华法林相比，大出血年发生率2.4%对3.0%，颅内出血0.4%对0.8%……” # speaker: rep
    “我还没说完。” # speaker: liang # mood: annoyed
* [问这些是不是大多是消化道出血，病人是不是多半从急诊收进来的 #act: discovery.closed_question #minutes: 1]
    “这些大多是消化道出血吗？” # speaker: rep
    “大部分是。还有几例鼻出血止不住的，一例血尿。” # speaker: liang # mood: neutral
* [说每次出血他都吃两遍亏，问真正的问题是不是谁在出血、为什么 #act: discovery.active_listening #minutes: 2]
    ~ need_bleeding = true
    “也就是说，每一例出血科里都要付两次代价：一是医保可能不再单独付钱的病例，二是院长报表上的一条记录。真正的问题是哪些病人在出血、为什么出血。我理解得对吗？” # speaker: rep
    “对。我让人把病历调出来看了，这十一例里至少有五例，剂量跟肾功能对不上。有的给高了；有的‘保险起见’减了量，这些病人回来的时候就不是出血，是卒中了。” # speaker: liang # mood: pleased # need: bleeding_readmissions
- -> discovery_residents

=== discovery_residents ===
{
- rapport >= 60:
    他往椅背上靠了靠。 # speaker: narrator
    “而且这些剂量也不是我开的。” # speaker: liang
- else:
    “还有别的吗？” # speaker: liang # mood: sceptical
}
* [问病房里是谁在启动和调整抗凝，他们觉得最难的是什么 #act: discovery.open_question #minutes: 2]
    ~ need_residents = true
    “病房里一般是谁在给病人启动抗凝、调剂量？他们觉得最难的是什么？” # speaker: rep
    “住院医生，晚上值班的时候，给急诊收上来的病人开。一半人只看肌酐，不算肌酐清除率，剂量靠猜。带教是我的责任，可我手上没有一份不带广告味的教学资料。” # speaker: liang # mood: neutral # need: resident_teaching
* [问他科里的住院医生在抗凝用药剂量方面，最近有没有接受过足够的培训 #act: discovery.closed_question #minutes: 1]
    “科里住院医生在抗凝方面培训得还可以吧？” # speaker: rep
    “还行。” # speaker: liang # mood: sceptical
* [告诉他诺维沙班只有一个剂量调整界值，住院医生的剂量问题就解决了 #act: discovery.interrupt #minutes: 1]
    “梁主任，用诺维沙班的话，剂量规则很简单，住院医生的剂量问题就解决了。” # speaker: rep
    “你都不知道他们的剂量问题出在哪儿。” # speaker: liang # mood: sceptical
- -> present_bleeding

=== present_bleeding ===
“那你手上有什么？” # speaker: liang # phase: presentation
* {need_bleeding} [用NAVIGATE-AF出血数据和肾功能剂量规则回应他的出血再入院，不利的也讲 #act: value.need_linked #links: bleeding_readmissions #act: value.evidence_cited #claim: trial_bleeding #claim: elderly_subgroup #claim: dose_renal #claim: competitor_facts #minutes: 3]
    “您说出血和剂量不对是连在一起的。NAVIGATE-AF研究纳入了14,200例患者，对照是剂量调整的华法林。大出血年发生率2.4%对3.0%，颅内出血0.4%对0.8%。消化道出血，也就是您那十一例里最多的，两组相近：1.2%对1.1%。80岁以上的患者里，消化道出血数值上偏高，1.9%对1.6%，这一点我觉得应该由我先跟您说。剂量规则只有一个界值：Cockcroft-Gault公式算的肌酐清除率30到49时，10毫克每日一次；低于30不推荐使用。这些都是跟华法林比的，跟通贝沙班没有头对头研究。” # speaker: rep
    “你把不占优的地方也讲了。这样的代表比你想的要少。” # speaker: liang # mood: pleased
* {not need_bleeding} [介绍NAVIGATE-AF的主要结果，有效性和出血一起讲 #act: value.evidence_cited #claim: trial_efficacy #claim: trial_bleeding #minutes: 3]
    “NAVIGATE-AF研究纳入14,200例非瓣膜性房颤患者，中位随访2.1年，与剂量调整的华法林相比，卒中或全身性栓塞年发生率1.3%对1.7%。大出血2.4%对3.0%，颅内出血0.4%对0.8%，消化道出血相近，1.2%对1.1%。” # speaker: rep
    “这是跟华法林比。我的病人大部分用的是通贝沙班。” # speaker: liang # mood: neutral
* [把卖点一条条过一遍：每日一次、不用监测、不受饮食影响、不需冷链、已经进了医保 #act: value.feature_dump #claim: dose_standard #claim: storage #claim: insurance #minutes: 4]
    “诺维沙班每日一次，饭前饭后都行，不需要常规监测凝血，30℃以下保存，不需要冷链，今年1月起进了医保，乙类……” # speaker: rep
    “你又在给我念说明书了。” # speaker: liang # mood: annoyed
* [告诉他换成诺维沙班，出血再入院能少五分之一，研究就是这么显示的 #act: value.need_linked #links: bleeding_readmissions #violation: misleading_claim #minutes: 2]
    “梁主任，科里的房颤病人换成诺维沙班，出血再入院能降五分之一，研究结果就是这样。” # speaker: rep
    “研究显示的是大出血比华法林少五分之一。我的病人大部分不用华法林，临床试验也不等于我的病房。这话你要是在药事会上说，药剂科王莉当场就能把你驳回去，连我一起。” # speaker: liang # mood: annoyed
- -> objection_cost

=== objection_cost ===
他把墙上的DRG报表揭下来，摊在你们中间。 # speaker: narrator # phase: objections
“现在说我的问题。你们一天5块6，通贝沙班走带量采购，一天9毛。国家考核早就不考药占比了，可我们医院每个月还是按药占比给科室排名；DRG下面，房颤病例里每一块钱药费都是从科室结余里扣的。” # speaker: liang # mood: sceptical # objection: cost_share # need: cost_share
{difficulty > 1:
    “上个月我们科倒数第二，院长都问了。” # speaker: liang
}
* [跟他说一次卒中给科里带来的代价，远不止一天几块钱的药费 #act: objections.argue #minutes: 1]
    “梁主任，恕我直言，一次卒中花的钱可远不止一天几块钱。” # speaker: rep
    “卒中花多少钱我比你清楚。我问的是药占比。” # speaker: liang # mood: annoyed
* [说成本压力确实不小，问到底压在哪一头：住院期间还是出院以后 #act: objections.acknowledge #act: objections.explore #minutes: 1]
    “这个压力是实实在在的，我不会跟您打马虎眼。我想问一下，压力主要在哪一头：住院那几天，算在DRG病例里的；还是出院以后的门诊处方？” # speaker: rep
    “两头都有。住院期间算在病例里。出院以后是病人和医保的门诊费用，可门诊药占比也算在我们科头上。” # speaker: liang # mood: neutral
* [说价格不归你管，把话题拉回到有效性数据上 #act: objections.evade #minutes: 1]
    “价格这块其实不归我管，梁主任。我们还是回到有效性数据上……” # speaker: rep
    “那归谁管？让我开药的可是你。” # speaker: liang # mood: sceptical
* [马上把数字摆出来：住院五天的病例药费28块，1月起进了医保，其余的周五前书面答复 #act: objections.evidence_response #act: objections.defer_and_commit #claim: price #claim: insurance #minutes: 3]
    ~ figures_given = true
    “那我直接说数字，梁主任：诺维沙班一天5块6，10毫克规格同价，住院五天算进病例的药费是28块钱。进了国家医保目录，乙类，出院以后职工医保的病人一天自付大概两块钱。医院算药占比时国谈药怎么处理，我去问清楚，周五之前给您书面答复。” # speaker: rep
    “多少钱我知道。我问的是它压在排名的哪一头，你都没问我一句。” # speaker: liang # mood: sceptical
- -> objection_cost_answer

=== objection_cost_answer ===
“所以呢？” # speaker: liang
* {not figures_given} [把能确定的讲清楚，算出一次住院的药费，说不准的书面答复 #act: objections.evidence_response #act: objections.defer_and_commit #claim: price #claim: insurance #minutes: 3]
    “我能确定的是：诺维沙班一天5块6，10毫克规格同价，住院五天算进病例的药费是28块钱。今年1月起进了国家医保目录，乙类，出院以后职工医保的病人一天自付大概两块钱。我不确定的是，咱们医院算药占比时国谈药怎么处理，这个我不瞎猜。我去问我们市场准入的同事，周五之前给您书面答复。” # speaker: rep
    “一个病例28块，我能接受。院长盯的是门诊那一头。那就周五。” # speaker: liang # mood: neutral
* {figures_given} [承认自己抢了话，问他哪一头压力更大：住院病例还是门诊排名 #act: objections.acknowledge #act: objections.explore #minutes: 3]
    “您说得对，梁主任，是我抢话了。哪一头压力更大：住院的病例，还是门诊的排名？” # speaker: rep
    “门诊那头。一个病例28块我能接受；院长看的是门诊药占比。所以你周五的答复，就得回答这个。” # speaker: liang # mood: neutral
* [说价格是国家统一定的，这件事你确实没有办法帮科里 #act: objections.evade #minutes: 1]
    “价格是国家谈下来的，梁主任，这个我也没办法。” # speaker: rep
    “没人让你改价格。我问的是它对我们科有什么影响。” # speaker: liang # mood: sceptical
* [坚持说它减少的出血完全抵得过这点药费，算下来科里反而省钱 #act: objections.argue #minutes: 1]
    “说实话，梁主任，它减少的那些出血，完全抵得过这点药费，数据摆在那儿。” # speaker: rep
    “拿我们科的DRG数据给我看，别拿你们的宣传册。” # speaker: liang # mood: annoyed
- -> objection_formulary

=== objection_formulary ===
“就算我认可你的数据。药事会有通贝沙班的集采任务量要完成，药剂科每个季度都要通报。心内科主任站出来替一个贵六倍的原研药说话，会上所有人都会觉得我收了厂家的好处。” # speaker: liang # mood: sceptical # objection: formulary_politics
{difficulty > 1:
    “而且王莉会找你要预算影响分析，你们拿不出来。” # speaker: liang
}
* [说这确实为难，问他想给哪类病人留个选择，再讲他们的数据 #act: objections.acknowledge #act: objections.explore #act: objections.evidence_response #claim: dose_renal #claim: renal_substudy #claim: competitor_facts #minutes: 3]
    “我理解。进不进院是药事会的决定，我不会让您替我扛这个。我想请教一下：如果有得选，您希望给哪些病人多一个选择？” # speaker: rep
    “肌酐清除率三十到五十之间的。还有独居、老忘了晚上那顿药的老人。” # speaker: liang # mood: neutral
    “第一类病人有预设的肾功能亚组研究：3,050例肌酐清除率30到49、服用10毫克的患者，卒中或全身性栓塞年发生率1.6%对2.1%，大出血3.1%对4.0%，对照是华法林。诺维沙班每日一次，通贝沙班是5毫克每日两次。两者没有头对头研究，所以我不能说谁更好。如果药事会需要，药剂科王老师会通过正式流程拿到完整的申报资料。” # speaker: rep
    “给一类明确的病人多一个选择，而不是全面替换。这话我在药事会上说得出口。不过我要看原文，不要你的摘要。” # speaker: liang # mood: pleased
* [点出集采是谁便宜谁中标，不少医生对集采药的质量其实心里没底 #act: objections.argue #violation: disparagement #minutes: 2]
    “梁主任，咱们私下说，集采就是谁价低谁中标，不少医生对集采药的质量心里都没底。” # speaker: rep
    “集采药跟你们的药一样要过审批。别在我办公室里贬低别家的产品，我见过有代表因为比这还轻的事被禁止进院。” # speaker: liang # mood: annoyed
* [建议让周教授在药事会上替他提出来，这样就不用他自己出面 #act: objections.evade #minutes: 1]
    “要不请周教授在药事会上提一下，梁主任，这样就不用您出面了。” # speaker: rep
    “周教授提什么她自己决定。别在我们科里搞这些小动作。” # speaker: liang # mood: annoyed
- -> grant_support

=== grant_support ===
他把一本装订好的报告推过来：《房颤患者三十天再入院：四中心研究》。 # speaker: narrator
“我的省级课题，下个月中期检查。要是做成了，这就是我们科的招牌。我缺一个干一年的数据管理员，文章也还差一篇。” # speaker: liang # need: research_grant
“那你说说，恒康到底能为科里做点什么？” # speaker: liang
* {need_residents} [说明恒康不能出钱请数据管理员或资助科室，介绍医学部的研究支持途径，提出给住院医生做一张按说明书整理的剂量卡 #act: compliance.declined #act: value.need_linked #links: resident_teaching #promise: dosing_card #minutes: 2]
    “梁主任，我跟您直说：恒康不能出钱请数据管理员，也不能资助科室或者科里任何个人，我们做的任何事都不能跟处方挂钩。现有的途径是：我们医学部受理研究者发起的研究（IIT）的支持申请，走正式流程，和销售是分开的。我可以把申请指南和医学部的联系人发给唐老师。住院医生那边，我给他们带一张一页纸的剂量卡：Cockcroft-Gault公式加上说明书里的肌酐清除率分界，医学部审核过，不带任何广告。” # speaker: rep
    “好。本来就该这么办。那张卡，我明天就用得上。” # speaker: liang # mood: neutral
* {not need_residents} [说明恒康不能出钱请数据管理员、不能资助科室，介绍医学部的研究支持途径 #act: compliance.declined #minutes: 2]
    “梁主任，我跟您直说：恒康不能出钱请数据管理员，也不能资助科室或者科里任何个人，我们做的任何事都不能跟处方挂钩。现有的途径是：我们医学部受理研究者发起的研究（IIT）的支持申请，走正式流程，和销售是分开的。我可以把申请指南和医学部的联系人发给唐老师。” # speaker: rep
    “好。本来就该这么办。” # speaker: liang # mood: neutral
* [跟他交个底：你这个季度在医院的指标是3,000盒，心内科要是帮你完成，你就在公司里全力给他的课题争取支持 #act: value.need_linked #links: research_grant #violation: sales_quota #minutes: 2]
    -> asked_to_leave
* [说恒康非常重视他们科，你回去看看能做点什么 #violation: improper_benefit #minutes: 1]
    “梁主任，恒康非常重视咱们科，我回去看看能做点什么。” # speaker: rep
    “那数据管理员一年的费用，小唐回头发给你。” # speaker: liang # mood: neutral
    你本来只是客气一句。他却当成了答应。 # speaker: narrator
- -> year_end_dinner

=== asked_to_leave ===
“梁主任，我跟您交个底。我这个季度在咱们医院的指标是3,000盒，心内科要是能帮我完成，您课题的事我在公司里一定全力争取。” # speaker: rep
梁主任把报告收回了抽屉。 # speaker: narrator
“你刚才是在一个药事会委员的办公室里，提出用科研经费换处方。今天就到这儿。再让我听到这种话，医院纪检监察室也会听到。” # speaker: liang # mood: annoyed # end_visit: asked_to_leave # ending: asked_to_leave
-> END

=== year_end_dinner ===
他压低了声音。 # speaker: narrator
“还有件事，咱们私下说。科里年底聚餐，医生护士六十来个人，能安排的话，再去青山温泉住一晚。以前负责这片的厂家每年都会帮忙。具体的小唐跟你说。” # speaker: liang # mood: neutral
{difficulty > 1:
    “别的厂家现在也都有办法。” # speaker: liang
}
* [明确说不行，讲清原因，再说能提供哪些学术支持 #act: compliance.declined #rapport: -10 #minutes: 1]
    “梁主任，年底聚一聚对大家意味着什么，我明白；我宁可现在跟您说实话，也不想答应下来以后给您添麻烦。恒康不能以任何名义为科室的聚餐、旅游或娱乐活动买单，这些规定保护的是医院，也是我们。我能为科里做的是学术上的：给住院医生的带教、他们用得上的资料，还有您课题的研究支持申请途径。” # speaker: rep
    {
    - rapport >= 80 + 15 * (difficulty - 1):
        他看了你好一会儿。 # speaker: narrator
        “回答得好。护士们每年都来问，我就得问一句。说实话，一个药事会委员，也不需要一张跟药企一起泡温泉的照片。” # speaker: liang # mood: neutral
        -> closing
    - else:
        -> hold_line
    }
* [答应下来，以学术会议的名义安排，会后在温泉酒店聚餐 #act: relationship.transactional #violation: improper_benefit #minutes: 2]
    -> dinner_promised
* [说你回去问问经理，看预算允不允许，这周给他回话 #violation: improper_benefit #minutes: 1]
    “梁主任，我回去问问经理，看预算允不允许。” # speaker: rep
    “好。” # speaker: liang # mood: neutral
    你以为这是个台阶。在他听来，这是个承诺。 # speaker: narrator
    -> closing

=== hold_line ===
“那我就不知道恒康能干什么了。以前的厂家总有办法。” # speaker: liang # mood: annoyed
他把药事会材料往你这边推了推，好像谈话随时可以到此为止。 # speaker: narrator
“你再考虑考虑。具体的找小唐。” # speaker: liang
* [平静地再说一遍：不管用什么名义都不行，能给的是住院医生的带教 #act: compliance.declined #minutes: 1]
    “梁主任，我考虑过了，答复不会变：聚餐、旅游，不管用什么名义都不行。这话我宁可今天当面跟您说，也不想明年让纪检监察室来说。我能带来的，是给住院医生的带教。” # speaker: rep
    他沉默了一会儿。 # speaker: narrator
    “至少你两次说的是一样的话。大多数人做不到。” # speaker: liang # mood: neutral
* [说你回去看看能不能换个小一点的办法：只请科里的医生，不住酒店 #violation: improper_benefit #minutes: 1]
    “梁主任，要不搞个小一点的：就请医生，不住酒店。我回去看看怎么安排。” # speaker: rep
    “好。小唐会联系你。” # speaker: liang # mood: neutral
    你刚刚跟他谈的，是一笔贿赂的大小。 # speaker: narrator
- -> closing

=== dinner_promised ===
“没问题，梁主任。我们就按学术会议来办：下午安排一个简短的讲课，晚上聚餐，在酒店住一晚。具体的我跟唐老师对接。” # speaker: rep
“好。以前怎么办的，小唐都清楚。” # speaker: liang # mood: pleased
他站了起来，这次拜访结束了。 # speaker: narrator
电梯里你打开费用系统。六十个人在温泉酒店住一晚，找不到能报的科目；申请单上写的会是你的名字，还有他的。 # speaker: narrator # ending: dinner_promised
-> END

=== closing ===
他瞄了一眼药事会的材料。 # speaker: narrator # phase: closing
“明天之前我还有两百页要看。” # speaker: liang
* [谢谢他抽出时间，把名片留在他桌上，说有事随时联系 #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    “谢谢梁主任抽时间，这是我的名片。” # speaker: rep
    -> no_next_step
* [把他讲的几点再过一遍，道谢，提出把肾功能亚组研究原文和书面答复一起送来 #act: closing.summary #act: closing.thanks #act: closing.next_step #promise: renal_substudy #minutes: 2]
    -> next_step
* [把诺维沙班的核心信息再强调一遍，请他在药事会上支持 #act: value.feature_dump #act: closing.no_next_step #minutes: 3]
    “梁主任，我最后再强调一下：每日一次，肾功能只有一个剂量调整界值，今年1月进了医保。药事会上还请您多支持。” # speaker: rep
    -> no_next_step

=== no_next_step ===
{
- rapport >= 75:
    他点点头，像是还想说什么，最后还是拿起了最上面那份药事会材料。 # speaker: narrator
    “资料留给小唐吧。” # speaker: liang # mood: neutral
    进了电梯你才反应过来：科里需要什么，他都告诉你了，你却什么也没答应带给他。 # speaker: narrator # ending: missed_opportunity
- else:
    他已经在看材料了。 # speaker: narrator
    “好，谢谢。” # speaker: liang # mood: neutral
    你的名片留在桌角，压在了药事会材料下面。 # speaker: narrator # ending: polite_dismissal
}
-> END

=== next_step ===
“谢谢梁主任，我跟您确认一下我理解得对不对。” # speaker: rep
{need_bleeding:
    “出血再入院让科里付两次代价，其中好几例剂量跟肾功能对不上。” # speaker: rep
}
{need_residents:
    “住院医生晚上给病人启动抗凝，需要不带广告的教学资料。” # speaker: rep
}
“药占比挂在每个月的排名上，进院得靠药本身的数据在药事会上站得住。” # speaker: rep
“周五之前，我把国谈药在药占比里怎么算的情况书面发给您，再把NAVIGATE-AF肾功能亚组研究的原文给您送来{need_residents:，住院医生的剂量卡等医学部审核完一起带来}。” # speaker: rep
{
- rapport >= 80 && need_bleeding:
    他把DRG报表翻过来，在背面写了几个字。 # speaker: narrator
    “原文，好。还有你一直说的带教：要是你们的医学顾问能认真讲，我给她一次周四的科室会。就讲我调出来的那五个病例，按肾功能定剂量，不要产品幻灯片。原则上就这么定；具体日期，等我看完原文让小唐定。” # speaker: liang # mood: pleased
    -> meeting_terms
- rapport >= 55:
    “先把周五的答复和原文发过来。站得住的话，其他的再说。” # speaker: liang # mood: neutral
    还不算约上了，但他主动要了东西。 # speaker: narrator # ending: material_requested
- else:
    “留给小唐吧，我有空再看。” # speaker: liang # mood: sceptical
    你带上门的时候，他头都没抬。 # speaker: narrator # ending: polite_dismissal
}
-> END

=== meeting_terms ===
* [接受他的要求，并说会按医院规定作为学术活动备案 #act: closing.next_step #promise: department_meeting #minutes: 1]
    “好的，梁主任：讲您的病例，按肾功能定剂量，不放产品幻灯片。我们医学顾问来准备，按医院的规定作为学术活动报备。” # speaker: rep
    “好。周五的答复发给我，抄送药剂科王莉：药事会哪天要你们的资料，走她那边，不走我这边。” # speaker: liang # mood: pleased
    他亲手在日程本上写下：“恒康：科室会，原则同意”。 # speaker: narrator # ending: next_meeting_booked
* [问他在那之前科里能让多少病人用上诺维沙班，好让住院医生有病例可讨论 #act: relationship.transactional #minutes: 1]
    “太好了，梁主任。那在这之前，您看科里能让多少病人先用上诺维沙班？这样住院医生讨论的时候就有自己的病例了。” # speaker: rep
    他的笔停了。 # speaker: narrator
    “住院医生讨论他们手上有的病人。病人用什么药是临床决定，不关你的事。把原文送来吧。” # speaker: liang # mood: annoyed # ending: material_requested
* [建议把科室会放到对面酒店，边吃边讲，来的医生会多一些 #violation: improper_benefit #minutes: 1]
    “太好了。梁主任，要不科室会就放到对面酒店，边吃边讲？来的医生会多一些。” # speaker: rep
    “十分钟前你才跟我说恒康不请吃饭，现在又要请。原文送给小唐吧，科室会以后再说。” # speaker: liang # mood: annoyed # ending: meeting_withdrawn
- -> END

=== patience_out ===
梁主任把面前的药事会材料码整齐。 # speaker: narrator
“不好意思，我就这么多时间了。带来的东西留给小唐吧。” # speaker: liang # mood: annoyed # ending: patience_exhausted
-> END
