# title: 周明华教授跟进拜访：她关心的问题变了
# segment: kol
# stage: follow_up
# setting: office
# lang: zh-CN
# customer: zhou
# dimensions: preparation, relationship, solutions, value, objections, closing, records
# leaves_to: patience_out
# assumes: need:renal_dosing, need:junior_bleeding_fear, promise:renal_substudy, promise:falls_data, promise:copay_check, promise:mi_dialysis_answer

// 诺维沙班（Norvixa）、NAVIGATE-AF研究和恒康医药均为虚构。
// 代表说出的每一条产品信息都来自产品信息表（src/core/world/product.ts），并标注了对应的claim。
// 接续 stories/kol-cardiology-first-visit 两周之后。代表欠她什么，取决于她对上次拜访的记忆
// （promise_open、remembers）；单独从场景库里玩这一篇时，以文件头的 assumes 代替。
// 周教授由引擎扮演：本文件只读取 rapport 和 patience，从不赋值。

VAR difficulty = 1
VAR rapport = 45
VAR patience = 60
VAR prepared = false
VAR ae_reported = false
VAR mi_referral = false
VAR session_offered = false
VAR booked = false
VAR cold = false

EXTERNAL promise_open(id)
EXTERNAL remembers(id)

-> prep

=== function promise_open(id) ===
~ return false

=== function remembers(id) ===
~ return false

=== prep ===
周一晚上九点半，在家。明天中午12:40，你约了周明华教授二十分钟，这是首次拜访两周后通过她秘书约到的。 # speaker: narrator
包已经放在门口，手机上开着CRM。 # speaker: narrator
你怎么准备？ # speaker: narrator
* [重看上次的记录，列出欠她的东西，定一个目标，只带对路的资料 #act: preparation.profile_reviewed #act: preparation.objective_set #act: preparation.material_matched #off_clock #minutes: 30]
    ~ prepared = true
    -> notes
* [带上肾功能亚组研究和铜版纸的疗效手册；上次聊了什么，你记得很清楚 #act: preparation.material_matched #off_clock #minutes: 5]
    亚组研究装进文件夹，上面压着那本疗效手册。你早早合上了电脑。 # speaker: narrator
    -> arrival
* [带上大区新发的四十页卒中预防幻灯片：这是本季度的推广主题 #act: preparation.material_unmatched #off_clock #minutes: 5]
    第一页是加粗的大字：“卒中更少，用法更简单。” # speaker: narrator
    -> arrival

=== notes ===
{remembers("renal_dosing") || remembers("junior_bleeding_fear"):
    两周前的记录： # speaker: narrator
    {remembers("renal_dosing"):
        七十五岁以上患者的肾功能剂量。“要数据，不要猜。” # speaker: narrator
    }
    {remembers("junior_bleeding_fear"):
        住院医生怕出血，自己给病人减量。 # speaker: narrator
    }
- else:
    上次的记录很单薄：她的老年患者，她的登记研究，别的没有多少。 # speaker: narrator
}
{promise_open("renal_substudy"):
    你答应过给她肾功能亚组研究全文和80岁以上患者的出血数据。两份单行本装进文件夹，剂量相关的几页贴好标签。 # speaker: narrator
- else:
    你还是把肾功能亚组研究和80岁以上亚组的单行本装上了：高龄患者的肾功能剂量是她的研究方向。 # speaker: narrator
}
{promise_open("copay_check"):
    你还答应过，周五前把城乡居民医保的自付金额告诉她。市场准入的同事今天下午才核实了本省的数字，比答应的晚了十天。数字打在一页纸上，放进了文件夹。 # speaker: narrator
}
{promise_open("mi_dialysis_answer"):
    她问的透析患者用药问题，医学信息部上周已经直接给她书面回复了。你记下一笔：明天问问她收到没有。 # speaker: narrator
}
{promise_open("falls_data"):
    还有跌倒患者的数据。NAVIGATE-AF没有做跌倒相关的分析，你不会硬编一个；不过医学部有一篇经过审批的综述，汇总了75岁以上患者出血和跌倒的已发表数据。你把它放进了文件夹。 # speaker: narrator
- else:
    你又加了一份医学部审批过的综述，汇总了75岁以上患者出血和跌倒的已发表数据：高龄患者跌倒，是她最担心的事。 # speaker: narrator
}
{not promise_open("renal_substudy") && not promise_open("copay_check") && not promise_open("mi_dialysis_answer") && not promise_open("falls_data"):
    你核对了两遍：上次没有欠她什么。 # speaker: narrator
}
你在本子上写下：“目标：把欠她的东西兑现；了解她现在关心什么；为她的住院医生落实一项支持。” # speaker: narrator
-> arrival

=== arrival ===
周二中午12:40，离中秋还有一周。住院部九楼，心内科心律失常病区医生办公室。护士站的柜台后面，堆着病人家属送来的月饼盒。 # speaker: narrator # phase: reconnect
今天周教授桌上没有饭盒。屏幕上开着一份出院小结，血红蛋白的变化曲线标成了红色，抬头有病人的姓和床号。 # speaker: narrator
{difficulty > 1:
    “二十分钟，可能还不到。急诊那边有个病人等着收。” # speaker: zhou # mood: sceptical # time_granted: 20
- else:
    “恒康的？挺准时。坐吧，我有二十分钟。” # speaker: zhou # mood: neutral # time_granted: 20
}
* {prepared} [“教授，提前祝您中秋快乐。”然后把准备好的文件夹交给她 #act: relationship.personal_care #keeps: renal_substudy #keeps: copay_check #keeps: mi_dialysis_answer #gives: renal_substudy_reprint #gives: elderly_subgroup_reprint #minutes: 2]
    “谢谢周教授抽时间，也提前祝您中秋快乐。” # speaker: rep
    {promise_open("renal_substudy"):
        “上次答应您的，NAVIGATE-AF肾功能亚组研究全文和80岁以上患者的出血数据，剂量相关的几页我都贴了标签。” # speaker: rep
    - else:
        “肾功能亚组研究和80岁以上的数据，我多带了几份，住院医生要是想看，可以人手一份。” # speaker: rep
    }
    {promise_open("copay_check"):
        “还有欠您的居民医保自付金额。不好意思晚了，市场准入的同事昨天才把本省的数字核实下来。” # speaker: rep
    }
    {promise_open("mi_dialysis_answer"):
        “医学信息部说，透析那个问题上周已经书面回复您了。您收到了吗？” # speaker: rep
        “收到了。简短，有文献出处，没有推销的味道。” # speaker: zhou
    }
    她接过文件夹，翻到贴了标签的那几页。 # speaker: narrator
    {promise_open("renal_substudy") || promise_open("copay_check"):
        “晚是晚了点，不过说到做到。这样的代表没你想的那么多。” # speaker: zhou # mood: pleased
    - else:
        “谢谢。” # speaker: zhou # mood: neutral
    }
* {not prepared} [“教授，提前祝您中秋快乐。”然后把肾功能亚组研究交给她 #act: relationship.personal_care #keeps: renal_substudy #gives: renal_substudy_reprint #minutes: 2]
    “谢谢周教授抽时间，也提前祝您中秋快乐。这是NAVIGATE-AF肾功能亚组研究全文。” # speaker: rep
    她接过去，等了一下，像是在等你说别的。你什么也没说。 # speaker: narrator
    “谢谢。” # speaker: zhou # mood: neutral
* [把一盒恒康月饼放到她桌上，说是“给科里的”，再把亚组研究递过去 #act: relationship.transactional #violation: improper_benefit #keeps: renal_substudy #gives: renal_substudy_reprint #minutes: 2]
    “周教授，快过节了，一点小心意，给您和科里的同事尝尝。对了，这是亚组研究。” # speaker: rep
    她看的是那盒月饼，不是文件夹。 # speaker: narrator
    “拿回你车上去。企业送的东西一律要交到医院廉洁办，我可不想去解释你这盒是怎么回事。资料留下。” # speaker: zhou # mood: annoyed
* [她忙，客套就免了：把文件夹递过去，直接讲亚组研究的结果 #act: value.evidence_cited #claim: renal_substudy #keeps: renal_substudy #keeps: copay_check #gives: renal_substudy_reprint #gives: elderly_subgroup_reprint #rapport: -10 #minutes: 3]
    “周教授，这是肾功能亚组研究和您要的其他数字。核心结果是：3,050例肌酐清除率30到49、用10毫克的患者，卒中或全身性栓塞年发生率1.6%对2.1%，大出血3.1%对4.0%……” # speaker: rep
    “摘要两周前我就看过了。放这儿吧，全文我晚上看。” # speaker: zhou # mood: neutral
    {promise_open("mi_dialysis_answer"):
        医学信息部关于透析的答复她收到没有，你始终没问。 # speaker: narrator
    }
- -> reassess

=== reassess ===
她把文件夹放到一摞期刊上，目光又回到了屏幕上那串红色的数字。 # speaker: narrator # phase: review
{remembers("renal_dosing"):
    “肾功能剂量。对，两周前我关心的是这个。” # speaker: zhou
- else:
    “肾功能的数据。嗯，要是两周前，我会先看这个。” # speaker: zhou
}
* [“您刚才说‘两周前’。是不是有什么变了？您现在最放不下的是什么？” #act: solutions.needs_reassessed #minutes: 1]
    “您说‘两周前’。听起来这两周发生了些事。现在您抗凝的病人里，最让您放心不下的是什么？” # speaker: rep
    她沉默了一下，把屏幕上的窗口最小化了。 # speaker: narrator
    “你说得对，是有变化。” # speaker: zhou # mood: neutral
* [“教授，我带了80岁以上患者的消化道出血数据，出血应该是您现在最关心的。” #act: value.need_linked #links: gi_bleeding_elderly #act: value.evidence_cited #claim: elderly_subgroup #rapport: -10 #minutes: 3]
    “周教授，我想您会需要80岁以上患者的消化道出血数据：诺维沙班年发生率1.9%，华法林1.6%；大出血是4.1%对5.0%。” # speaker: rep
    她把屏幕上的窗口最小化了。 # speaker: narrator
    “我一个字都没提出血。你在看我的屏幕？” # speaker: zhou # mood: annoyed
* [“上次见面以后，您给多少病人用上了诺维沙班？” #act: relationship.transactional #minutes: 1]
    “周教授，上次见面以后，您给多少病人用上了诺维沙班？” # speaker: rep
    “你今天是来统计这个的？” # speaker: zhou # mood: annoyed
    她停了一下，用笔敲了敲屏幕。 # speaker: narrator
- -> bleeds

=== bleeds ===
“十天里两例消化道出血，都是八十岁以上。一个八十三岁的男病人，在我们抗凝门诊吃华法林，社区医生给他开了抗生素，INR升到4.6，半夜两点呕血从急诊进来的。” # speaker: zhou
“另一个是八十六岁的老太太，吃的是你们的药，10毫克，肌酐清除率四十左右，春天在县医院开始用的。黑便，血红蛋白68，输了两个单位红细胞。胃镜是胃溃疡。事后她女儿才说，老太太膝盖疼，一直在药店自己买止痛药吃。” # speaker: zhou # need: gi_bleeding_elderly # adverse_event: norvixa_gi_bleed
“两个人都在恢复，抗凝都停了。什么时候重新开、开不开，得我来定。” # speaker: zhou # need: restart_after_bleed
* [“真是难熬的两周。药物警戒这边不用姓名：年龄、剂量、肾功能、合并用药？” #act: solutions.ae_escalated #claim: common_adverse_events #minutes: 3]
    ~ ae_reported = true
    “真不容易，这两周您辛苦了。出血是诺维沙班最常见的不良反应，所有可疑病例都要报到我们公司的药物警戒部门，所以第二位患者我需要在24小时内上报。不需要姓名，只要年龄、性别、剂量、肾功能、合并用药、发生了什么、目前转归。知道她吃的是哪种止痛药吗？如果药物警戒的同事需要补充信息，可以直接联系您吗？” # speaker: rep
    “应该是双氯芬酸。可以，让他们打给我。我们科也会报到国家药品不良反应监测系统。” # speaker: zhou # mood: neutral
    她说，你记：八十六岁，女，10毫克每日一次，四月开始服用，肌酐清除率约40，自行服用非处方双氯芬酸，黑便，血红蛋白68 g/L，输红细胞两个单位，胃镜示胃溃疡，已停用诺维沙班，正在恢复。 # speaker: narrator
    “问得这么规范的代表，你是第一个。” # speaker: zhou # mood: pleased
* [“她在吃止痛药的话，那多半是止痛药的问题，我觉得不能算到诺维沙班头上。” #act: solutions.ae_dismissed #minutes: 1]
    “周教授，她既然在吃治膝盖的非甾体抗炎药，那最可能是止痛药引起的，我觉得不能算到诺维沙班头上。” # speaker: rep
    “因果关系轮不到你来判断，也不是我一个人说了算。她是在吃你们药的时候出的血。” # speaker: zhou # mood: sceptical
* [“这两周真不容易。说明书的要求是：停药、支持治疗、处理出血部位。” #act: solutions.tailored #links: restart_after_bleed #act: value.evidence_cited #act: compliance.medical_referral #claim: bleeding_management #minutes: 2]
    “真不容易，这两周您辛苦了。说明书的规定是：停用诺维沙班，给予支持治疗，处理出血部位。半衰期9到13小时，肾功能差的时候会延长；目前没有获批的特异性逆转剂。什么时候重新启用，超出了说明书的范围，可以请医学信息部给您书面答复。” # speaker: rep
    “抗凝药怎么停，我还是知道的。” # speaker: zhou # mood: neutral
    她又看了你一会儿，像是在等你再问点什么。你没有问。 # speaker: narrator
* [“既然是县医院开的药，病人又自己吃了止痛药，我看就不用正式上报了。” #act: solutions.ae_dismissed #violation: ae_unreported #minutes: 1]
    -> ae_asked_to_leave
- -> gi_data

=== ae_asked_to_leave ===
“周教授，药是县医院开的，止痛药又是她自己买的，我觉得这个就不用走正式上报了，省得给您添麻烦。” # speaker: rep
周教授摘下眼镜，放在桌上。 # speaker: narrator
“病人吃你们的药出了血，你让我别声张？所有可疑的不良反应都要上报：我们科会报国家监测系统，你们公司也有上报的义务。今天就到这儿。这次谈话，我会亲自跟你们医学部说。” # speaker: zhou # mood: annoyed # end_visit: asked_to_leave # ending: asked_to_leave
-> END

=== gi_data ===
“那你老实告诉我，八十岁以上的病人，你们的消化道出血数据是怎么样的？” # speaker: zhou # phase: deepen
{difficulty > 1:
    “补充材料我看过了，别跟我四舍五入。” # speaker: zhou # mood: sceptical
}
* [“其实诺维沙班的消化道出血比华法林还低，我觉得这位老太太只是运气不好。” #act: value.need_linked #links: gi_bleeding_elderly #violation: misleading_claim #minutes: 1]
    -> misleading_asked_to_leave
* [“80岁以上大出血4.1对5.0，消化道出血1.9对1.6，我们更高。” #act: value.need_linked #links: gi_bleeding_elderly #act: value.evidence_cited #claim: elderly_subgroup #claim: trial_bleeding #minutes: 2]
    “NAVIGATE-AF里80岁及以上的患者有2,600例。大出血年发生率诺维沙班4.1%，华法林5.0%。消化道出血正好反过来：1.9%对1.6%，诺维沙班数值上偏高。整个研究里，颅内出血是0.4%对0.8%。所以在您八十岁以上的病人里，消化道出血这个信号是实实在在的，也正是您这两周碰到的。” # speaker: rep
    “谢谢。我凌晨一点看的就是这张表，你没往对自己有利的方向凑数。” # speaker: zhou # mood: neutral
* [“还是要看大局：肾功能亚组里减少的卒中，比增加的出血分量重得多。” #act: value.feature_dump #claim: renal_substudy #minutes: 2]
    “周教授，我理解。不过还是要看整体获益：肾功能亚组里，卒中或全身性栓塞年发生率是1.6%，华法林2.1%。您想想能少多少卒中……” # speaker: rep
    “我问的是消化道出血，你答的是卒中。你们的消化道出血数据怎么样，我心里有数了。” # speaker: zhou # mood: annoyed
- -> objection_why

=== misleading_asked_to_leave ===
“其实周教授，诺维沙班的消化道出血比华法林还低，我觉得她就是运气不好。” # speaker: rep
“还低？你们自己研究里八十岁以上那张表写的是1.9%对1.6%，是高。她出血那天晚上我就看过了。” # speaker: zhou # mood: annoyed
她站了起来。 # speaker: narrator
“我请你说实话，你却把自己的数据跟我说反了。这话要是讲给我的住院医生，他们会当真的。请你出去。” # speaker: zhou # mood: annoyed # end_visit: asked_to_leave # ending: asked_to_leave
-> END

=== objection_why ===
“也就是说，偏偏在我这类病人身上，消化道出血更多。你给我一个理由：一个八十五岁的病人，我为什么要用它，而不是继续吃华法林？” # speaker: zhou # mood: sceptical # objection: gi_tradeoff
{difficulty > 1:
    “相对风险降低多少那一套就免了。” # speaker: zhou
}
* {prepared} [“这是个权衡，每个病人都由您定。利弊摆在这儿，还有医学部的跌倒综述。” #act: objections.acknowledge #act: objections.evidence_response #act: relationship.value_content #claim: elderly_subgroup #claim: trial_bleeding #claim: contraindications #keeps: falls_data #gives: safety_review #minutes: 3]
    “这确实是权衡，每个病人怎么选，由您来判断。数据能给您的是完整的一笔账：80岁以上患者，大出血年发生率4.1%对5.0%，消化道出血1.9%对1.6%；整个研究里，颅内出血0.4%对0.8%。说明书规定，有临床意义的活动性出血、有大出血显著风险的病变禁用；她的溃疡现在还算不算，要您来临床判断。” # speaker: rep
    {promise_open("falls_data"):
        “上次我说过，要查查跌倒患者有哪些数据。NAVIGATE-AF没有做跌倒相关的分析，我不会硬编一个。我能给您的是这份：我们医学部对75岁以上患者出血和跌倒已发表数据做的综述，经过审批，可以提供给医生。它不是NAVIGATE-AF的数据，也不是诺维沙班的宣传资料。” # speaker: rep
    - else:
        “您上次提到过跌倒的病人。NAVIGATE-AF没有做跌倒相关的分析，不过我们医学部汇总了75岁以上患者出血和跌倒的已发表数据，这是经过审批的综述。它不是诺维沙班的宣传资料。” # speaker: rep
    }
    她看完摘要页，把角折了一下。 # speaker: narrator
    “数据讲得平衡，综述也不是从你们的药出发的。很好。” # speaker: zhou # mood: pleased
* {not prepared} [“这是个权衡，每个病人都由您定。利弊我如实摆在这儿。” #act: objections.acknowledge #act: objections.evidence_response #claim: elderly_subgroup #claim: trial_bleeding #claim: contraindications #minutes: 2]
    “这确实是权衡，每个病人怎么选，由您来判断。数据能给您的是完整的一笔账：80岁以上患者，大出血年发生率4.1%对5.0%，消化道出血1.9%对1.6%；整个研究里，颅内出血0.4%对0.8%。说明书规定，有临床意义的活动性出血、有大出血显著风险的病变禁用；她的溃疡现在还算不算，要您来临床判断。” # speaker: rep
    {promise_open("falls_data"):
        “至少讲得平衡。你上次不是还要查跌倒病人的数据吗？” # speaker: zhou # mood: sceptical
        你没准备这个。你说这周内发给她，她在本子上记了一笔。 # speaker: narrator
    - else:
        “至少讲得平衡。” # speaker: zhou # mood: neutral
    }
* [把80岁以上亚组的每个出血数字，再加上说明书里的禁忌证，一条一条念给她听 #act: objections.evidence_response #act: value.need_linked #links: gi_bleeding_elderly #act: value.evidence_cited #claim: elderly_subgroup #claim: trial_bleeding #claim: contraindications #rapport: -10 #minutes: 4]
    “80岁以上患者大出血年发生率4.1%对5.0%，消化道出血1.9%对1.6%。整个研究里，大出血2.4%对3.0%，颅内出血0.4%对0.8%，消化道出血1.2%对1.1%。禁忌证包括有临床意义的活动性出血、有大出血显著风险的病变、伴凝血异常的肝病……” # speaker: rep
    “这张表我凌晨一点就看过了。我要的是一个理由，不是听你背书。” # speaker: zhou # mood: sceptical
* [“恕我直言，消化道出血能治，卒中却治不回来，疗效显然更重要。” #act: objections.argue #minutes: 1]
    “周教授，恕我直言，消化道出血可以治，卒中可是挽回不了的。疗效显然更重要。” # speaker: rep
    “这话你去跟那个血红蛋白68的八十六岁老太太说。什么更重要，轮不到你来给我上课。” # speaker: zhou # mood: annoyed
- -> juniors

=== juniors ===
“真正让我睡不着的是这个。第二例出血以后，我的住院医生不再按肌酐清除率定剂量了。八十岁以上一律10毫克，不管肾功能怎么样。昨天我还发现一个，给肌酐清除率65的病人开10毫克隔天一次。” # speaker: zhou # need: junior_dose_reduction
“说实话，经历了这两周，我也说不准他们是不是错了。你熟悉这个药。一个肾功能不错的八十五岁病人，10毫克够不够？我能不能跟他们说这样没问题？” # speaker: zhou # objection: empiric_low_dose
* [“说实话，八十岁以上一律10毫克是稳妥的做法，您的住院医生很谨慎，很多医院也都这么用。” #act: solutions.tailored #links: junior_dose_reduction #violation: off_label #minutes: 1]
    “说实话周教授，高龄患者用10毫克是稳妥的做法，很多医院都这么用。住院医生这是谨慎，我觉得可以支持。” # speaker: rep
    她盯着你看了好一会儿。 # speaker: narrator
    “一个说明书上没有、你们研究里也没试过的剂量，你说‘可以支持’。这正是我最不想从你嘴里听到的话。” # speaker: zhou # mood: annoyed
* [“他们怕很正常。说明书：20毫克，30到49用10毫克。低剂量的事我请医学部书面答复。” #act: objections.acknowledge #act: objections.evidence_response #act: objections.defer_and_commit #act: compliance.medical_referral #claim: dose_standard #claim: dose_renal #promise: mi_low_dose_answer #minutes: 2]
    ~ mi_referral = true
    “两周里连着两例出血，他们害怕很正常。不过我能告诉您的，只有说明书和研究里的内容：标准剂量是20毫克每日一次；按Cockcroft-Gault公式算，肌酐清除率30到49时用10毫克每日一次。肌酐清除率65的病人用10毫克，已经超出说明书范围，我拿不出任何依据说这样还能预防卒中。至于高龄患者低剂量有没有其他数据，这要由我们医学信息部来回答。我今天就提交，由医学同事给您书面回复。” # speaker: rep
    “说明书怎么规定，边界在哪儿。行。剩下的，我也更愿意看书面的。” # speaker: zhou # mood: neutral
* [“剂量是您科里医生的临床决定，教授，这个恐怕我不方便评论。” #act: objections.evade #minutes: 1]
    “周教授，这是您科里医生的临床决定，这个恐怕我不方便评论。” # speaker: rep
    “你们自己的说明书怎么写，你总能说吧。这种回答，我的住院医生也会。” # speaker: zhou # mood: sceptical
- -> support

=== support ===
“那我拿他们怎么办？骂一顿没用，他们是真怕。” # speaker: zhou
* [“我可以亲自给住院医生讲一次NAVIGATE-AF的疗效，他们看了结果，信心自然就有了。” #act: value.feature_dump #claim: trial_efficacy #minutes: 2]
    “周教授，我很乐意亲自给他们讲一次NAVIGATE-AF：14,200例患者，卒中或全身性栓塞年发生率1.3%对1.7%。看到疗效，他们就有信心用足剂量了。” # speaker: rep
    “他们不是不信你们的疗效，是怕下一个出血。产品宣讲是他们最不需要的东西。” # speaker: zhou # mood: annoyed
* [“我给住院医生留一盒剂量卡：20毫克每日一次，清除率30到49用10毫克。” #act: solutions.tailored #links: junior_dose_reduction #claim: dose_standard #claim: dose_renal #gives: dosing_card #minutes: 1]
    “我给住院医生留一盒剂量卡：20毫克每日一次，肌酐清除率30到49时用10毫克。” # speaker: rep
    “一张卡片治不了他们的怕。不过留下吧。” # speaker: zhou # mood: neutral
* [“要不请医学部的同事在科会上做一小时病例讨论？病例您来选，幻灯您来审。” #act: relationship.professional_support #act: solutions.tailored #links: junior_dose_reduction #links: restart_after_bleed #claim: dose_renal #claim: renal_monitoring #claim: bleeding_management #gives: bleeding_management_card #minutes: 3]
    ~ session_offered = true
    “也许更有用的，是围绕他们的担心，而不是围绕我们的产品，做一次培训。我们医学部的医学顾问，不是销售，可以在您的科会上做一小时病例讨论：怎么用Cockcroft-Gault公式算肌酐清除率、按说明书选剂量，用药前怎么评估出血风险，病人出了血以后怎么处理。病例由您来选，幻灯片您先审。” # speaker: rep
    “出血这部分，这张卡片只写说明书上的内容：停用诺维沙班，支持治疗，处理出血部位；半衰期9到13小时，肾功能差时延长；目前没有特异性逆转剂。什么时候重新启用超出了说明书，要由医学信息部和医学顾问来回答，不该由我来说。” # speaker: rep
    “讲病例，不讲你们的药。可以。让你们医学顾问结合病例讲讲出血以后什么时候重新抗凝，他们半夜打电话问我的就是这个。” # speaker: zhou # mood: pleased
- -> feedback

=== feedback ===
{patience <= 25:
    她抬头看了一眼门上方的钟。 # speaker: narrator
    “还有五分钟。” # speaker: zhou
- else:
    她抬头看了一眼门上方的钟。 # speaker: narrator
}
* [“除了这位，您其他用诺维沙班的病人怎么样？团队用起来难在哪儿？” #act: solutions.feedback_collected #minutes: 2]
    “最后想请教一个问题，这对我们很重要。除了这位患者，您其他用诺维沙班的病人情况怎么样：有没有卒中、出血或者别的问题？每日一次在实际生活里用起来方不方便？您的团队用起来，难在哪里？” # speaker: rep
    “没有卒中，也没听说还有别的出血。每天一次，县里的病人很适应。问题出在肾功能上：他们不回来查肌酐，春天肌酐清除率55，到秋天就成了40，剂量不对了也没人发现。” # speaker: zhou # mood: neutral # need: renal_monitoring_gaps
    “这个反馈很有用。我请医学顾问专门准备一个肾功能下降的病例。” # speaker: rep
* [“您其他用诺维沙班的病人怎么样？我还带了大字版用药须知，给县里的病人用。” #act: solutions.feedback_collected #act: solutions.tailored #links: renal_monitoring_gaps #gives: patient_leaflet #rapport: -5 #minutes: 3]
    “周教授，您其他用诺维沙班的病人情况怎么样？我还带了大字版的老年患者用药须知，县里的病人也许用得上。” # speaker: rep
    “没有卒中，也没听说还有别的出血。问题不在用药须知上，在肾功能上：他们不回来查肌酐，春天肌酐清除率55，到秋天就成了40，剂量不对了也没人发现。” # speaker: zhou # mood: neutral # need: renal_monitoring_gaps
* [“现在数据都齐了，您会不会给更多病人用上诺维沙班？” #act: relationship.transactional #minutes: 1]
    “周教授，现在数据都齐了，您看后面会不会给更多病人用诺维沙班？” # speaker: rep
    “我刚跟你说完这两周的事，你就问这个？该用的人我会用，该用什么我就用什么。” # speaker: zhou # mood: sceptical
- -> closing

=== closing ===
护士敲门：急诊收的病人已经上来了。 # speaker: narrator # phase: closing
{rapport < 50:
    “我得走了。” # speaker: zhou # mood: annoyed
- else:
    “我得上病房了。” # speaker: zhou
}
* [“谢谢您抽时间，教授，这是我的名片，有需要随时找我。” #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    “谢谢周教授抽时间，这是我的名片，有需要随时找我。” # speaker: rep
    -> no_next_step
* [“走之前再提一句：卒中比华法林少、每日一次、肾功能一步调整。下次有病人想着它？” #act: value.feature_dump #act: closing.no_next_step #claim: trial_efficacy #claim: dose_standard #minutes: 2]
    “周教授，走之前再跟您强调一下：卒中比华法林少，每日一次，肾功能剂量只需调整一档。希望您后面有合适的病人，优先考虑诺维沙班。” # speaker: rep
    -> no_next_step
* [“那就是两件事：高龄消化道出血，住院医生自己减量。两周后我再来，好吗？” #act: closing.summary #act: closing.thanks #act: closing.next_step #minutes: 2]
    -> next_step

=== no_next_step ===
{rapport >= 70:
    “行，放我秘书那儿吧。” # speaker: zhou # mood: neutral
    你还没收好包，她已经出门了。 # speaker: narrator
- else:
    ~ cold = true
    “好，谢谢。” # speaker: zhou # mood: sceptical
    她没有回头。 # speaker: narrator
}
-> record

=== next_step ===
“谢谢周教授。我确认一下：您现在最担心的，已经从肾功能剂量变成了八十岁以上患者的消化道出血，还有住院医生因为害怕而自行减量。” # speaker: rep
{ae_reported:
    “第二位患者的情况，我今天报给公司药物警戒部门，他们可能会联系您。” # speaker: rep
}
{mi_referral:
    “低剂量的问题，医学信息部会给您书面答复。” # speaker: rep
}
{session_offered:
    “另外，我们的医学顾问这周会联系您秘书，商量病例讨论的安排，病例和幻灯片都先给您审。两周后我再来，听听效果怎么样，可以吗？” # speaker: rep
- else:
    “等您看完亚组研究，两周后我再来拜访，可以吗？” # speaker: rep
}
{
- session_offered && rapport >= 80:
    ~ booked = true
    “28号科会，早上七点半。给四十分钟，不是十五分钟。我请孙梅主任带老年科的医生一起来，她们管的也是这批病人。让你们医学顾问21号之前把病例发给我。” # speaker: zhou # mood: pleased
    她边往门口走，边把这件事记进了日程本。 # speaker: narrator
- rapport >= 55:
    “先把书面答复发给我。你带来的要是医学、不是营销，我们再谈。” # speaker: zhou # mood: neutral
- else:
    ~ cold = true
    “放我秘书那儿吧。” # speaker: zhou # mood: sceptical
}
-> record

=== record ===
二十分钟后，在一楼的咖啡厅，你在CRM里打开周教授的客户档案。 # speaker: narrator
上一条记录还是首次拜访写的：“肾功能剂量；住院医生怕出血；抗凝门诊；房颤合并CKD登记研究。” # speaker: narrator
- (entry)
* [记下有什么变了：她现在关心什么、想要哪种支持、还有什么没办完，不写患者信息 #act: records.profile_updated #off_clock #minutes: 3]
    你写道：“关注点已从肾功能剂量转为八十岁以上患者的消化道出血，以及住院医生超说明书自行减量。会自己看研究补充材料，要精确的数字，要医学的、非推广性质的支持。待办：医学顾问的病例讨论{not prepared && promise_open("falls_data"):；还欠她跌倒患者的数据}。县里的病人常常漏查肾功能。” # speaker: narrator
    {mi_referral:
        你补了一句：“医学信息部：高龄患者低剂量问题，今日已提交，待书面答复。” # speaker: narrator
    }
    {ae_reported:
        你填上了药物警戒的报告编号，没有写任何能识别患者的信息。 # speaker: narrator
    }
* [为了方便医学顾问准备病例，把所有信息都记下来，包括你在她屏幕上看到的患者姓氏和床号 #act: records.profile_updated #violation: privacy #off_clock #minutes: 2]
    你把患者的姓、床号、年龄和血红蛋白都敲进了记录，挂在周教授的档案下面，整个大区团队都看得到。 # speaker: narrator
* [估一个她现在有多少病人在用诺维沙班，记下来，方便跟踪培训后她的处方有没有增长 #act: records.profile_updated #violation: prescription_tracking #off_clock #minutes: 2]
    你加了一栏：“周教授，诺维沙班在用患者：约20人。培训后目标：30人。” # speaker: narrator
* {not ae_reported} [动笔之前，先给药物警戒部门打电话，上报那位出血的病人 #act: solutions.ae_escalated #off_clock #minutes: 10]
    ~ ae_reported = true
    她跟你讲了一位吃诺维沙班出血的病人，而这件事到现在还只在你脑子里。 # speaker: narrator
    你把知道的都报了：八十六岁女性，10毫克每日一次，肌酐清除率约40，黑便，血红蛋白68，输红细胞两个单位，胃镜示胃溃疡，自行服用非处方止痛药，已停用诺维沙班，正在恢复；报告人周教授，愿意接受联系。药物警戒的同事给了你一个报告编号，其余信息由他们直接联系她补充。 # speaker: narrator
    然后你给周教授的秘书发了条简短的消息：病例已上报恒康药物警戒部门，他们可能会来电。 # speaker: narrator
    -> entry
- -> review

=== review ===
接着是心律失常专业的客户计划，一个月前写的：“第三季度主信息：肾功能亚组疗效。目标：诺维沙班成为CKD患者首选。” # speaker: narrator
* [计划不动：本季度的主信息就是肾功能疗效，下次找机会给住院医生讲一遍 #act: value.feature_dump #off_clock #minutes: 1]
    计划原样保留。下个月的拜访记录你已经提前写了一半。 # speaker: narrator
* [给计划挂上数字：培训之后，她们科每月要新增十个诺维沙班患者 #act: records.review_done #violation: sales_quota #off_clock #minutes: 2]
    你写道：“28号医学培训。预期回报：心律失常专业每月新增患者十人。” # speaker: narrator
* [重做计划：安全优先、医学部培训、还没办完的事，再和老年科搭上线 #act: records.review_done #off_clock #minutes: 3]
    你重写了计划。主信息：出血风险和说明书剂量，而不是疗效。行动：医学顾问的病例讨论；医学信息部的书面答复；借这次培训认识老年科孙梅主任，而不是贸然登门。两周后回访，看住院医生在剂量上的问题有没有变化。 # speaker: narrator
- -> wrap_up

=== wrap_up ===
{
- booked:
    两周后，早上七点半，九楼示教室坐得满满的：住院医生、两位老年科医生，周教授坐在第一排。屏幕上的第一个病例，是一位黑便的八十六岁女性患者，屋里没有人知道她叫什么。 # speaker: narrator # ending: teaching_session_booked
- cold:
    周教授的秘书每次接你电话都很客气，只是能约到的最早时间在六周以后。 # speaker: narrator # ending: polite_dismissal
- else:
    三天后，周教授的秘书回了你的邮件：教授看过你留下的资料，下个月可以再见你一次。还没定具体日子，但门还开着。 # speaker: narrator # ending: material_requested
}
-> END

=== patience_out ===
周教授站起来，从门后取下白大褂。 # speaker: narrator
“病房有病人等着，没时间再谈了。你带的东西放我秘书那儿吧。” # speaker: zhou # mood: annoyed # end_visit: patience_exhausted # ending: patience_exhausted
-> END
