# title: 新药进院沟通：药剂科王莉副主任药师
# segment: pharmacist
# stage: first_visit
# setting: office
# dimensions: preparation, opening, discovery, value, objections, closing
# lang: zh-CN
# customer: wang
# leaves_to: patience_out

// 诺维沙班（Norvixa）、NAVIGATE-AF研究、通贝沙班（Trombexa）和恒康医药均为虚构。
// 代表说出的每一条产品信息都出自信息卡（src/core/world/product.ts），并用 # claim: 标注。
// 本篇代表可以讲的事实：价格（每片5.60元，两个规格同价）、医保（2026年1月起国家医保目录乙类，
// 职工医保每日自付约2元）、储存（30 ℃以下原包装保存，有效期36个月，无需冷链）、通贝沙班5 mg每日两次、
// 已纳入国家带量采购约每日0.90元、两者没有头对头研究。除此以外的任何节省费用的数字都没有依据。
// 信息卡只写了诺维沙班进入国家医保目录（乙类），没有写是否为谈判药品、是否纳入本省“双通道”管理，
// 所以代表两者都不断言，只请对方以公布的名单为准。最佳路径所讲的政策（国家政策，不是产品信息）：
// 对国家医保谈判药品，医疗机构应根据临床需要及时配备，不得以医保总额控制、用药品种数量限制、药占比等
// 为由影响配备使用；但这并不要求药事会必须进哪个药。“双通道”：省里纳入双通道管理的谈判药品，定点医疗
// 机构开具的处方可在定点零售药店取药，执行统一的医保支付政策；它不能代替进院。
// 交给客户的只能是获批资料：formulary_dossier、pharmacoeconomic_summary、label。
// 王莉由引擎扮演（细致、讲规矩、不吃套近乎那一套），rapport 由引擎写入，本故事只读不写。

VAR difficulty = 1
VAR rapport = 40
VAR has_dossier = false
VAR need_criteria = false
VAR need_cost = false
VAR need_supply = false
VAR heco_promised = false
VAR policy_clear = false
VAR dual_clear = false

-> before_visit

=== before_visit ===
梁国伟主任的心内科已经提交了诺维沙班的新药进院申请。药剂科副主任、药事会秘书王莉答应周四见你，给了二十五分钟。药事会18号开会，4号截止收材料。 # speaker: narrator
你还有两天时间准备。 # speaker: narrator
* [带上产品手册和一摞NAVIGATE-AF文献：数据自己会说话 #act: preparation.material_unmatched #off_clock]
    你装上产品手册和二十份NAVIGATE-AF主文献。拜访哪位医生你都带这些。 # speaker: narrator
* [向药剂科要来新药申报清单，按清单备齐材料，读她的论文，定一个目标：弄清药事会看重什么 #act: preparation.profile_reviewed #act: preparation.objective_set #act: preparation.material_matched #off_clock]
    ~ has_dossier = true
    药剂科办公室把申报材料清单发到了你的邮箱，一共十一项。你读了王莉那篇关于带量采购后药品替代使用的论文，又看了药事会公开的工作流程，然后和总部对接了一个晚上，把每一项都补齐：最近三批的检验报告、本省平台的挂网信息、供货保障承诺函、总经理签字的廉洁购销承诺书。医学部还加上了上个月审核过的药物经济学摘要。 # speaker: narrator
    这次的目标一句话就能写完：弄清药事会要权衡什么、她的上会材料还缺什么。不是去要她的票。 # speaker: narrator
* [了解她的职务和她写的带量采购论文，带上总部统一下发的进院资料包 #act: preparation.profile_reviewed #act: preparation.material_unmatched #off_clock]
    你读了她那篇关于带量采购后药品替代使用的论文。进院资料包是总部发给全国所有医院的同一套，你没有拿它和什么清单核对过。 # speaker: narrator
- -> arrival

=== arrival ===
周四下午2点，门诊楼二楼药剂科办公区。一面墙摆满了文件夹，每个都贴着药事会的日期。 # speaker: narrator # phase: opening
王莉端坐在一张收拾得干干净净的办公桌后面，桌上只有一样东西：心内科的新药申请表，梁主任已经签了字。 # speaker: narrator
“恒康医药。你约了二十五分钟。心内科的申请在这儿。” # speaker: wang # mood: neutral # time_granted: 25
{difficulty > 1:
    “这周你是第三家了。请讲重点。” # speaker: wang # mood: sceptical
}
* [感谢她抽时间，说明身份和来意，守住二十五分钟 #act: opening.thanks #act: opening.purpose_stated #minutes: 2]
    “王主任，谢谢您抽时间见我。我是恒康医药负责诺维沙班的代表。心内科已经提交了进院申请，我今天来，是想了解药事会做决定需要哪些信息，确保您的上会材料里我们该提供的都齐全。最多占用您二十五分钟。” # speaker: rep
    “好。那就抓紧。” # speaker: wang # mood: neutral
* [热络地开场：叫她“王姐”，夸窗台上的兰花，再提一句听说她女儿今年高考 #act: relationship.transactional #rapport: -5 #minutes: 2]
    “王姐，您这盆兰花养得真好！听说您家闺女今年高考，您肯定特骄傲吧……” # speaker: rep
    “叫王主任就行。我家里的事不在药事会的议程上。” # speaker: wang # mood: annoyed
* [正式介绍一下自己和恒康：个人经历、公司历史、行业排名和新建的工厂 #act: opening.long_intro #minutes: 4]
    “我先介绍一下我自己和恒康。我三年前从一家医药商业公司过来。恒康1998年成立，是国内医药工业五十强之一，去年还在泰州新建了一个片剂工厂……” # speaker: rep
    她一直等到你说完。 # speaker: narrator
    “药事会审的是药，不是公司。” # speaker: wang # mood: sceptical
- -> discovery_criteria

=== discovery_criteria ===
她双手交叠放在申请表上。 # speaker: narrator
“你说。” # speaker: wang # phase: discovery
* [问她诺维沙班能不能上18号的会 #act: discovery.closed_question #minutes: 1]
    “诺维沙班能上18号的会吗？” # speaker: rep
    “议程是主任委员定的。4号前材料齐全的申请才会审议。” # speaker: wang # mood: sceptical
* [告诉她诺维沙班进了医保、也进了省临床路径，药事会要看的条件都已经满足了 #act: value.need_linked #links: committee_criteria #act: value.evidence_cited #claim: insurance #claim: guideline #minutes: 2]
    “王主任，诺维沙班今年一月起就进了国家医保目录乙类，《清河省抗凝临床路径（2025版）》也把包括诺维沙班在内的Xa因子抑制剂列为优于华法林的首选。药事会要看的条件，它都满足了。” # speaker: rep
    “什么条件？你还没问过药事会看什么。临床路径我看过。” # speaker: wang # mood: sceptical
* [问她药事会对一个新药是怎么做决定的，申请一般卡在哪里 #act: discovery.open_question #minutes: 3]
    ~ need_criteria = true
    “药事会审一个新药，一般是怎么做决定的？申请通常卡在哪些地方？” # speaker: rep
    “四个问题。现有目录有没有覆盖不到的临床需求；花多少钱，单个病人多少、总共多少；能不能稳定供应、好不好储存；材料齐不齐。大部分申请还没讨论前三个问题，就倒在最后一个上。上个季度我退回了六份：没有批检验报告的，挂网信息是外省的，药物经济学研究拿安慰剂做对照的。” # speaker: wang # mood: neutral # need: committee_criteria
* [先讲NAVIGATE-AF：药事会首先要看的肯定是疗效 #act: discovery.interrupt #minutes: 2]
    “我想先从NAVIGATE-AF研究讲起，药事会首先要看的肯定是疗效数据……” # speaker: rep
    “药事会看什么，取决于我往会上拿什么材料。这个你现在还不知道。” # speaker: wang # mood: sceptical
- -> discovery_cost

=== discovery_cost ===
“我先说说我们的情况。我们已经有一个Xa因子抑制剂了：通贝沙班，国家带量采购中选品种，一天九毛钱，而且有约定采购量必须完成。心内科的药占比已经连续两个季度超标。现在心内科又要进第二个，一天五块六。” # speaker: wang
* [问她药占比考核是不是卡得很严，药事会这边有没有一点通融的余地 #act: discovery.closed_question #minutes: 1]
    “药占比考核卡得严吗？药事会这边有没有一点通融的余地？” # speaker: rep
    “严。” # speaker: wang # mood: sceptical
* [马上接话：诺维沙班每日一次，多花的钱是值得的 #act: discovery.interrupt #claim: dose_standard #minutes: 1]
    “可是王主任，诺维沙班每天只吃一次，多花这点钱绝对值……” # speaker: rep
    “对谁值？我还没说完。” # speaker: wang # mood: annoyed
* [“就是说：同类还更贵，凭什么要进？材料还得您来写？” #act: discovery.active_listening #minutes: 2]
    ~ need_cost = true
    “也就是说，药事会要问的是：医院有带量采购约定量要完成，心内科药占比又有压力，为什么还要再进一个同类而且更贵的药？而回答这个问题的材料，要由您来写。我理解得对吗？” # speaker: rep
    “没错。主任委员会问我两件事：它能做到什么通贝沙班做不到的，医院要为它多花多少钱。我的材料要是不能把这两个问题答清楚、每条都有出处，就过不了，而材料是我写的。” # speaker: wang # mood: neutral # need: cost_argument
- -> discovery_supply

=== discovery_supply ===
{rapport >= 55:
    她摘下眼镜，揉了揉鼻梁。 # speaker: narrator
    “还有一个问题，从来没有哪家企业问过。” # speaker: wang
- else:
    “还有别的吗？” # speaker: wang
}
* [问她药库库容够不够 #act: discovery.closed_question #minutes: 1]
    “药库库容够吗？” # speaker: rep
    “不太够。” # speaker: wang # mood: neutral
* [问她新药进院以后，药剂科这边最容易出什么问题 #act: discovery.open_question #minutes: 2]
    ~ need_supply = true
    “新药进了目录以后，药剂科这边最容易出什么问题？” # speaker: rep
    “断货。去年冬天，我们目录里的一个抗凝药断货了三个星期。配送企业说是厂家的问题，厂家说是配送的问题，我们的护士挨个给别的医院打电话借药。再就是储存：药库已经满了，夏天病区药柜里能到二十八度以上。还有近效期的药，谁都不肯退换。” # speaker: wang # mood: neutral # need: supply_security
* [说物流的事就不占用她时间了，直接讲临床价值 #act: discovery.interrupt #minutes: 1]
    “物流这些就不占用您时间了，我给您讲讲临床价值。” # speaker: rep
    “物流的事，就是我的正事。” # speaker: wang # mood: sceptical
- -> present_dossier

=== present_dossier ===
“把你带来的东西给我看看。” # speaker: wang # phase: presentation
* {has_dossier} [把按她清单排好的申报材料交给她，并讲一讲其中的临床证据和价格 #act: value.need_linked #links: committee_criteria #act: value.evidence_cited #claim: indication #claim: trial_efficacy #claim: trial_bleeding #claim: guideline #claim: price #claim: insurance #gives: formulary_dossier #minutes: 4]
    “材料是按您的清单逐项排的。药品注册证书和说明书：适应症是伴有一个或多个危险因素的成人非瓣膜性房颤患者，预防卒中和全身性栓塞。质量标准和最近三批的检验报告。本省平台的挂网信息：每片5.60元，10毫克和20毫克同价。医保文件：今年一月起进入国家医保目录乙类。临床证据：NAVIGATE-AF研究，14,200例患者，对照华法林，卒中或全身性栓塞年发生率1.3%对1.7%，大出血2.4%对3.0%，颅内出血0.4%对0.8%，消化道出血相近，1.2%对1.1%。《清河省抗凝临床路径（2025版）》将包括诺维沙班在内的Xa因子抑制剂列为优于华法林的首选。最后两项是供货保障承诺函和廉洁购销承诺书。” # speaker: rep
    她拿着铅笔，对着清单一项一项地核，一句话也没说。 # speaker: narrator
    {need_criteria:
        “批检验报告有。挂网信息是本省的。承诺书签了字。这是我这个月收到的第一份齐全的材料。” # speaker: wang # mood: pleased
    - else:
        “按我的清单，是齐的。”她合上材料，“至于能不能回答药事会要问的问题，那是另一回事。你一直没问过我药事会要问什么。” # speaker: wang # mood: neutral
    }
* {not has_dossier} [把手上的资料交给她，照她的清单如实说明还缺什么，并承诺补齐的日期 #act: objections.defer_and_commit #act: value.evidence_cited #claim: trial_efficacy #claim: trial_bleeding #gives: label #promise: missing_documents #minutes: 3]
    “这是总部的标准资料包：注册证书、说明书，还有NAVIGATE-AF研究，对照华法林，卒中或全身性栓塞年发生率1.3%对1.7%，大出血2.4%对3.0%。对照您的清单，还缺批检验报告和本省的挂网信息。这两样周一前给您补齐。” # speaker: rep
    “周一。4号之前不到，就只能等下个季度。” # speaker: wang # mood: neutral
* [拿产品手册给她讲：每日一次、无需常规监测、不受饮食影响 #act: value.feature_dump #claim: dose_standard #minutes: 3]
    “诺维沙班20毫克每日一次，饭前饭后都可以，不需要常规监测凝血。手册第二页……” # speaker: rep
    “我不开处方，我管进院。申报材料呢？” # speaker: wang # mood: annoyed
- -> present_supply

=== present_supply ===
{need_supply:
    “那我说的断货呢？” # speaker: wang
- else:
    “供应。谁来配送，送不上怎么办？” # speaker: wang
}
“我先把话说在前面：上一个新药的配送企业，因为回款和发票的纠纷停了货。这种事我不想再经历一次。” # speaker: wang # objection: supply_risk
* [让她放心，恒康是大企业，供应从来不是问题 #act: objections.evade #minutes: 1]
    “王主任您放心，恒康是大企业，供应从来不是问题。” # speaker: rep
    “每家企业都这么说。去年冬天那家也这么说。” # speaker: wang # mood: sceptical
* [提出发票和回款你亲自去跟配送企业盯，反正你这个季度的指标就靠这家医院 #act: value.need_linked #links: supply_security #violation: sales_quota #minutes: 1]
    “发票的事交给我，回款我亲自去跟配送公司盯。说实话，我这个季度的指标就靠咱们医院了，我肯定不会让它卡住。” # speaker: rep
    她把铅笔放下了。 # speaker: narrator
    “你的季度指标不是药事会要考虑的事。医药代表也不能碰我们的发票和回款，按备案管理的规定，光这一条就可以上报。我就当没听见。” # speaker: wang # mood: annoyed
* [讲清储存条件和配送渠道，并说明回款和发票从不经代表的手 #act: value.need_linked #links: supply_security #claim: storage #minutes: 2]
    “先说储存：30℃以下原包装保存，有效期36个月，不需要冷链。配送方面，由清河医药物流配送，省平台上本来就是由它给咱们医院配送。恒康的供货保障承诺函{has_dossier:在材料里|会和缺的材料一起送来}，上面有我们供应链负责人的联系方式，出了问题可以直接找他。回款和发票是医院和配送企业之间的事，我作为代表一概不经手。但只要有一次送货没到，我当天就通知我们供应链的同事。” # speaker: rep
    “36个月，不用冷链，我们的药柜能应付。你也知道代表哪些事不能做。很好。” # speaker: wang # mood: pleased
- -> objection_price

=== objection_price ===
“现在说主任委员一定会问我的问题。通贝沙班一天九毛，我们还有带量采购约定量。诺维沙班一天五块六。医院凭什么要进？” # speaker: wang # phase: objections # mood: sceptical # objection: price_gap
{difficulty > 1:
    “而且主任委员已经说过了：今年除非有明确的临床空白，带量采购以外的新药一律不进。” # speaker: wang
}
* [告诉她预防卒中的决定，不应该由价格来左右 #act: objections.argue #minutes: 2]
    “恕我直言，王主任，预防卒中这样的事，不应该由价格来左右。” # speaker: rep
    “药事会就是管价格的。临床价值是心内科要论证的，能不能负担得起是我要论证的。” # speaker: wang # mood: annoyed
    -> drug_share
* [马上把数字摆出来：医保、每日一次、10毫克同价、出血结果 #act: objections.evidence_response #act: value.evidence_cited #claim: insurance #claim: dose_standard #claim: price #claim: trial_bleeding #minutes: 2]
    “那我直接说数字。诺维沙班今年一月起进了国家医保目录乙类，职工医保的病人每天自付大约两块钱。每日一次，10毫克和20毫克同价。和华法林相比，NAVIGATE-AF里颅内出血年发生率是0.4%对0.8%。” # speaker: rep
    “和华法林比。我问的是通贝沙班和带量采购约定量，你回答的是我没问的问题。” # speaker: wang # mood: sceptical
    -> drug_share
* [承认每天差了六倍，不回避，再问药事会最看重哪一块 #act: objections.acknowledge #act: objections.explore #minutes: 1]
    “每天的费用差了六倍，这一点我不回避。想请教一下，药事会最看重的是哪一块：日均费用、总预算，还是带量采购约定量？” # speaker: rep
    “约定量。心内科要是把病人从通贝沙班换走，约定量完不成，要担责任的是药剂科。” # speaker: wang # mood: neutral
    -> price_answer
* [暗示带量采购中选的都是报价最低的，质量和供应其实靠不住 #act: objections.argue #violation: disparagement #minutes: 2]
    “私下说一句，带量采购中选靠的就是报价最低。业内都知道，这些产品的质量和供应其实靠不住。” # speaker: rep
    “通贝沙班我们用了两年，一起质量投诉都没有。你要是有证据，去向监管部门举报；没有证据，就别在我办公室里说。” # speaker: wang # mood: annoyed
    -> drug_share

=== price_answer ===
她拿着铅笔等你往下说。 # speaker: narrator
* [只讲能负责的：没有头对头研究、用法、价格、医保；怎么进、限不限定范围由药事会定 #act: objections.evidence_response #claim: competitor_facts #claim: dose_standard #claim: price #claim: insurance #minutes: 2]
    “那我只讲我能负责的部分。诺维沙班和通贝沙班没有头对头研究，所以我没法告诉您哪个预防卒中更好，任何比较都只能基于各自的独立研究。确定的事实是：诺维沙班每日一次，通贝沙班5毫克每日两次；诺维沙班10毫克和20毫克同价；今年一月起进了国家医保目录乙类，职工医保的病人每天自付大约两块钱。这些够不够理由再进一个品种、用在哪些病人身上，要由药事会和心内科来界定；要不要限定使用范围、保住约定量，也是药事会的决定，不是我的。” # speaker: rep
    “‘没有头对头研究，任何比较都只能基于各自的独立研究。’这句话我可以原样写进材料。大部分企业不肯承认这一点。” # speaker: wang # mood: pleased
* [向她保证心内科只会在少数病人身上用，约定量不会受影响 #act: objections.evade #minutes: 1]
    “王主任您放心，心内科肯定只在少数病人身上用，约定量不会受影响。” # speaker: rep
    “心内科开什么药，你保证不了。也不该由你来保证。” # speaker: wang # mood: sceptical
- -> drug_share

=== drug_share ===
“还有院办。心内科的药占比已经连续两个季度超标，院办每个月都把数字发给我。不管药事会怎么定，我的材料里都得有一段关于药占比的说明，而且要院办认。” # speaker: wang # need: drug_share_case
{difficulty > 1:
    “上次院周会，一位副院长把话说得很直白：药占比降下来之前，心内科的新药一个都别想进。” # speaker: wang # mood: sceptical
}
* [提出头三个月以“样品”名义免费供货，这样一点都不会算进心内科的药占比 #act: value.need_linked #links: drug_share_case #violation: improper_benefit #minutes: 1]
    “这个好办。头三个月恒康可以按样品免费供货，不按价格发药，心内科的药占比就一点都不受影响。” # speaker: rep
    她没有往本子上记。 # speaker: narrator
    “给医院免费供货，就是换了个名目的回扣。采购规定不允许，药剂科也不允许。就当你没说过。” # speaker: wang # mood: annoyed
* [告诉她有医保兜着：职工医保的病人每天只需自付两块钱左右 #act: value.feature_dump #claim: insurance #claim: price #minutes: 1]
    “王主任，其实没看上去那么贵。职工医保的病人每天自付大约两块钱，而且10毫克和20毫克同价。” # speaker: rep
    “药占比算的是医院发出去的药，按每片五块六算，不看病人自付多少。你回答的是病人的问题，院办问的是另一个。” # speaker: wang # mood: sceptical
* [告诉她进了国家医保目录的药，药占比已经管不着了，院办想拦也拦不住 #act: objections.argue #claim: insurance #minutes: 1]
    “可是诺维沙班今年一月就进了国家医保目录。进了医保的药，已经不能拿药占比说事了，院办拦不住。” # speaker: rep
    “‘拦不住’，一个代表说这话，口气不小。国家文件说的是谈判药品：医疗机构要按临床需要配备，不得以医保总额控制、用药品种数量限制、药占比这些为由影响配备使用。文件没说药事会必须把目录里的药全进，也没告诉院办什么能做、什么不能做。文件看过了再来引用。” # speaker: wang # mood: annoyed
* [先认可院办的顾虑，再讲清国家对谈判药品的规定管什么、不管什么 #act: value.need_linked #links: drug_share_case #act: value.evidence_cited #claim: insurance #minutes: 1]
    ~ policy_clear = true
    “院办的顾虑是实在的，谁也不想让心内科超得更多。我能确定说的{has_dossier:，也是材料里医保那一项写明的，}是：诺维沙班今年一月起进入国家医保目录乙类。您说的那些规定针对的是谈判药品：国家文件要求医疗机构根据临床需要及时配备，不得以医保总额控制、用药品种数量限制、药占比等为由影响配备和使用。诺维沙班在目录里属于哪一部分，请您以公布的目录为准，别只听我说。另外，这些规定只是去掉一个障碍，不能替我们把理由讲完。有没有临床空白、预算怎么算，还是由药事会来权衡。” # speaker: rep
    “文件就在那个文件夹里，我自己引原文。‘去掉一个障碍，不能替你把理由讲完’，我就这么跟院办说。” # speaker: wang # mood: pleased
- -> dual_channel

=== dual_channel ===
“还有一件事，主任委员肯定会提，同样的文件他也看。在省医院开始吃诺维沙班的病人，已经有到我们门诊药房来拿药的，我们只能让他们回去。按‘双通道’，谈判药品在定点零售药店也能拿，医保照样报。所以他会问：那我们院里还有什么必要进？” # speaker: wang # need: interim_access
* [向她保证，恒康18号之前就能让诺维沙班进省里的“双通道”名单 #act: value.need_linked #links: interim_access #violation: misleading_claim #minutes: 1]
    “这个交给我们。18号之前，恒康就能让诺维沙班进省里的双通道名单，这样不管院里进不进，病人都有地方拿药。” # speaker: rep
    “省里的名单不是恒康定的，是医保局定的。不是你能给的东西，就别拿来承诺。” # speaker: wang # mood: annoyed
* [附和主任委员：病人在定点药店就能买到，医院其实完全可以不进这个药 #act: objections.evade #minutes: 1]
    “说实话，主任委员说得有道理。有了双通道，病人在定点药店就能买到，医院不进也行，心内科的药占比也不受影响。” # speaker: rep
    “一个代表，劝我别进你自己来推的药。双通道的处方也得由我们的医生开，随访也在我们这儿。病房里刚开始用药的病人，总不能让他第一顿药去马路对面买。双通道是给等不了的病人用的，不是绕开药事会的路。” # speaker: wang # mood: sceptical
* [说双通道能帮到被挡回去的病人，但替代不了进院，并讲清怎么运作 #act: value.need_linked #links: interim_access #minutes: 1]
    ~ dual_clear = true
    “他说得对，双通道确实能帮到这些病人，他们不该等到18号。省里把某个谈判药品纳入双通道管理的，由我们医院的医生开处方，经电子处方流转平台流转，病人到定点零售药店取药，执行和医院统一的医保支付政策。双通道药品名单和定点药店都是医保局公布的，诺维沙班在不在上面，请以医保局的名单为准，别以我说的为准。但它替代不了进院：开处方的医生、随访都在院里，住院期间开始用药的病人也在院里。” # speaker: rep
    “准确，而且一句没多说。我今天下午就去查医保局的名单。” # speaker: wang # mood: pleased
* [问她医院现在有没有接入电子处方流转平台 #act: discovery.closed_question #minutes: 1]
    “咱们医院接入电子处方流转平台了吗？” # speaker: rep
    “去年就接了。问题不在这儿。” # speaker: wang # mood: neutral
- -> objection_budget

=== objection_budget ===
“最后一点。药事会要一份药物经济学评价，还要测算对我们医院预算的影响。心内科的申请上写的是患者数量‘较多’。光写‘较多’可不行。” # speaker: wang # need: budget_impact # objection: budget_impact
* [引用区域销售幻灯片上的数字：进了诺维沙班，这种规模的医院每年能少花约120万元出血住院费用 #act: objections.evidence_response #violation: misleading_claim #minutes: 1]
    “我现在就能给您一个数：像咱们这个规模的医院，进了诺维沙班，每年在出血住院上大概能省120万。” # speaker: rep
    “出自哪个研究？和什么比？用的是谁的病人数？这种数字写进我的材料，委员一问出处，签名的可是我。拿不出出处的数字，以后别给我。” # speaker: wang # mood: annoyed
* [说梁主任科里肯定用得上，用量足够撑得起进院 #act: objections.evade #minutes: 1]
    “梁主任科里肯定用得上，用量足够撑得起。” # speaker: rep
    “我担心的正是这个。” # speaker: wang # mood: sceptical
* {has_dossier} [认同病人数应该用医院自己的数据，并把医学部审核过的药物经济学摘要交给她，方法写在里面 #act: objections.acknowledge #act: value.need_linked #links: budget_impact #claim: price #gives: pharmacoeconomic_summary #minutes: 3]
    “您说得对，‘较多’在药事会上站不住。病人数应该用医院自己的汇总数据：心内科一年有多少房颤病人在抗凝。这些数据在药剂科和信息科手里，不该从我这儿来。我能提供的参数是挂网价格，以及两个规格同价。这是我们医学部审核过的药物经济学摘要：研究方法、对照和局限性都写在第一页。药事会对方法有疑问的话，我们卫生经济学团队会书面答复。” # speaker: rep
    她读完第一页，又翻到最后看参考文献。 # speaker: narrator
    “对照写明了，局限性也写明了。汇总数据我们有。这个我能用。” # speaker: wang # mood: pleased
* {not has_dossier} [认同病人数应该用医院自己的数据，提供价格参数，并承诺4号前送来医学部审核过的药物经济学摘要 #act: objections.defer_and_commit #act: value.need_linked #links: budget_impact #claim: price #promise: pharmacoeconomic_summary #minutes: 3]
    ~ heco_promised = true
    “病人数应该用医院自己的汇总数据：心内科一年有多少房颤病人在抗凝。这些数据在药剂科和信息科手里，不该从我这儿来。我能提供的参数是挂网价格，以及两个规格同价。我们医学部审核过一份药物经济学摘要，这次我没带来，是我疏忽了。4号前连同研究方法和局限性一起给您，不会拿销售幻灯片来凑数。” # speaker: rep
    “汇总数据我们有。摘要4号前发给我。” # speaker: wang # mood: neutral
* [提出从配送企业的数据里，把心内科每位医生的抗凝药处方量整理出来，让药事会看到需求 #act: value.need_linked #links: budget_impact #violation: prescription_tracking #minutes: 1]
    -> asked_to_leave
- -> closing

=== asked_to_leave ===
“为了让药事会看到需求，我可以把心内科每位医生的抗凝药处方量整理出来，通贝沙班、华法林，一个医生一个医生地列。配送企业那边的数据很好拿。” # speaker: rep
王莉合上申请表，把铅笔压在上面。 # speaker: narrator
“按医生统计处方量，正是医院明令禁止的统方。药剂科就是负责执行这条规定的科室。今天就到这里。这件事我会记进医药代表来访登记，建议你在我之前先跟你们经理说清楚。” # speaker: wang # mood: annoyed # end_visit: asked_to_leave # ending: asked_to_leave
-> END

=== closing ===
有人敲门：门诊药房组长拿着一份召回通知来问事情。王莉看了一眼钟。 # speaker: narrator # phase: closing
“时间到了。” # speaker: wang
* [感谢她抽时间，留下名片，说等着听药事会的结果 #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    “王主任，谢谢您抽时间。这是我的名片，我等药事会的消息。” # speaker: rep
    -> close_no_next_step
* [“多谢王主任。我把药事会要看的几点说一遍，截止前再一起核材料？” #act: closing.summary #act: closing.thanks #act: closing.next_step #promise: dossier_check #minutes: 2]
    -> close_next_step
* [问她18号心内科的申请上会讨论的时候，她能不能帮忙支持一下诺维沙班 #act: closing.no_next_step #minutes: 1]
    “王主任，18号心内科的申请上会讨论的时候，您能不能帮忙支持一下？” # speaker: rep
    “我不支持哪个药。我只负责准备材料。” # speaker: wang # mood: sceptical
    -> close_no_next_step

=== close_no_next_step ===
{rapport >= 70:
    她点点头，转向药房组长。 # speaker: narrator
    “4号截止。” # speaker: wang # mood: neutral
    下楼的时候你才反应过来：她已经把上会材料缺什么都告诉你了，你却没跟她约定送什么、什么时候送。 # speaker: narrator # ending: missed_opportunity
- else:
    “谢谢。” # speaker: wang # mood: neutral
    她已经在看那份召回通知了。心内科的申请表被放回了文件筐。 # speaker: narrator # ending: polite_dismissal
}
-> END

=== close_next_step ===
“多谢王主任。我把药事会要看的几点说一遍，您看对不对。” # speaker: rep
{need_criteria:
    “有没有临床空白，单个病人和总体的费用，供应和储存是否可靠，材料是否齐全。” # speaker: rep
}
{need_cost:
    “最关键的是：已经有通贝沙班和带量采购约定量，为什么还要一个五块六的Xa因子抑制剂，而且回答要有出处。” # speaker: rep
}
{need_supply:
    “还有不能再断货：配送企业要明确，送不到的时候要有人负责。” # speaker: rep
}
{policy_clear:
    “给院办的那段：引国家关于谈判药品的文件原文；它去掉的是一个障碍，理由还得靠材料本身。” # speaker: rep
}
{dual_clear:
    “还有双通道：它是给门诊窗口那些病人的过渡办法，不能代替进院。” # speaker: rep
}
“2号之前，我把{has_dossier:供货保障承诺函的签字原件|缺的批检验报告和本省挂网信息}{heco_promised:，还有药物经济学摘要}送过来。2号能不能给我十分钟，对着您的清单把整套材料再核一遍？” # speaker: rep
{
- rapport >= 75 && need_criteria && need_cost:
    “2号上午十点。装一个文件夹，按今天的顺序排好。材料齐全的话，就放进18号的上会材料。” # speaker: wang # mood: pleased
    她把这件事写进了药事会的工作日程。 # speaker: narrator # ending: next_meeting_booked
- rapport >= 55:
    “发到药剂科办公室的邮箱。缺什么我会告诉你。” # speaker: wang # mood: neutral
    还不算约到了下次见面，但她主动要了材料。 # speaker: narrator # ending: material_requested
- else:
    “有什么就发到药剂科办公室吧。” # speaker: wang # mood: sceptical
    心内科的申请表被放回了文件筐。 # speaker: narrator # ending: polite_dismissal
}
-> END

=== patience_out ===
王莉合上了申请表。 # speaker: narrator
“我还要处理一份召回通知。材料发到药剂科办公室吧，药事会按书面材料审。” # speaker: wang # mood: annoyed # end_visit: patience_exhausted # ending: patience_exhausted
-> END
