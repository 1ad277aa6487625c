# title: 跟进拜访梁国伟主任：筹备科室会
# segment: director
# stage: follow_up
# setting: office
# lang: zh-CN
# customer: liang
# dimensions: preparation, relationship, solutions, objections, records, closing
# leaves_to: patience_out
# assumes: need:bleeding_readmissions, need:resident_teaching, promise:renal_substudy, promise:dosing_card, promise:department_meeting

// 诺维沙班（Norvixa）、通贝沙班（Trombexa）、NAVIGATE-AF研究和恒康医药均为虚构。
// 代表说出的每一条产品信息都来自信息核准表（src/core/world/product.ts），并标注了对应的claim。
// 本场景发生在 stories/director-first-visit-liang 一个月之后。代表欠他什么，来自他对上次拜访的记忆（promise_open）；
// 单独从场景库进入时，由文件头的 assumes 代替。
// 梁主任提出三件违规的事：统方、在酒店安排晚宴并给年轻医生发讲课费、把支持和科室用量挂钩。
// 梁主任由引擎扮演（src/core/world/cast.ts）：好感从45开始，耐心从55开始；这里只读取，不赋值。
// 秘书给这次拜访安排了二十分钟（高难度下只有十五分钟）。

VAR difficulty = 1
VAR rapport = 45
VAR owes_substudy = false
VAR owes_card = false
VAR owes_meeting = false
VAR need_readmit = false
VAR ae_reported = false
VAR owes_favour = false
VAR agreed = false

EXTERNAL promise_open(id)

~ owes_substudy = promise_open("renal_substudy")
~ owes_card = promise_open("dosing_card")
~ owes_meeting = promise_open("department_meeting")
-> prep

=== function promise_open(id) ===
~ return false

=== prep ===
周二晚上九点，在家。明天下午四点半，你要去跟进拜访心内科主任梁国伟，离第一次拜访正好一个月。科室秘书唐老师给你约了二十分钟，就排在科里DRG分析会之后。 # speaker: narrator # time_granted: 20
{difficulty > 1:
    唐老师在电话里还提醒了一句：主任这两天心情不太好，DRG的数据不好看。 # speaker: narrator
}
{owes_meeting:
    上个月他原则上同意了，找个周四请恒康的医学顾问来开一场科室会：“就讲我审过的那几个病例，按肾功能定剂量，不放产品幻灯。” # speaker: narrator
- else:
    上个月还没谈到科室会。明天你想提出来：讲学术、面向科里医生、请恒康的医学顾问来讲。 # speaker: narrator
}
{owes_substudy:
    你答应过给他NAVIGATE-AF肾功能亚组研究的全文。单行本已经放进包里了。 # speaker: narrator
}
{owes_card:
    还有给住院医生用的剂量卡。今天下午刚通过恒康医学部的审核，上面没有任何广告内容。 # speaker: narrator
}
{not owes_substudy && not owes_card:
    上次你没欠他什么，不过你还是把肾功能亚组研究和住院医生剂量卡带上了：老年病人这么多的科室，天天都要跟肾功能剂量打交道。 # speaker: narrator
}
* [只定一个目标：把科室会的日子定下来，其余的凭印象 #act: preparation.objective_set #off_clock #minutes: 5]
    你在工作日志上写了一行：“科室会：定时间。”梁主任你已经打过交道，心里有数。 # speaker: narrator
* [重看拜访记录和他的档案，定好目标：主题、新变化、备案 #act: preparation.profile_reviewed #act: preparation.objective_set #off_clock #minutes: 30]
    记录里写着：54岁，当了八年科主任，药事会委员；在意药占比，最忌讳任何像回扣的事；关心DRG付费下的再入院率，手上有一个省级课题。 # speaker: narrator
    你写下三个目标：和他商定科室会的主题、时间和形式；了解这一个月他那边有什么新变化；按医院要求把会议备案手续办好。 # speaker: narrator
* [打印一页诺维沙班核心卖点汇总，准备放在他桌上，这样你走了以后信息还留在那儿 #act: preparation.material_unmatched #off_clock #minutes: 10]
    你用铜版纸打印了一页核心信息：每日一次、无需常规监测、医保报销。上面没有一个字和他的科室有关。 # speaker: narrator
- -> prep_material

=== prep_material ===
睡前你给恒康负责本区域的医学顾问方芸医生发了条微信，科室会打算请她来讲。 # speaker: narrator
* [请方医生带上全国统一的诺维沙班标准幻灯，反正已经审批过了，拿来就能用 #act: preparation.material_unmatched #off_clock #minutes: 2]
    方医生回了个“OK”的表情，附上四十页的上市推广幻灯片。 # speaker: narrator
* [把科室情况跟方医生讲清楚，请她先拟一份提纲 #act: preparation.material_matched #off_clock #minutes: 10]
    不到半夜，方医生就发来一页提纲草稿：肾功能评估与剂量选择、80岁以上患者的出血、省抗凝临床路径，最后留出病例讨论的时间。没有产品幻灯。 # speaker: narrator
- -> reconnect

=== reconnect ===
周三下午四点半，住院部七楼心内科主任办公室。 # speaker: narrator # phase: reconnect
梁主任正在签一摞表格。桌上摊着一份“心内科DRG季度分析”，其中一行被红笔圈了出来。 # speaker: narrator
{difficulty > 1:
    “只有十五分钟，不是二十分钟。DRG的会开超时了。” # speaker: liang # mood: sceptical # time_granted: 15
}
“哦，恒康的。坐。上次说到哪儿了？” # speaker: liang # mood: neutral
* [感谢这个月科里对诺维沙班的“支持”，希望继续保持 #act: relationship.transactional #minutes: 1]
    “梁主任，首先感谢您和科里对我们的支持。进院以后诺维沙班在心内科上量很快，希望后面继续保持。” # speaker: rep
    他放下了笔。 # speaker: narrator
    “别拿量来谢我。医生开什么药是临床决定，我还是药事会委员。在我办公室说话注意点。” # speaker: liang # mood: annoyed
    -> reconnect_bag
* [问问他课题中期检查过得怎么样 #act: relationship.personal_care #minutes: 1]
    “梁主任，先问一句：上次您说省级课题快要中期检查了，后来怎么样？” # speaker: rep
    “过了，险过。要求年底前出文章。你还记得这事啊。” # speaker: liang # mood: pleased
    -> reconnect_bag
* {owes_substudy || owes_card} [把答应的东西交给他：亚组研究全文和剂量卡 #act: relationship.promise_kept #keeps: renal_substudy #keeps: dosing_card #gives: renal_substudy_reprint #gives: dosing_card #minutes: 2]
    -> hand_over
* {not owes_substudy && not owes_card} [把肾功能亚组研究和住院医生剂量卡交给他 #act: relationship.professional_support #gives: renal_substudy_reprint #gives: dosing_card #minutes: 2]
    -> hand_over

=== reconnect_bag ===
装着亚组研究和剂量卡的文件夹还在你包里。 # speaker: narrator
* {owes_substudy || owes_card} [把答应他的研究全文和剂量卡拿给他 #act: relationship.promise_kept #keeps: renal_substudy #keeps: dosing_card #gives: renal_substudy_reprint #gives: dosing_card #minutes: 2]
    -> hand_over
* {not owes_substudy && not owes_card} [把肾功能亚组研究和住院医生剂量卡交给他 #act: relationship.professional_support #gives: renal_substudy_reprint #gives: dosing_card #minutes: 2]
    -> hand_over
* [先压着不给，等他定了开会日子再拿出来 #act: relationship.transactional #minutes: 0]
    你没动那个文件夹。等谈到日子的时候，手里有东西好说话。 # speaker: narrator
    -> review_feedback

=== hand_over ===
{owes_substudy || owes_card:
    “梁主任，上个月您要了两样东西。这是NAVIGATE-AF肾功能亚组研究的全文；这是给住院医生用的剂量卡，一面是用Cockcroft-Gault公式估算肌酐清除率和选剂量，另一面是肾功能监测。我们医学部审过了，上面没有任何广告内容。” # speaker: rep
- else:
    “梁主任，给科里带了点东西：NAVIGATE-AF肾功能亚组研究的全文，还有一张给住院医生用的剂量卡，按说明书讲怎么估算肌酐清除率、怎么选剂量。我们医学部审过了，上面没有任何广告内容。” # speaker: rep
}
他把卡片翻过来又翻过去，凑到眼镜底下看了看。 # speaker: narrator
{owes_substudy || owes_card:
    “代表一般都是答应了就忘。不错。” # speaker: liang # mood: pleased
- else:
    “住院医生夜里定剂量全靠猜。这个他们用得上。” # speaker: liang # mood: neutral
}
-> review_feedback

=== review_feedback ===
他用笔点了点报表上红圈的那一行。 # speaker: narrator # phase: review
“药事会上个月把你们的药放进来以后，病房已经用了一个月了。” # speaker: liang
* [问他大家对诺维沙班是不是都挺满意 #act: discovery.closed_question #minutes: 1]
    “梁主任，大家用下来对诺维沙班还满意吧？” # speaker: rep
    “满意。” # speaker: liang
    他把这两个字原样丢了回来，像是不想收的零钱。 # speaker: narrator
    “基本上吧。出了一例出血。” # speaker: liang # mood: sceptical
* [问问第一批病人用得怎么样，有哪些不顺手 #act: solutions.feedback_collected #minutes: 2]
    “梁主任，第一批病人用下来情况怎么样？好的方面要听，问题我更想听：出血、剂量，还有医生和病人用起来觉得不顺手的地方。” # speaker: rep
    “二病区觉得一天一次挺好。陈静说她那些老病人比吃华法林的时候依从性好。住院医生对剂量还是拿不准。另外，出了一例出血。” # speaker: liang # mood: neutral
* [问问进院以来科里医生已经给多少病人用上了诺维沙班，看看进展怎么样 #act: relationship.transactional #minutes: 1]
    “梁主任，进院以来科里已经有多少病人用上诺维沙班了？” # speaker: rep
    “这就开始数了？够多的了，都出了一例出血。” # speaker: liang # mood: annoyed
- -> adverse_event

=== adverse_event ===
“八十三岁的老太太，肌酐清除率38。住院医生一上来给了20毫克。十天后黑便，从急诊又收了进来，血红蛋白才71。输了两个单位红细胞，诺维沙班停了，周一出的院。我DRG报表上的再入院，就有她一个。” # speaker: liang # adverse_event: melaena_83f
{difficulty > 1:
    “你先别跟我背试验数据，试验我看过。” # speaker: liang # mood: sceptical
}
* [指出住院医生没按肾功能给对剂量，所以问题其实不在药 #act: solutions.ae_dismissed #violation: ae_unreported #claim: dose_renal #minutes: 1]
    “梁主任，恕我直言，肌酐清除率38的话，说明书推荐剂量是10毫克每日一次。所以这是剂量用错了，不是诺维沙班本身的问题。” # speaker: rep
    “那就是我住院医生的错，你们的药是清白的。我回头就这么跟DRG办公室说。” # speaker: liang
    他从眼镜上方看着你。 # speaker: narrator
    “病人是吃了你们的药出的血。她只知道这个。” # speaker: liang # mood: annoyed
* [要病人的姓名、身份证号和床号，方便恒康药物安全部门直接联系家属 #act: solutions.ae_escalated #violation: privacy #minutes: 3]
    “这个需要上报，梁主任。能不能把病人的姓名、身份证号和床号给我记一下？我们药物安全部门可以直接联系家属。” # speaker: rep
    “身份证号？你是医药代表，不是她的主管医生。哪家公司也别想直接联系我病人的家属。你们安全部门要了解情况，找主管医生。” # speaker: liang # mood: annoyed
* [说明必须在24小时内上报，只问报告需要的信息 #act: solutions.ae_escalated #claim: common_adverse_events #minutes: 3]
    ~ ae_reported = true
    “谢谢您告诉我，梁主任，老人家受罪了。凡是我听到的可疑不良反应，都必须在24小时内报告给恒康的药物警戒部门。能识别病人身份的信息我都不需要：年龄、性别、剂量、肾功能、什么时候出了什么情况、怎么处理的、转归如何，再加上主管医生作为联系人就够了。后续我们安全部门的同事可能会找主管医生补充随访信息。出血是诺维沙班最常见的不良反应，所有抗凝药都一样，所以每一例都很重要。” # speaker: rep
    他在便利贴上写了一个名字：是主管医生的，不是病人的。 # speaker: narrator
    “一病区张磊。我跟他打个招呼。我们这边也会报国家不良反应监测系统。代表不找借口、反过来找我要报告，这还是头一回。” # speaker: liang # mood: neutral
- -> reassess

=== reassess ===
他把DRG报表推到你面前。 # speaker: narrator # phase: deepen
“说吧，你那个科室会。” # speaker: liang
* [确认就讲上个月说好的肾功能剂量专题，然后直接定时间 #act: discovery.closed_question #minutes: 1]
    “梁主任，就按上个月说的，讲肾功能剂量，您看行吗？那我们定个时间就好。” # speaker: rep
    “随你。” # speaker: liang # mood: neutral
    他把报表拿了回去，没解释那个红圈是什么。 # speaker: narrator
* [告诉他方医生的诺维沙班标准课件是现成的，哪周方便都能过来讲 #act: preparation.material_unmatched #minutes: 1]
    “梁主任，方医生那边诺维沙班的标准课件是现成的，您哪周方便，她都可以来讲。” # speaker: rep
    “你们的标准课件我的医生都听过了，在省年会你们的展台上。” # speaker: liang # mood: sceptical
* [问问这一个月有什么变化，这场会要达到什么效果 #act: solutions.needs_reassessed #minutes: 2]
    ~ need_readmit = true
    “题目先不急着定。这一个月您这边有什么新变化？这场会要达到什么效果，才值得占用科里医生的时间？” # speaker: rep
    他用笔敲了敲那个红圈。 # speaker: narrator
    “变化就是这个。从这个月起，30天内的非计划再入院，医院全部算进科室的绩效。这个季度还没完，房颤病人因为出血回来的已经有9个了，你们那个病人就是其中之一。上个月我要的是教学资料，现在我要的是医生别再把病人弄出血：按肾功能选剂量，按时复查肾功能，老年病人出了血知道怎么处理。” # speaker: liang # mood: neutral # need: bleed_prevention
* [直接提议围绕预防出血来办：剂量卡、肾功能监测，再加80岁以上患者的出血数据 #act: solutions.tailored #links: bleed_prevention #act: relationship.value_content #claim: renal_monitoring #claim: elderly_subgroup #minutes: 3]
    “梁主任，我建议就围绕预防出血来办：剂量卡；肾功能至少每年查一次，75岁以上要查得更勤；再加80岁以上患者的数据，大出血年发生率4.1%，华法林5.0%，不过消化道出血数值上偏高。” # speaker: rep
    “我还没说问题在哪儿，你就替我定好了。行吧，随你。” # speaker: liang # mood: sceptical
    他把报表拿了回去，没解释那个红圈是什么。 # speaker: narrator
- -> prescriptions_request

=== prescriptions_request ===
他往椅背上一靠。 # speaker: narrator
“还有个事。谁开了什么药，你们代表心里门儿清。把上个月我科里每个医生开了多少诺维沙班给我一份。我要看看谁在用。” # speaker: liang
{difficulty > 1:
    “别拿规定挡我。哪家公司手里没这些数？” # speaker: liang # mood: sceptical
}
* [说这个比较敏感，不过你想想办法 #act: objections.evade #violation: prescription_tracking #minutes: 1]
    ~ owes_favour = true
    “梁主任，这个比较敏感……我想想办法吧。” # speaker: rep
    “别‘想想办法’。能给就能给，不能给就不能给。那我就当你答应了。” # speaker: liang # mood: sceptical
* [答应下来：经销商的流向数据能细到医生，下周把每个医生的数给他，让他自己看 #act: solutions.tailored #links: bleeding_readmissions #violation: prescription_tracking #minutes: 1]
    ~ owes_favour = true
    “没问题，梁主任。我们经销商的流向数据能细到开方医生，下周我把科里每位医生的数整理给您。” # speaker: rep
    “好。发我手机，别发邮箱。” # speaker: liang # mood: pleased
* [明确拒绝，再问他想通过这些数知道什么 #act: compliance.declined #act: solutions.needs_reassessed #rapport: -10 #minutes: 2]
    “梁主任，您想掌握情况我理解，但这个我不能做。统计医生个人的处方量就是统方，医院明令禁止，国家对医药代表的管理规定也不允许，恒康发现了会直接开除我，这也是应该的。这些数我手里也没有。您想通过这些数看出什么？也许用医院自己的数据，有合规的办法。” # speaker: rep
    “规定。这栋楼里每个代表，都有一条‘不能做’的规定。” # speaker: liang # mood: annoyed
    他半天没说话。然后，不太情愿地开了口： # speaker: narrator
    “我想知道我的医生是按肾功能定剂量，还是凭感觉。那十一个再入院的病历是我自己调出来看的，四百个我调不过来。其实数盒数也看不出这个。” # speaker: liang # mood: sceptical # need: dosing_audit
* [拒绝，顺势提议请临床药师把医生的用药剂量点评一遍 #act: compliance.declined #act: solutions.tailored #links: dosing_audit #act: relationship.professional_support #rapport: -10 #minutes: 3]
    “这个我不能做，梁主任。统计医生个人的处方量就是统方，医院明令禁止，国家对医药代表的管理规定也不允许。我建议换个办法：请科里的临床药师对照说明书，把医生们房颤病人的处方点评一遍。” # speaker: rep
    “我问的是谁在开，你倒推销起点评来了。” # speaker: liang # mood: annoyed
    你还没说完，他就摆摆手把这个话题打发了。 # speaker: narrator
- -> meeting_content

=== meeting_content ===
“行。那你们方医生到底讲什么？我先跟你说住院医生会怎么讲：你们试验的出血数据是七十岁的人，我那个病人八十三。” # speaker: liang # objection: elderly_bleeding
* [马上拿80岁以上的数据回他，再围绕这些数据安排讲课和药师点评 #act: objections.evidence_response #act: solutions.tailored #links: bleeding_readmissions #links: dosing_audit #act: relationship.value_content #claim: elderly_subgroup #claim: dose_renal #minutes: 2]
    “梁主任，80岁以上的数据是有的：2,600例患者，大出血年发生率4.1%，华法林5.0%；消化道出血1.9%对1.6%。方医生就围绕这些数据和按肾功能定剂量来讲，肌酐清除率30到49时用10毫克；再请科里的临床药师对照说明书，把房颤出院病人的用药点评一遍。” # speaker: rep
    “我跟你说住院医生会怎么讲，你倒先跟他们争起来了。” # speaker: liang # mood: sceptical
    他还是在报表上写了“80岁以上数据”几个字。 # speaker: narrator
    “放进课里吧。药师点评，可以。” # speaker: liang # mood: neutral
* [问问他们对80岁以上的病人具体担心什么 #act: objections.acknowledge #act: objections.explore #minutes: 1]
    “他们问得对，梁主任：八十三岁的病人，和试验里的一般病人不一样。他们最担心的是什么？” # speaker: rep
    “消化道出血：你们试验里那一行，他们都看过。还有剂量。一半的人夜里不敢自己算肌酐清除率，要么给多了，要么‘保险起见’减量。” # speaker: liang # mood: neutral
    -> meeting_design
* [提议请方医生讲一个房颤抗凝的综合进展，带上新版省路径 #act: relationship.value_content #claim: guideline #minutes: 2]
    “梁主任，方医生可以讲一个房颤抗凝的综合进展：《清河省抗凝临床路径（2025版）》对符合条件的患者推荐Xa因子抑制剂优先于华法林，再加上近期的临床研究数据。” # speaker: rep
    “综合进展。这种课他们每个月都要听好几场。那住院医生的问题呢？” # speaker: liang # mood: neutral
* [提出你自己来讲诺维沙班的产品特点，方医生在旁边负责回答医生们的提问 #act: value.feature_dump #act: preparation.material_unmatched #minutes: 2]
    “梁主任，产品特点我自己来讲就行：每日一次、无需常规监测、医保报销。方医生负责答疑。” # speaker: rep
    “我说了讲学术，不是打广告。说明书我的医生自己会看。” # speaker: liang # mood: annoyed
- -> meeting_format

=== meeting_design ===
* {need_readmit} [围绕“别再出血”设计这场会，80岁以上的数据两头都讲 #act: objections.evidence_response #act: solutions.tailored #links: bleed_prevention #links: dosing_audit #act: relationship.value_content #claim: elderly_subgroup #claim: dose_renal #claim: renal_monitoring #claim: guideline #minutes: 2]
    “那这场会就围绕‘别再出血’来设计。方医生讲四十分钟老年房颤合并CKD患者的抗凝。先讲《清河省抗凝临床路径（2025版）》。再讲按Cockcroft-Gault公式定剂量：诺维沙班在肌酐清除率30到49时用10毫克每日一次，低于30不推荐；75岁以上的病人，肾功能复查要比每年一次更勤。然后把80岁以上患者的数据两头都讲清楚：大出血年发生率4.1%，华法林5.0%；但消化道出血数值上偏高，1.9%对1.6%。最后留二十分钟，请科里住院医生讲一个真实病例：老年病人出了血怎么处理。” # speaker: rep
    “至于谁是按肾功能定剂量的，可以请科里的临床药师对照说明书，把房颤出院病人的用药做一次点评。医院的数据，留在医院手里。” # speaker: rep
    “临床药师做用药点评。质控办肯定喜欢，而且干干净净。” # speaker: liang
    他把这条记了下来。 # speaker: narrator
    “住院医生自己讲病例，这个他们记得住。” # speaker: liang # mood: pleased
* {not need_readmit} [在上个月说好的肾功能剂量专题上展开，80岁以上的数据两头都讲 #act: objections.evidence_response #act: solutions.tailored #links: resident_teaching #links: dosing_audit #act: relationship.value_content #claim: elderly_subgroup #claim: dose_renal #claim: guideline #minutes: 2]
    “那就按上个月说好的，给住院医生讲按肾功能定剂量。方医生讲《清河省抗凝临床路径（2025版）》，按Cockcroft-Gault公式定剂量，肌酐清除率30到49时10毫克每日一次，低于30不推荐；80岁以上患者的数据两头都讲：大出血年发生率4.1%对华法林5.0%，消化道出血数值上偏高，1.9%对1.6%。再请住院医生讲一个病例。” # speaker: rep
    “至于谁是按肾功能定剂量的，可以请科里的临床药师对照说明书，把房颤出院病人的用药做一次点评。” # speaker: rep
    “临床药师做点评。干净。可以。” # speaker: liang # mood: neutral
* [提出80岁以上那部分你自己来讲，用手头现成的产品幻灯就行 #act: value.feature_dump #act: preparation.material_unmatched #minutes: 2]
    “梁主任，80岁以上那部分我自己来讲就行，我们的产品幻灯里都有。” # speaker: rep
    “产品幻灯。住院医生一看到这个就不听了。” # speaker: liang # mood: annoyed
- -> meeting_format

=== meeting_format ===
他掰着手指头。 # speaker: narrator
“再说具体安排。周四晚上，金陵饭店，讲完一起吃个饭。我的医生天天加班，中午那点时间就别占了。” # speaker: liang # objection: doctors_time
“上去讲病例的三个年轻医生，每人给两千讲课费。别的厂家都是这么办的。” # speaker: liang
{difficulty > 1:
    “大家都是这么办的。恒康办不了，有的是厂家办得了。” # speaker: liang # mood: sceptical
}
* [答应下来：科室会本来就是这么开的，预算你去想办法 #act: relationship.transactional #violation: improper_benefit #minutes: 1]
    ~ owes_favour = true
    “没问题，梁主任，科室会都是这么开的。金陵饭店我来订，讲课费的预算我去想办法。” # speaker: rep
    “好。订三楼的包间。” # speaker: liang # mood: pleased
* [说预算的事得回去问问经理 #act: objections.evade #violation: improper_benefit #minutes: 1]
    ~ owes_favour = true
    “梁主任，预算的事我得回去跟经理请示一下，再给您回话。” # speaker: rep
    “那你去请示。别家可不用请示谁。菜单让唐老师发你。” # speaker: liang # mood: sceptical
    你以为是找了个台阶。在他听来，这就是答应了。 # speaker: narrator
* [提个折中方案：换成医院对面便宜点的饭店，讲课费改叫咨询费，公司那边走账方便 #act: relationship.transactional #violation: improper_benefit #minutes: 2]
    ~ owes_favour = true
    “梁主任，要不折中一下：金陵饭店有点扎眼，医院对面有家饭店也不错。钱的话不叫讲课费，改成咨询费，我们公司那边走账方便些。” # speaker: rep
    他耸耸肩。 # speaker: narrator
    “叫什么都行，别让我的人白辛苦就行。” # speaker: liang # mood: neutral
* [婉拒晚宴和讲课费；提议中午在示教室开，按规定备案 #act: compliance.declined #act: objections.acknowledge #act: relationship.professional_support #minutes: 2]
    “梁主任，我理解，谁也不想再搭上一个晚上或者午休。但酒店晚宴加上给医生的讲课费，等于是企业给科室输送利益，医院的规定不允许，恒康的规定也不允许。这种事一旦被人拿出来说，您作为药事会委员最被动。” # speaker: rep
    “我能规规矩矩做好的是：中午在科室示教室开，按医院要求提前向医务处申请备案，在恒康的系统里登记，签到表和课件都留档。医院规定允许的话，准备简单的盒饭，别的一概没有。住院医生讲病例属于科里自己的教学，不涉及讲课费；讲者的聘请由我们医学部决定，代表无权安排。” # speaker: rep
    他沉默了一会儿。 # speaker: narrator
    “示教室，盒饭，备案。” # speaker: liang
    他差点笑出来。 # speaker: narrator
    “医务处的人要吓一跳了。” # speaker: liang # mood: neutral
- -> support_for_use

=== support_for_use ===
他压低了声音。 # speaker: narrator
“咱们说点实际的。诺维沙班在这个医院，我们科用得最多；这个会开好了，量还会上去。量上去了，恒康对我们科有什么表示？” # speaker: liang
* [承诺科室用量上去就加大支持：本季度用量涨三分之一，就多安排科室会，再给他一个参加全国年会的名额 #act: relationship.transactional #violation: sales_quota #minutes: 2]
    “梁主任，那我也说点实际的。这个季度心内科诺维沙班的用量要是能涨三分之一，我去申请预算，多给您安排几场这样的科室会，全国年会也给您留一个名额。” # speaker: rep
    办公室里一下子安静了。梁主任摘下了眼镜。 # speaker: narrator
    “我问的是恒康能为科室的学术做什么。你倒好，在我办公室、开着门，跟我谈处方换好处。我是药事会委员。今天就到这儿。你们经理给我打电话之前，别再来心内科了。” # speaker: liang # mood: annoyed # end_visit: asked_to_leave # ending: asked_to_leave
    -> END
* [把话题岔开，先定科室会的日期 #act: objections.evade #violation: sales_quota #minutes: 1]
    ~ owes_favour = true
    “梁主任，要不咱们先把日子定了？21号周四，还是28号？” # speaker: rep
    “21号。那我就当咱们说好了。” # speaker: liang # mood: neutral
    你什么都没说。他把你的沉默当成了答应。 # speaker: narrator
* [说明支持从不看处方量，给他指一条科研的正规渠道 #act: compliance.declined #act: objections.defer_and_commit #act: relationship.professional_support #promise: iit_guidelines #minutes: 2]
    “梁主任，我跟您直说：恒康对任何科室的支持都不看处方量，我也不会把指标带进您的办公室。这场会能帮到您的病人，就是它全部的意义。如果您想要的是科里的科研，我们医学部受理研究者发起的研究（IIT）的支持申请，有正式流程，和销售完全分开。具体支持哪些方面我去问清楚，周五前把申请指南和联系人发给唐老师。” # speaker: rep
    “和销售完全分开。” # speaker: liang
    他把这句话重复了一遍，像在掂量它的分量。 # speaker: narrator
    “这么回答就对了。要是能做一个房颤病人出血再入院的研究，在省里比多吃几顿饭更给科室长脸。” # speaker: liang # mood: pleased # need: academic_standing
- -> closing

=== closing ===
他的手机响了，是病房打来的。 # speaker: narrator # phase: closing
“我得走了。还有别的事吗？” # speaker: liang
* [谢谢他，说细节再跟他联系 #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    “谢谢梁主任抽时间，具体细节我再跟您联系。” # speaker: rep
    “嗯。” # speaker: liang # mood: neutral
    他已经站起来了。 # speaker: narrator
* [请他会前提醒科里医生，房颤病人多想着点诺维沙班，这样开会时病例也新鲜 #act: relationship.transactional #act: closing.no_next_step #minutes: 1]
    “梁主任，还有个小事：开会之前，您能不能提醒一下科里医生，房颤病人多考虑考虑诺维沙班？” # speaker: rep
    “我提醒医生的是临床路径，不是品牌。” # speaker: liang # mood: annoyed
* [“多谢梁主任。我把今天商量的捋一下，把日子和备案定了。” #act: closing.summary #act: closing.thanks #act: closing.next_step #keeps: department_meeting #minutes: 2]
    ~ agreed = true
    “多谢梁主任。我把今天商量的几件事捋一下。” # speaker: rep
    {ae_reported:
        “出血的这例我今天就报给公司药物警戒部门，安全部门的同事会跟张磊医生联系。” # speaker: rep
    }
    {need_readmit:
        “科室会围绕‘别再出血’来讲：按肾功能定剂量、肾功能监测、老年病人出血怎么处理，再加一个住院医生讲的病例。” # speaker: rep
    }
    {owes_favour: “方医生的提纲周一前发给唐老师，其他的按咱们说的办。” | “会议只讲学术、全程留档：这周把申请交到医务处备案，方医生的提纲周一前发给唐老师。”} # speaker: rep
    “21号周四中午十二点半，您看可以吗？” # speaker: rep
    -> confirm
- -> after_visit

=== confirm ===
{
- owes_favour:
    “就21号。还有咱们说的那几件事，别让我催。” # speaker: liang # mood: pleased
- rapport >= 90:
    “21号，十二点半。我让唐老师把时间空出来。方医生的课件提前一天发给我。” # speaker: liang # mood: pleased
    他把你送到门口。 # speaker: narrator
    “去年有个代表，我提什么他都答应，我就是想看看他会怎么做。三月份让纪检那边禁止进院了。你还行。” # speaker: liang
- else:
    “提纲先发给唐老师。要真像你说的那样，我们再找个周四。” # speaker: liang # mood: neutral
}
-> after_visit

=== after_visit ===
在停车场，去下一家之前，你在手机上打开了梁主任的客户档案。 # speaker: narrator
* [把出血病例也记进他的档案，让客户记录更完整：病人年龄、病区、床号和出入院日期 #act: records.profile_updated #violation: privacy #off_clock #minutes: 3]
    你一条条录进去：83岁，女，一病区14床，入院和出院日期。CRM系统照单全收。 # speaker: narrator
* [顺手估一下他科里每个医生开了多少诺维沙班病人，方便安排下次拜访 #act: records.profile_updated #violation: prescription_tracking #off_clock #minutes: 2]
    你加了一张小表：张磊大概十个，陈静大概八个，住院医生少一些。感觉这就是精细化的区域管理。 # speaker: narrator
* [档案留到周五再补，先围绕科室会把这个月的计划重新调整一下 #act: records.review_done #off_clock #minutes: 2]
    你把科室会排进了月计划，档案的事推到了周五。 # speaker: narrator
* [记下变化和商定的事，不写病人信息；再复盘计划 #act: records.profile_updated #act: records.review_done #off_clock #minutes: 10]
    你记下这一个月的变化：出血再入院现在直接算进科室绩效，是他决策的出发点；他希望由科里自己的临床药师核查是否按肾功能用药；科室的学术地位对他很重要。再记下商定的事和你欠他的事：周一前交提纲，本周提交备案，周五前发研究申请指南。 # speaker: narrator
    然后复盘这一个月：哪一步让他愿意往下谈，他在哪些地方试探了你，哪些红线应该在拜访前就想清楚，而不是到了现场再临时应对。你约了方医生通电话把提纲定稿，又设了个提醒，确认安全部门已经联系上张磊医生。 # speaker: narrator
- -> epilogue

=== epilogue ===
{
- owes_favour:
    回到公司，你打开恒康的会议系统，手停在了键盘上。他今天听到的是“好”，而他现在等着你兑现的事，没有一件能如实填进系统。明天你得跟他、也得跟经理说清楚：这些事你办不到。 # speaker: narrator # ending: promises_you_cannot_keep
- not agreed:
    两天后唐老师打来电话：主任问“那个会”怎么没下文了。提纲、日期、备案，你一样也拿不出来。 # speaker: narrator # ending: loose_ends
- rapport >= 90:
    周一，医务处批下了备案申请。21号中午，示教室的签到表上签了三十一个名字。讨论超时了十五分钟，没有一个人提前离开。 # speaker: narrator # ending: meeting_confirmed
- else:
    唐老师回复说提纲收到了。会议“再研究研究”；要定下日子，你还得再跑一趟。 # speaker: narrator # ending: meeting_pending
}
-> END

=== patience_out ===
梁主任站起身，伸手去拿白大褂。 # speaker: narrator
“我还得去病房。你有什么材料交给我秘书吧。” # speaker: liang # mood: annoyed # ending: patience_exhausted
-> END
