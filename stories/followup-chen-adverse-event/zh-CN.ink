# title: 陈静医生跟进拜访：宣教手册，和顺口提到的一件事
# segment: clinician
# stage: follow_up
# setting: office
# dimensions: relationship, solutions, records
# lang: zh-CN
# customer: chen
# leaves_to: patience_out
# assumes: need:ward_dosing_tools, need:readable_leaflets, need:post_discharge_bleeding, promise:dosing_card, promise:patient_leaflets

// 诺维沙班（Norvixa）、NAVIGATE-AF研究和恒康医药均为虚构，文中患者亦为虚构。
// 代表说出的每一条产品信息都出自信息卡（src/core/world/product.ts），并用 # claim: 标注。
// 接续 clinician-first-visit-chen（需求 ward_dosing_tools、readable_leaflets、post_discharge_bleeding；
// 承诺 dosing_card、patient_leaflets）。另一次跟进拜访可能已经把手册送到了。
// 陈医生由引擎扮演，rapport、patience 和 customer_state 由引擎写入，本故事只读不写。
// 本次听到的不良事件：nosebleed_bruising（顺口提到）和 haematuria。之后任何一次上报动作都算报告；
// 始终不报，拜访以 ae_unreported 判不通过。

EXTERNAL remembers(id)
EXTERNAL promise_open(id)

VAR difficulty = 1
VAR rapport = 55
VAR patience = 55
VAR customer_state = "guarded"
VAR leaflets_owed = false
VAR leaflets_sent = false
VAR cards_owed = false
VAR nose_heard = false
VAR nose_noted = false
VAR heard_count = false
VAR reported = false
VAR ae_open = false
VAR need_calls = false
VAR leaked = false
VAR pushed = false
VAR wavered = false

-> reconnect

=== function remembers(id) ===
~ return false

=== function promise_open(id) ===
~ return false

=== reconnect ===
~ leaflets_owed = promise_open("patient_leaflets")
~ leaflets_sent = remembers("patient_leaflets") && not leaflets_owed
~ cards_owed = promise_open("dosing_card")
周一上午十点四十分，距离第一次拜访两周。心内科二病区医生办公室。 # speaker: narrator # phase: reconnect
{
- leaflets_owed:
    你胳膊底下夹着一箱大字版患者手册，一共五十本，上周三刚通过恒康医学部审批——就是上次答应陈医生的宣教资料。 # speaker: narrator
- leaflets_sent:
    大字版手册陈医生已经拿到一个星期了：审批下来当天，你就把电子版发给了她。今天你胳膊底下夹着一箱印好的，五十本，给她周四的宣教课用。 # speaker: narrator
- else:
    你胳膊底下夹着一箱大字版患者手册，一共五十本，上周三刚通过恒康医学部审批。第一次拜访时陈医生说过，她那些老年病人看不清现在发的宣教单。 # speaker: narrator
}
{cards_owed:
    文件夹里是答应给她那些住院医生的塑封剂量卡。 # speaker: narrator
- else:
    文件夹里还有一沓新的塑封剂量卡，给这个月刚到病区的住院医生。 # speaker: narrator
}
{difficulty > 1:
    “哦，是你啊。快点说，早上七点到现在已经收了三个病人了。” # speaker: chen # mood: sceptical
- else:
    “哟，恒康的！还真又来了。”陈医生拿笔朝你招了招手。 # speaker: chen # mood: pleased
}
* {leaflets_owed} [把答应的东西交给她，问问上周四的宣教课怎么样 #act: relationship.promise_kept #act: relationship.personal_care #keeps: patient_leaflets #keeps: dosing_card #gives: patient_leaflet #gives: dosing_card #minutes: 2]
    “上次答应您的：大字版手册五十本，第四页用大白话写了出血要注意的征象。{cards_owed:还有给住院医生的剂量卡。|再给新来的住院医生带了几张剂量卡。}上周四的宣教课怎么样？您说小张和小何要留下来加班上课。” # speaker: rep
    -> thursday
* {leaflets_owed} [把手册交给她，顺带提一句这批手册你费了多大劲才批下来，她要是能多用点诺维沙班就好了 #act: relationship.promise_kept #act: relationship.transactional #keeps: patient_leaflets #keeps: dosing_card #gives: patient_leaflet #gives: dosing_card #minutes: 2]
    ~ pushed = true
    -> lever
* {leaflets_owed} [把箱子和剂量卡放在她桌上，直接说正事 #act: relationship.promise_kept #keeps: patient_leaflets #keeps: dosing_card #gives: patient_leaflet #gives: dosing_card #minutes: 1]
    -> brisk
* {not leaflets_owed} [把手册和剂量卡交给她，问问上周四的宣教课怎么样 #act: relationship.professional_support #act: relationship.personal_care #keeps: dosing_card #gives: patient_leaflet #gives: dosing_card #minutes: 2]
    “{leaflets_sent:手册印好了五十本，护士们就不用排队去复印了。|我们的大字版手册上周三批下来了。您说过病人看不清以前的宣教单，我就带了五十本来。}{cards_owed:还有答应给住院医生的剂量卡。|再给新来的住院医生带了几张剂量卡。}上周四的宣教课怎么样？您说小张和小何要留下来加班上课。” # speaker: rep
    -> thursday
* {not leaflets_owed} [把手册交给她，顺带提一句印这批手册你费了多大劲，她要是能多用点诺维沙班就好了 #act: relationship.transactional #keeps: dosing_card #gives: patient_leaflet #gives: dosing_card #minutes: 2]
    ~ pushed = true
    -> lever
* {not leaflets_owed} [把箱子和剂量卡放在她桌上，直接说正事 #act: relationship.professional_support #keeps: dosing_card #gives: patient_leaflet #gives: dosing_card #minutes: 1]
    -> brisk

= thursday
{leaflets_sent:
    “来了十一家，还有两个孙子拿手机记笔记！我们自己复印的那份灰蒙蒙的，印好的清楚多了。”她把一本印好的手册拿远了看，点了点头。 # speaker: chen # mood: pleased
- else:
    “来了十一家，还有两个孙子拿手机记笔记！”她从箱子里拿出一本，先放在正常距离看，又拿远了看，“哎，这回老爷子们能看清了。” # speaker: chen # mood: pleased
}
-> review

= lever
“陈医生，手册给您带来了。为这个我可没少跑，我们医学部慢得很。所以您那边房颤病人出院，要是能多带几个诺维沙班，我们经理肯定看得到。” # speaker: rep
她脸上的笑没了，把手册放回了箱子里。 # speaker: narrator
“明白了。我还以为是给病人的。” # speaker: chen # mood: sceptical
-> review

= brisk
“大字版手册五十本，还有剂量卡。” # speaker: rep
“好，谢谢。”她把箱子推到桌子底下。 # speaker: chen # mood: neutral
-> review

=== review ===
她又从箱子里抽出一本，放在自己那摞复印宣教单旁边。 # speaker: narrator # phase: review
* [问她用诺维沙班出院的病人在家情况如何：效果、不良反应、用着方不方便 #act: solutions.feedback_collected #minutes: 3]
    ~ nose_heard = true
    ~ heard_count = true
    “用诺维沙班出院的那些病人，现在怎么样？效果、不良反应、用着方不方便？” # speaker: rep
    “一天一次他们喜欢，县里来的尤其喜欢。你上次来过以后，大概有十一二个是带着它出院的吧。”她用笔敲了敲桌子。 # speaker: chen # mood: neutral
    “不良反应嘛，常见的那些。有个老太太在家流了次鼻血，按压一会儿就止住了；还有一个两条前臂都是瘀青。算不上什么问题。” # speaker: chen # adverse_event: nosebleed_bruising
    -> nosebleeds
* [问她上次拜访以后用诺维沙班的病人有多少个 #act: relationship.transactional #minutes: 1]
    ~ pushed = true
    “陈医生，我上次来过以后，您这边用上诺维沙班的病人有多少个了？” # speaker: rep
    “我不给厂家数数。什么药适合病人我就用什么药，你知道的。” # speaker: chen # mood: sceptical
    -> ae_mention
* [跟她说上个月发布的省抗凝临床路径 #act: relationship.value_content #claim: guideline #minutes: 2]
    “《清河省抗凝临床路径（2025版）》您看到了吗？对符合条件的非瓣膜性房颤患者，里面把包括诺维沙班在内的Xa因子抑制剂列为优于华法林的首选。我把全文带来了，不是摘要。” # speaker: rep
    “听说出了。放这儿吧，我晚上看。” # speaker: chen # mood: neutral
    -> ae_mention

=== nosebleeds ===
她已经伸手去拿下一份出院小结了。 # speaker: narrator
* [再问问鼻出血和瘀青的情况，并说明这些也要报给药物警戒 #act: solutions.ae_escalated #claim: common_adverse_events #minutes: 2]
    ~ nose_noted = true
    “您先等一下：鼻出血和瘀斑是说明书上列出的不良反应，哪怕是预期内的，也要报给我们药物警戒部门，他们就是靠这些知道发生得有多频繁。两个人有严重的吗？做过什么处理吗？” # speaker: rep
    “鼻出血在家按压十分钟就止住了，没输血，药也没停。瘀青那个没摔过跤，血红蛋白正常。两个都是八十多岁的老太太。”她耸耸肩，“你非要报就报吧，走之前我把情况告诉你。” # speaker: chen # mood: neutral
* [告诉她鼻出血和瘀青是说明书上写了的副作用，不用担心 #act: solutions.ae_dismissed #claim: common_adverse_events #minutes: 1]
    ~ wavered = true
    “这些都是说明书上写了的副作用，陈医生，不用担心。” # speaker: rep
    “我跟家属也是这么说的。” # speaker: chen # mood: neutral
* [问她家属们觉得手册怎么样 #act: solutions.feedback_collected #minutes: 2]
    “那家属们呢？他们觉得手册怎么样？” # speaker: rep
    “都先翻讲出血的那一页。那当然了。” # speaker: chen # mood: neutral
- -> ae_mention

=== ae_mention ===
她打开一份出院小结，一边签字，一边头也不抬地说。 # speaker: narrator
“哦对了，15床的高建国，老高，八十一了。他在吃诺维沙班，上周尿里有点血。估计没什么事，他那前列腺大得跟橘子似的，泌尿科也看过了。” # speaker: chen # mood: neutral # adverse_event: haematuria
{difficulty > 1:
    “别这么看着我。这个岁数常有的事。” # speaker: chen
}
* [停下来认真对待：任何可疑不良反应都要在24小时内报药物警戒，请她给三分钟了解情况 #act: solutions.ae_escalated #claim: common_adverse_events #minutes: 2]
    “陈医生，我能打断您一下吗？血尿是诺维沙班说明书上列出的不良反应之一。不管最后查出来是什么原因，只要我听到可疑的不良反应，都必须在24小时内报给恒康的药物警戒部门。这不是追责，是不是药引起的也不该由我来判断。您能给我三分钟，我了解一下基本情况吗？” # speaker: rep
    {difficulty > 1:
        “三分钟。我可不想为这事接你们总部二十个电话。” # speaker: chen # mood: sceptical
    - else:
        “你还挺认真。行，三分钟。”她合上了出院小结。 # speaker: chen # mood: neutral
    }
    -> ae_facts
* [附和说多半是前列腺的问题，接着聊别的 #act: solutions.ae_dismissed #minutes: 1]
    ~ ae_open = true
    “八十一岁，前列腺又那么大，多半跟药没关系。” # speaker: rep
    “泌尿科也是这么说的。”她签了下一页。 # speaker: chen # mood: neutral
    -> deepen_needs
* [记一笔，等下个月拜访、情况更清楚了再说 #act: solutions.ae_dismissed #violation: ae_unreported #minutes: 1]
    “这个我先记下来，等下个月原因更清楚了我们再聊。” # speaker: rep
    你在本子上写了一行“15床？血尿”，就翻到了下一页。 # speaker: narrator
    “行。” # speaker: chen # mood: neutral
    -> deepen_needs

=== ae_facts ===
她在电脑上调出15床的病历。 # speaker: narrator
“你要哪些信息？” # speaker: chen
* [只问报告需要、又认不出患者身份的信息，并问药物警戒同事能否给她打电话 #act: solutions.ae_escalated #minutes: 3]
    “只要报告需要的，能认出他是谁的信息一律不要：姓名拼音缩写、年龄、性别；诺维沙班的剂量、什么时候开始吃的；出了什么情况、哪天开始哪天好的；怎么处理的；还吃了哪些别的药；现在情况怎么样。另外您作为报告医生，如果我们药物警戒的同事有问题要补充，可以给您打电话吗？{nose_heard:您刚才说的鼻出血和瘀青，我一起报{nose_noted:，情况您已经跟我说了。|。刚才是我太草率了，只要年龄、性别、发生了什么和转归就行。}}” # speaker: rep
    “GJG，男，八十一。10毫克每日一次，肌酐清除率41，2号出院开始吃的。9号周二他儿子打电话来说尿是红的，10号来看的：尿里满是红细胞，血红蛋白121，跟出院时一样。泌尿科看了，前列腺增生，没有结石。诺维沙班没停，12号就好了。” # speaker: chen # mood: neutral
    她往下翻了翻，皱起眉头。 # speaker: narrator
    “这个你也写上：他自己又把阿司匹林吃上了，邻居跟他说对心脏好。我们给停了。可以给我打电话，上午最好。” # speaker: chen
    -> ae_report
* [要他的全名、床号和身份证号，再问能不能把那页病历拍下来，好让药物警戒那边信息齐全 #act: solutions.ae_escalated #violation: privacy #minutes: 2]
    -> asked_to_leave
* [只问她觉得是不是药引起的：如果是前列腺的问题，就没什么要报的 #act: solutions.ae_dismissed #minutes: 1]
    ~ ae_open = true
    “您觉得真是诺维沙班引起的吗？要是前列腺的问题，那就没什么要报的了。” # speaker: rep
    “八十一岁？哪个都有可能，也可能两个都有。”她耸耸肩，关掉了病历，“那就是没什么要报的了吧。” # speaker: chen # mood: neutral
    -> deepen_needs

=== asked_to_leave ===
“为了信息完整，能告诉我他的全名、床号和身份证号吗？我再把这页病历拍一下，药物警戒那边就什么都有了。” # speaker: rep
陈医生把显示器转了过去。 # speaker: narrator
“拍我病人的病历？用你的手机？不行，绝对不行。” # speaker: chen # mood: annoyed
“你倒提醒了我为什么不该跟代表说这些。这事我走医院自己的上报系统。今天就到这儿吧。” # speaker: chen # mood: annoyed # end_visit: asked_to_leave # ending: asked_to_leave
-> END

=== ae_report ===
{difficulty > 1:
    “那接下来呢？我一整个病区的事还忙不过来，可没空给你们公司填表。” # speaker: chen # mood: sceptical
- else:
    “那接下来怎么弄？会有人为这事给我打电话吗？” # speaker: chen
}
* [告诉她你今天就上报，药物警戒可能给她打一次电话，医院自己的上报照常 #act: solutions.ae_escalated #minutes: 2]
    ~ reported = true
    “您不用给我们填任何东西。我一出病区就打电话报给我们药物警戒部门{nose_heard:，鼻出血和瘀青一起报}，肯定在24小时以内。如果还缺什么信息，药物警戒的同事可能会找个上午给您打一次电话。医院要是也要在自己的不良反应监测系统里报，照常通过药剂科走就行，两边不冲突。” # speaker: rep
    “上午，一次。行。刘洋以前可从来没报过什么，至少我没听说过。” # speaker: chen # mood: neutral
* [告诉她你今天就上报，并说这正说明她的护士该在出院后给病人打电话，我们可以提供回访清单 #act: solutions.ae_escalated #act: solutions.tailored #links: post_discharge_calls #minutes: 2]
    ~ reported = true
    “我一出病区就报给药物警戒，肯定在24小时以内。说实话，陈医生，这正说明您的护士应该在出院后给每个病人打电话回访。我们可以给她们做一份清单。” # speaker: rep
    “他尿红了，前列腺又大，我们也处理好了。别拿我的病人当由头，再给我塞一张你们的纸。” # speaker: chen # mood: sceptical
* [宽慰她：人已经好了，问题也不大，就不用麻烦药物警戒了 #act: solutions.ae_dismissed #violation: ae_unreported #minutes: 1]
    “其实人已经好了，问题也不大，我看就不用麻烦药物警戒了，也省得给您打电话。” # speaker: rep
    “那好，大家都少填张表。” # speaker: chen # mood: pleased
* [告诉她你会写进周五给经理的周报里 #act: solutions.ae_dismissed #violation: ae_unreported #minutes: 1]
    “我周五写进周报里，经理会往上报的。” # speaker: rep
    “随你。” # speaker: chen # mood: neutral
- -> deepen_needs

=== deepen_needs ===
她拍了拍那箱手册。 # speaker: narrator
“住院医生有了剂量卡，病人有了手册。{leaflets_owed || leaflets_sent || cards_owed:你说到做到了。|你还真带了点有用的东西回来。}你们这行，这样的可不多。” # speaker: chen # phase: deepen
* [问她病区现在有什么变化，下一个短板在哪里 #act: solutions.needs_reassessed #minutes: 3]
    ~ need_calls = true
    “谢谢陈医生。现在剂量卡和手册都用上了，病区的需求有没有什么变化？下一个短板在哪儿？” # speaker: rep
    “短板是回家后的头两个星期。手册上写了要注意什么，可没人去问他们到底有没有出现这些情况。小张自己主动给八十岁以上出院的病人打电话回访，要问的几条就写在一个信封背面。{ae_open:一半的问题，一个电话就能早发现。|老高的儿子要是接到她的电话，第一天就会说尿红了。}” # speaker: chen # mood: neutral # need: post_discharge_calls
* [提出请医学部同事帮她的护士建立出院后电话回访 #act: solutions.tailored #links: post_discharge_calls #act: relationship.professional_support #minutes: 2]
    “陈医生，现在很多病区都给出院的老年病人打电话回访。我可以请医学部的同事帮您的护士把这个做起来。” # speaker: rep
    “哪来的护士？我的护士周四已经在加班了。”她看了你一会儿，“你还没问过病区需要什么。” # speaker: chen # mood: sceptical
* [问她既然手册都有了，能不能把一部分用通贝沙班的病人换成诺维沙班 #act: relationship.transactional #minutes: 1]
    ~ pushed = true
    “既然手册都到了，您看能不能考虑把一部分用通贝沙班的病人换成诺维沙班？” # speaker: rep
    “手册是给病人的，不是订金。稳定的病人要换药，得有临床理由。” # speaker: chen # mood: annoyed
* [提醒她每日一次给药本身就解决了大部分依从性问题 #act: value.feature_dump #claim: dose_standard #minutes: 1]
    “而且每日一次给药，本身就把大部分依从性问题解决了。” # speaker: rep
    “要真那么简单就好了。” # speaker: chen # mood: sceptical
- -> deepen_solution

=== deepen_solution ===
{
- need_calls:
    “你有什么主意？小张那个信封都快翻烂了。” # speaker: chen
- customer_state == "irritated":
    她看了一眼挂钟，站了起来：“还有别的吗？病区等着呢。” # speaker: chen # mood: annoyed
- else:
    她看了一眼挂钟：“还有别的吗？病区等着呢。” # speaker: chen
}
* [提出按手册上的出血征象做一份出院第3天、第14天的电话回访清单，和医学部同事一起带来 #act: solutions.tailored #links: post_discharge_calls #act: relationship.professional_support #claim: common_adverse_events #claim: renal_monitoring #minutes: 2]
    {need_calls:
        “那我们给小张弄个比信封好用的东西。我可以请医学部把手册上出血征象那一页，做成一页出院第3天、第14天的电话回访清单：鼻出血、牙龈出血、瘀斑、血尿、黑便、贫血的表现，还有有没有新加的药，包括阿司匹林。再加一行肾功能复查提醒：至少每年一次，七十五岁以上或者肌酐清除率低于60的要查得更勤。29号我和医学部的同事一起把初稿带来，您看方便吗？” # speaker: rep
        “29号，查完房。给小张也带一份，那本来就是她的信封。” # speaker: chen # mood: pleased
    - else:
        “我可以请医学部按手册上的出血征象，做一份出院第3天、第14天的电话回访清单，再加一行肾功能复查提醒，和医学部同事一起带过来。” # speaker: rep
        “给一个没人有空打的电话做清单。”她什么也没记。 # speaker: chen # mood: sceptical
    }
* [提出帮她把病区的宣教项目做成省护理学术会议的壁报 #act: relationship.professional_support #act: relationship.value_content #minutes: 2]
    “您周四的宣教项目值得拿到院外去讲。省护理学术会议壁报投稿到下个月底截止，我可以把老年抗凝患者健康教育方面的文献检索结果和投稿须知发给您，内容由您和小张来写。” # speaker: rep
    “壁报。小张肯定愿意。把投稿须知发我。” # speaker: chen # mood: pleased
* [建议病人在手机上设个吃药闹钟就行 #act: value.feature_dump #minutes: 1]
    “让病人在手机上设个闹钟提醒吃药，不就行了？” # speaker: rep
    “一半人用的是只能打电话的老人机。” # speaker: chen # mood: sceptical
- -> leaving

=== leaving ===
9床的护士在门口等着，陈医生站了起来。 # speaker: narrator # phase: closing
{reported:
    “把你们药物警戒同事的电话微信发我，我好知道是谁打来的。” # speaker: chen
- else:
    “答应的东西微信发我吧，我晚上看。” # speaker: chen
}
你道了谢，离开了病区。 # speaker: narrator
{ae_open:
    -> second_thoughts
}
-> wechat

=== second_thoughts ===
电梯里，你看着本子上那一行字：“15床，81岁，尿血。估计是前列腺。” # speaker: narrator
* [回病区，花两分钟向陈医生补齐信息，今天就报给药物警戒部门 #act: solutions.ae_escalated #minutes: 3]
    ~ ae_open = false
    ~ reported = true
    ~ wavered = true
    你在护士站找到她，请她再给两分钟：姓名缩写、年龄、剂量、起止日期、怎么处理的、转归{nose_heard && not nose_noted:，鼻出血和瘀青也照样问一遍}。 # speaker: narrator
    “我还以为你不管了。”她比平时多看了你一会儿，“GJG，八十一，10毫克，9号到12号。药没停。泌尿科考虑前列腺。他自己又吃上了阿司匹林，我们给停了。好了，快走吧，我忙着呢。” # speaker: chen # mood: neutral
    你在停车场就打电话报给了恒康药物警戒部门，距你第一次听说这件事才两个小时。 # speaker: narrator
* [算了：她说多半是前列腺，人也已经好了 #act: solutions.ae_dismissed #violation: ae_unreported #minutes: 1]
    你合上本子。电梯门在一楼打开了。 # speaker: narrator
- -> wechat

=== wechat ===
坐进车里，你打开微信，准备给陈医生发答应过的跟进消息。 # speaker: narrator
* [道谢，把答应的内容发过去，消息里不出现任何患者信息 #act: relationship.professional_support #off_clock]
    {reported:
        “陈医生，谢谢您今天上午抽时间。按我们说好的，今天讨论的{nose_heard:几个病例|那个病例}我已经报给恒康药物警戒部门了。药物警戒的徐老师如果需要补充信息，可能会找个上午给您打个电话，她的直线电话附在下面。{need_calls:电话回访清单的初稿，29号我和医学部同事一起带过来。}” # speaker: rep
    - else:
        “陈医生，谢谢您今天上午抽时间，手册用上了就好。{need_calls:电话回访清单的初稿，29号我和医学部同事一起带过来。}” # speaker: rep
    }
    一分钟后，她回了一个大拇指。 # speaker: narrator
* [把消息写完整，免得弄混是哪个病人：写上他的名字、床号和发生了什么 #act: relationship.professional_support #violation: privacy #off_clock]
    ~ leaked = true
    “陈医生，今天辛苦了！关于15床高建国吃诺维沙班10毫克出现血尿的事，{reported:我已经报给我们药物警戒部门了，徐老师可能会联系您。|我这边记下了。}” # speaker: rep
    不到一分钟，她就回了。 # speaker: narrator
    “撤回。马上。以后别在微信里写我病人的名字。” # speaker: chen # mood: annoyed
- -> crm_note

=== crm_note ===
开车之前，你打开客户管理系统记录这次拜访。 # speaker: narrator
* [更新她的档案，不良事件只写“已报药物警戒”，然后回顾调整对她的拜访计划 #act: records.profile_updated #act: records.review_done #off_clock]
    你写道：“陈静医生：大字版手册已送达并在使用；剂量卡住院医生在用。{need_calls:需求已转向出院后头两周的随访（护士电话回访）。}关注点：80岁以上患者居家出血。{reported:可疑不良反应已于今日报药物警戒部门，此处不记录患者信息。}” # speaker: narrator
    然后你看了看对她的拜访计划。{need_calls:她关心的已经从“用多少剂量”变成了“回家以后谁来盯着”：下次拜访定在29号，带医学部同事和回访清单，而不是新的产品手册。|两周后再来，问问病区现在需要什么。} # speaker: narrator
    -> outcome
* {heard_count} [记录这次拜访，再加上一句“首次拜访后约12名患者用上诺维沙班”，给经理的上量跟踪表用 #act: records.profile_updated #violation: prescription_tracking #off_clock]
    你写道：“陈静医生：手册已送达。上次拜访后约12名患者开始使用诺维沙班（本人估计）。”你又把这个数字填进了经理每周五要看的片区表格。 # speaker: narrator
    -> count_flagged
* [趁着记得清楚，全部写下来，免得漏掉，包括患者姓名和床号 #act: records.profile_updated #violation: privacy #off_clock]
    你写道：“陈静医生。患者高建国，15床，男，81岁，服诺维沙班10 mg，9号至12号血尿，前列腺？自行加服阿司匹林。手册已送达。” # speaker: narrator
    -> note_flagged
* [先简单更新一下档案，计划留到周五复盘时再说 #act: records.profile_updated #off_clock]
    你写道：“手册已送达。剂量卡在用。{need_calls:护士出院后电话回访。}{reported:不良事件已报药物警戒。}” # speaker: narrator
    -> outcome

=== outcome ===
{
- leaked:
    你把消息撤回了，可她已经看到了，病区里扫过她手机屏幕的人也可能看到了。 # speaker: narrator
    下次你想约陈医生十分钟，她说忙。再下次，还是忙。 # speaker: narrator # ending: privacy_breach
- not reported:
    十天后，恒康药物警戒部门收到一份经医院不良反应监测系统转来的报告：一名81岁男性患者服用诺维沙班后出现血尿。报告人：陈静。 # speaker: narrator
    经理问你：她跟你提这件事那天你就在病区，为什么这份报告不是你报的？ # speaker: narrator # ending: ae_not_reported
- reported && need_calls && not pushed && not wavered && rapport >= 80:
    当天晚上，陈医生把你的消息转给了小张，附了一句：“就是我跟你说的恒康那个，说话算数。” # speaker: narrator # ending: trusted_partner
- else:
    拜访记录存好了。陈医生下次还会见你；至于她会不会跟你说要紧的事，就难说了。 # speaker: narrator # ending: relationship_maintained
}
-> END

=== count_flagged ===
周五复盘时，经理的目光停在了那张表格上。 # speaker: narrator
“陈医生，首次拜访后12个病人。这个数是哪来的？” # speaker: manager
“她自己说的，顺口提了一句。” # speaker: rep
“那就留在她那儿。医生个人用了多少药，我们一律不记，不管这个数是谁先说出口的。这就是统方。把这一列删了，记录也改掉。” # speaker: manager # ending: tracking_flagged
-> END

=== note_flagged ===
周二上午，合规部门对客户拜访记录的自动检查标出了你的这条记录：里面有患者的全名和床号。 # speaker: narrator
经理把你叫了过去：“陈医生把这些告诉你，是为了把安全性报告报准确，不是为了让它连同她的名字一起躺在我们的CRM系统里。” # speaker: narrator # ending: privacy_breach
-> END

=== patience_out ===
陈医生站起身，拿起了听诊器。 # speaker: narrator
“不好意思，我真得走了，病区等不了。” # speaker: chen # mood: annoyed # end_visit: patience_exhausted # ending: patience_exhausted
-> END
