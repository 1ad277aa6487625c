# title: 和陈静医生的一周微信往来
# segment: clinician
# stage: follow_up
# lang: zh-CN
# customer: chen

// 诺维沙班（Norvixa）、NAVIGATE-AF研究和恒康医药均为虚构。
// 一次顺利的病房拜访之后，陈医生在一周里通过微信陆续找代表要了几样东西。
// 本场景练的是合规的微信沟通：只发经审批的资料，不回答超说明书问题，聊天和档案里不留患者信息，
// 听到不良事件就上报，节日问候不做交易。

VAR difficulty = 1
VAR rapport = 60
VAR patience = 50
VAR need_caregiver = false
VAR crossed_line = false

~ patience = clamp(patience - 20 * (difficulty - 1))
-> monday

// 让 rapport 和 patience 保持在 0-100 之间
=== function clamp(x) ===
~ return MAX(0, MIN(100, x))

=== monday ===
周一晚上21:10。今天上午二病区查完房，陈静医生给了你实实在在的八分钟。她负责病区老年患者出院抗凝的宣教，跟你要了两样东西：给住院医生用的诺维沙班剂量卡，以及老年患者看得懂的宣教单页。你答应今晚发给她。 # speaker: narrator # phase: reconnect
手机里是从恒康资料库下载的两份已审批文件：剂量卡和大字版患者宣教单页。 # speaker: narrator
* [把两份文件发过去，感谢她，顺手把她拉进你每天发产品信息的“诺维沙班之友”群 #act: relationship.promise_kept #act: relationship.transactional #minutes: 2]
    ~ patience = clamp(patience - 10)
    “陈老师，答应您的剂量卡和患者宣教单页发您了。感谢您对诺维沙班的支持！另外把您拉进了我们的‘诺维沙班之友’群，最新资讯第一时间都在里面。” # speaker: rep
    十分钟后，系统提示：陈静已退出群聊“诺维沙班之友”。 # speaker: narrator
    “文件收到，谢谢。以后别拉我进群了，手机已经够吵了。” # speaker: chen # mood: annoyed
* [把两份文件发过去，每份配一句用途说明，再附上她提到的省抗凝临床路径原文链接 #act: relationship.promise_kept #act: relationship.value_content #minutes: 2]
    ~ rapport = clamp(rapport + 10)
    “陈老师，上午答应您的资料：1）住院医生用的剂量卡，恒康医学部审核过，一面是肌酐清除率估算和剂量选择，一面是肾功能监测；2）大字版宣教单页，给患者和家属看的。您上午提到《清河省抗凝临床路径（2025版）》，这是省卫健委网站上的全文链接。” # speaker: rep
    “收到，谢谢！你动作真快。住院医生得抢着要这张卡了。” # speaker: chen # mood: pleased
- -> tuesday

=== tuesday ===
-> patience_check ->
周二中午12:35。 # speaker: narrator # phase: review
“既然你这么靠谱，再问个事。儿科有个同事，手上一个十四岁的孩子心脏手术后长了血栓，问我诺维沙班有没有儿童的数据。你能把诺维沙班儿童用药的资料发我一份吗？” # speaker: chen
{difficulty > 1:
    “有什么就发什么，就我们自己看，不会有人知道的。” # speaker: chen
}
* [把同事在销售群里分享的一篇儿童药代动力学会议摘要转给她 #act: relationship.value_content #violation: off_label #minutes: 1]
    ~ crossed_line = true
    ~ rapport = clamp(rapport - 5)
    ~ patience = clamp(patience - 5)
    “这是同事分享的一篇会议摘要，讲诺维沙班在青少年里的药代动力学，看着挺有前景的！” # speaker: rep
    “嗯……销售群里传的会议摘要。我拿这个给儿科医生，不太合适吧。” # speaker: chen # mood: sceptical
* [说明诺维沙班只批准用于成人，儿童用药你不能谈，提出把问题转给医学信息部书面答复 #act: compliance.medical_referral #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    “谢谢陈老师信任我。不过诺维沙班只批准用于成人非瓣膜性房颤患者，儿童用药我不能介绍，也不能发相关资料。我可以把这个问题提交给恒康医学信息部，由医学同事根据现有数据书面回复您，或者直接回复儿科的同事。提问人就写您，可以吗？” # speaker: rep
    “好，麻烦你了，把儿科的卢医生也抄送上。原来还有这种正规渠道，我都不知道。” # speaker: chen # mood: pleased
* [先不回，等她忘了这事 #act: objections.evade #minutes: 1]
    ~ rapport = clamp(rapport - 5)
    ~ patience = clamp(patience - 10)
    你把手机扣在桌上。到了晚上，那条消息还显示已读未回。 # speaker: narrator
    “？？” # speaker: chen # mood: sceptical
- -> wednesday

=== wednesday ===
-> patience_check ->
周三下午17:50。陈医生发来一张照片：一位患者的化验单。姓名、住院号都在上面，81岁，体重48公斤，血肌酐110 µmol/L。 # speaker: narrator
“收病人间隙问一句：这个老太太明天出院，给20还是10？你们的药你最熟。” # speaker: chen
{difficulty > 1:
    “你算一下也就十秒钟的事，拜托了，我这边忙疯了。” # speaker: chen
}
* [根据化验单算出她的肌酐清除率，直接告诉陈医生该用哪个剂量 #act: solutions.tailored #violation: privacy #minutes: 2 #claim: dose_renal]
    ~ crossed_line = true
    ~ rapport = clamp(rapport + 5)
    “陈老师，按Cockcroft-Gault公式算，她的肌酐清除率大概27 mL/min，低于30，不推荐用诺维沙班。” # speaker: rep
    “哦，对。谢了，省得我自己算。” # speaker: chen # mood: neutral
* [保存照片，转给恒康医学信息部，让他们给个专业意见 #act: compliance.medical_referral #violation: privacy #minutes: 2]
    ~ crossed_line = true
    “好问题，我把化验单转给我们医学信息部，让他们给您意见。” # speaker: rep
    “你要把我病人的化验单发给你们公司？” # speaker: chen # mood: sceptical
    她把消息删了。可照片已经存进了你的相册，也进了医学信息部的邮箱。 # speaker: narrator
* [说明你不能在微信上接收病历资料，请她撤回，你这边也删除；请她按剂量卡背面的步骤和说明书规定自己判断 #act: solutions.tailored #minutes: 2 #claim: dose_renal]
    ~ rapport = clamp(rapport + 5)
    “陈老师，病人的病历资料我不方便在微信上接收，具体某个病人用多大剂量也不该由我来判断。麻烦您把照片撤回一下，我这边已经删了。剂量卡背面有Cockcroft-Gault公式的计算步骤，用年龄、体重和肌酐就能算。说明书的规定是：肌酐清除率30到49用10毫克每日一次，低于30或透析患者不推荐使用。拿不准的病例，可以请临床药师一起看看。” # speaker: rep
    她撤回了照片。十分钟后： # speaker: narrator
    “用卡算了，27。这个病人不用诺维沙班了，我们再考虑别的方案。你说得对，这种东西不该到处发，老习惯了。” # speaker: chen # mood: neutral
- -> thursday

=== thursday ===
-> patience_check ->
周四中午13:10。一张医生办公室墙面的照片：你的剂量卡就贴在排班表旁边。 # speaker: narrator
“看，上墙了。” # speaker: chen # mood: pleased
* [问她这周新上了几个诺维沙班的病人 #act: relationship.transactional #violation: prescription_tracking #minutes: 1]
    ~ crossed_line = true
    ~ rapport = clamp(rapport - 10)
    ~ patience = clamp(patience - 10)
    “太好了！陈老师，这周您新上了几个诺维沙班的病人呀？” # speaker: rep
    “我不给代表报数。你也不该问这个。” # speaker: chen # mood: annoyed
    过了一分钟，语气缓和了些： # speaker: narrator
    “对了，有件事跟你说一下：我有个吃诺维沙班的病人流鼻血了。” # speaker: chen
* [问她剂量卡和宣教单页在病区用得怎么样，吃诺维沙班的病人情况如何：疗效、出血、用药方便不方便 #act: solutions.feedback_collected #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    “能用上就好！剂量卡和宣教单页在病区用着怎么样？吃诺维沙班的病人到目前情况如何：有没有出血，吃药有没有什么不方便，哪里不顺手？” # speaker: rep
    “现在住院医生每收一个病人都对着卡算。病人喜欢一天一次。不过有件事：我一个79岁的病人这周流了两次鼻血，自己止住了，剂量没动。” # speaker: chen # mood: neutral
- -> nosebleed

=== nosebleed ===
-> patience_check ->
“不严重，就是觉得应该跟你说一声。” # speaker: chen
* [安慰她说鼻出血是常见的已知不良反应，宣教单页上就写着，不用做什么 #act: solutions.ae_dismissed #violation: ae_unreported #minutes: 1]
    ~ crossed_line = true
    ~ rapport = clamp(rapport - 5)
    ~ patience = clamp(patience - 5)
    “谢谢陈老师。鼻出血是常见的已知不良反应，单页上也写了，不用担心。” # speaker: rep
    “我没担心。我是想着你们公司可能会关心。” # speaker: chen # mood: sceptical
* [谢谢她，说等月度例会时跟公司提一下 #act: solutions.ae_escalated #violation: ae_unreported #minutes: 1]
    ~ crossed_line = true
    “谢谢您告诉我！等月度例会的时候我跟公司反映一下。” # speaker: rep
    “一个月一次？行吧。” # speaker: chen # mood: neutral
* [谢谢她，说明必须在24小时内报告恒康药物警戒部门，只问报告需要的信息，不要任何能识别患者的内容 #act: solutions.ae_escalated #minutes: 3 #claim: common_adverse_events]
    ~ rapport = clamp(rapport + 5)
    “谢谢陈老师，这种情况我确实需要知道。我听到的任何可疑不良反应，哪怕很轻，都要在24小时内报告给恒康的药物警戒部门。鼻出血是诺维沙班最常见的不良反应之一，正因为常见，每一例都不能漏。能识别病人身份的信息我都不需要，也请不要在这里发病历。只要：年龄、性别、剂量、肾功能、什么时候流的鼻血、怎么处理的、现在情况怎样。之后我们药物警戒的同事可能会打电话找您补充随访，您看方便吗？” # speaker: rep
    “79岁，女，10毫克，肌酐清除率41，周一和周三各流了一次鼻血，压迫止血，剂量没调，今天挺好。比填我们医院的上报表快多了。” # speaker: chen # mood: pleased
- -> friday

=== friday ===
-> patience_check ->
周五上午11:20。 # speaker: narrator # phase: deepen
“明天又是患教课，十二个病人加家属。上次的单页一个上午就发完了。” # speaker: chen
* [问她患教课要不要再多送些同样的单页 #act: discovery.closed_question #minutes: 1]
    ~ patience = clamp(patience - 5)
    “患教课要不要再多送些单页？” # speaker: rep
    “行啊。” # speaker: chen # mood: neutral
* [问问拜访以后有什么新情况：来上课的都是谁，老年病人回家以后最难的是什么 #act: solutions.needs_reassessed #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    ~ need_caregiver = true
    “单页能用上太好了！我想问问，上课的实际都是哪些人？老年病人回家以后，最难的是什么？” # speaker: rep
    “来的其实都是子女，不是病人自己。老人的药是子女在管，很多还在外地。回家以后出的问题说起来很简单：谁也不知道老妈今天那片吃没吃，身上青一块了也不知道该怎么办。单页讲的是药，家属需要的是每天能用的东西。” # speaker: chen # mood: neutral # need: caregiver_support
- -> friday_offer

=== friday_offer ===
-> patience_check ->
“明天的课你能给我准备点什么？” # speaker: chen
* {need_caregiver} [提供经审批的家属用药日记和大字版单页，再提供恒康医学部的患教幻灯，由她自己来讲 #act: solutions.tailored #act: relationship.professional_support #minutes: 3]
    ~ rapport = clamp(rapport + 10)
    “给家属的话，恒康有一本审批过的用药日记：每天吃没吃药打个勾，列了哪些出血情况要及时就医，还有一栏记下次查肾功能的时间。明早8点我把50本日记和50份大字版单页送到病区办公室。另外我们医学部有一套非推广性质的患教幻灯，主题是长期抗凝患者的日常管理，您觉得合适的话课上可以直接用。” # speaker: rep
    “打勾，就是要这个。放护士长那儿就行，幻灯我今晚看看。” # speaker: chen # mood: pleased
* [提出明天你亲自去患教课，给病人和家属讲讲诺维沙班 #act: relationship.professional_support #violation: clinical_area_intrusion #minutes: 2]
    ~ crossed_line = true
    ~ rapport = clamp(rapport - 10)
    ~ patience = clamp(patience - 10)
    “要不明天我过去，直接给病人和家属讲讲诺维沙班？” # speaker: rep
    “医药代表到病房给我的病人讲课？不行。患教课不是这么上的。” # speaker: chen # mood: annoyed
* [提出再送一摞标准版宣教单页 #act: relationship.value_content #minutes: 1]
    “明天上午我再送50份单页到病区办公室。” # speaker: rep
    “谢谢。” # speaker: chen # mood: neutral
- -> festival

=== festival ===
-> patience_check ->
周六就是中秋节。周五晚上，经理拉的工作群里刷满了月饼图片。你记得拜访时听她说过，中秋她要值班。 # speaker: narrator # phase: closing
* [发一条简短的私人问候，不提产品，祝她值班顺利 #act: relationship.personal_care #minutes: 1]
    ~ rapport = clamp(rapport + 5)
    “陈老师中秋快乐。祝值班一夜太平，忙里偷闲吃块月饼。” # speaker: rep
    “哈，你还记得我值班。也祝你中秋快乐！” # speaker: chen # mood: pleased
* [发节日问候，附一个200元的微信红包，“一点心意” #act: relationship.transactional #violation: improper_benefit #minutes: 1]
    -> red_envelope
* [转发一张带诺维沙班标志的恒康节日电子贺卡，感谢她的“支持” #act: relationship.transactional #minutes: 1]
    ~ rapport = clamp(rapport - 5)
    “陈老师中秋快乐！感谢您对诺维沙班的大力支持，期待继续合作！” # speaker: rep
    她回了一个月饼表情，别的什么也没说。 # speaker: narrator # mood: neutral
- -> sunday

=== red_envelope ===
“陈老师中秋快乐！一点心意，买盒月饼。” # speaker: rep
那个200元的红包放了一个小时，一直没人领。然后系统提示：陈静已退还红包。 # speaker: narrator
“已经退回去了。以后千万别这样：医院会查这些，我不想自己的名字和药企的钱扯在一起。以后资料请送到病区办公室，别再发我手机了。” # speaker: chen # mood: annoyed # end_visit: asked_to_leave # ending: contact_cut
-> END

=== sunday ===
周日晚上。新的一周开始之前，你在CRM里打开了陈医生的客户档案。 # speaker: narrator
* [把这一周的聊天记录整段导进备注，连图片一起，记录才完整 #act: records.profile_updated #violation: privacy #minutes: 2]
    ~ crossed_line = true
    导出的记录什么都带进来了，包括那张化验单和流鼻血病人的情况。CRM的备注检查提示“可能含有患者信息”，你点了“仍然保存”。 # speaker: narrator
* [记一句“资料已发送”就完事 #act: records.profile_updated #minutes: 1]
    档案里多了一行字。没错，但几乎什么也没说。 # speaker: narrator
* [更新她的档案：记下了解到的情况和欠她的事，不写任何患者信息；再复盘你在二病区的计划 #act: records.profile_updated #act: records.review_done #minutes: 4]
    你记下了解到的情况：她每周六上患教课，来的大多是家属{need_caregiver:，她的需求已经从讲清楚药，转向帮家属在家里管好药}；她喜欢文件配一句说明；你给她发过哪些资料；她的哪些问题还在医学信息部或药物警戒部门处理中，只记编号。不写姓名，不留照片。 # speaker: narrator
    然后复盘这一周：她要了什么，你兑现了什么，微信上哪些时候你差点图省事走了捷径。下周计划：问问家属对用药日记的反馈，再问她住院医生是否需要一次出血处理的小讲课。 # speaker: narrator
- -> epilogue

=== epilogue ===
{
- crossed_line:
    周一风平浪静。陈医生照样回你的消息，可这一周的聊天记录里、或者你的档案里，有些内容你绝不希望被恒康合规部门或医院看到。聊天记录和档案可不会忘。 # speaker: narrator # ending: compliance_exposure
- rapport >= 80 + 10 * (difficulty - 1):
    周一早上7:45，陈医生发来一条消息。 # speaker: narrator
    “家属们特别喜欢那本日记，有个儿子把每一页都拍了照。梁主任问我科室会请哪家的代表，我报了你的名字。” # speaker: chen # mood: pleased # ending: trusted_contact
- else:
    周一一整天没有消息。下次在病房碰到陈医生，她还是很客气，只是对你多了几分谨慎。 # speaker: narrator # ending: polite_distance
}
-> END

=== patience_check ===
{patience <= 0: -> patience_out}
->->

=== patience_out ===
她的下一条消息是深夜发来的，很短。 # speaker: narrator
“不好意思，这周微信实在顾不上。有要紧事的话，查完房来病房找我吧。” # speaker: chen # mood: annoyed # end_visit: patience_exhausted # ending: patience_exhausted
-> END
