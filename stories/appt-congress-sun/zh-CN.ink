# title: 在学术年会上争取拜访：老年医学科孙梅主任
# segment: director
# stage: appointment
# setting: congress
# lang: zh-CN
# customer: sun
# dimensions: access, preparation, discovery, objections, closing, records
# leaves_to: patience_out

// 诺维沙班（Norvixa）、NAVIGATE-AF研究和恒康医药均为虚构。
// 代表说出的每一条产品信息都出自信息单（src/core/world/product.ts），并标注 # claim:。
// 信息单上唯一的相互作用内容：禁止与强效CYP3A4和P-gp双重抑制剂合用。
// 孙主任由引擎扮演（好感度和耐心），故事只读取，不赋值。
// 孙主任下次拜访（support-case-discussion-sun）会记得的承诺：
//   interaction_data：医学部关于多药合用患者相互作用的书面答复；
//   case_discussion：协助她的团队组织一次病例讨论，药理问题由医学部解答。

VAR difficulty = 1
VAR rapport = 45
VAR heard_talk = false
VAR ambushed = false
VAR at_congress = false
VAR matched = false
VAR need_case = false
VAR asked_data = false
VAR booked = false
VAR material_first = false

-> evening_before

=== evening_before ===
周五晚上9:30，会议酒店的房间里。明天是清河省老年医学学术年会的第二天。 # speaker: narrator
上午10:00，B厅，清河市第一人民医院老年医学科主任孙梅讲《老年房颤患者跌倒与抗凝：停、减还是继续？》。经理给你的备注只有一句：“主任，60张床，医院跌倒预防小组组长。不喜欢代表在会上找她。” # speaker: narrator
她也住在这家酒店：半小时前，你看见她在大堂吧和会务组的几位老师喝茶。 # speaker: narrator
今晚你怎么安排？ # speaker: narrator
* [打算明天一上午守在恒康展台，等茶歇时拦住她讲五分钟80岁以上亚组数据 #act: preparation.objective_set #off_clock #minutes: 2]
    你在会议日程背面写下：“孙梅：茶歇5分钟，讲80岁以上数据。” # speaker: narrator
    B厅那边，就顾不上了。 # speaker: narrator
* [读她最近两篇文章，去听她的报告，只定一个目标：约到拜访，不推产品 #act: preparation.profile_reviewed #act: preparation.objective_set #off_clock #minutes: 4]
    ~ heard_talk = true
    她的两篇文章，一篇讲衰弱住院患者的减药，一篇讲病房跌倒预防集束化措施，通篇没提过任何一个商品名。 # speaker: narrator
    你在本子上写：“目标：约到老年科20分钟正式拜访，时间按她的安排。先听。明天什么都不推。” # speaker: narrator
* [读读她的文章，明天去听报告，到时候看她聊什么再随机应变 #act: preparation.profile_reviewed #off_clock #minutes: 3]
    ~ heard_talk = true
    她的两篇文章，一篇讲衰弱住院患者的减药，一篇讲病房跌倒预防集束化措施。你在日程上把“B厅 10:00”圈了出来。 # speaker: narrator
* [现在就下楼去大堂吧，趁她这会儿有空，上去认识一下 #act: access.cold_drop_in #rapport: -10 #minutes: 3]
    ~ ambushed = true
    “孙主任？打扰了。我是恒康医药负责贵院的代表，明天特别期待您的报告。” # speaker: rep
    她放下茶杯。会务组的几位老师都不说话了。 # speaker: narrator
    “现在是晚上九点半，我明天上午十点要讲课。有什么事，会上再说吧。” # speaker: sun # mood: annoyed
    回到房间，她的文章还原封不动地夹在文件夹里。 # speaker: narrator
- -> packing

=== packing ===
明天早上你带什么去？ # speaker: narrator
* [二十四页的产品手册全套，再拿几个展台上印着诺维沙班的礼品袋和笔 #act: preparation.material_unmatched #off_clock #minutes: 1]
    礼品袋窸窣作响。手册第一页是一对老夫妻在海边微笑的照片。 # speaker: narrator
* [说明书（相互作用一节做好标记）和80岁以上亚组论文的单行本 #act: preparation.material_matched #off_clock #minutes: 2]
    ~ matched = true
    你在说明书的相互作用一节做了标记，确认80岁以上亚组单行本是经批准的版本，把两份资料装进一个素色文件夹。 # speaker: narrator
* [带上平板，里面有全国心内科上市推广幻灯，四十页，什么都有 #act: preparation.material_unmatched #off_clock #minutes: 1]
    你把平板充上电。幻灯第一部分是公司发展历程，接着是NAVIGATE-AF的主要结果。 # speaker: narrator
- -> after_talk

=== after_talk ===
~ at_congress = true
周六上午10:30，清河国际会展中心。 # speaker: narrator # phase: approach
{heard_talk:
    孙主任最后一张幻灯片写着：“跌倒是重新评估的理由，不是停药的理由。”她提醒台下，一个抗凝患者一年要摔上几百次，颅内出血的风险才会超过预防卒中的获益。 # speaker: narrator
    讲到最后一点，她压低了声音。 # speaker: narrator
    “我担心的不是摔这一跤，而是病人同时在吃的那些药。我们的病人平均吃九种药，而临床试验把他们中的大多数都排除在外了。” # speaker: sun
    本场共同主持周明华教授是你在心律失常专科的老熟人。她向讲者致谢，讲台前很快排起了几位提问的参会医生。 # speaker: narrator
- else:
    B厅的门开了，参会的医生涌向展厅旁的茶歇区。孙主任也在人群里，左右各有一位医生跟她说着话。 # speaker: narrator
}
{ambushed:
    她在人群里看见了你，目光没有停留。 # speaker: narrator
}
* [趁她还在讲台上收拾电脑，拿着翻开的产品手册直接走上前去 #act: access.cold_drop_in #minutes: 2]
    “孙主任，我是恒康医药的。能占用您两分钟，介绍一下诺维沙班吗？” # speaker: rep
    她把电源线绕在手上，头也没抬。 # speaker: narrator
    “还有医生等着提问。不好意思。” # speaker: sun # mood: annoyed
    你跟着她走到了茶歇区。 # speaker: narrator
* {heard_talk} [请老客户周明华教授在茶歇时帮你引荐一下 #act: access.referral #minutes: 3]
    周教授从眼镜上方看了你一眼，点点头。 # speaker: narrator
    “她问的问题比我还刁。别浪费她的时间。” # speaker: zhou
    到了茶歇区，她拉住孙主任。 # speaker: narrator
    “孙梅，这是恒康的代表。人靠谱，懂数据，也肯听。” # speaker: zhou
    “有你这句话，就算是担保了。” # speaker: sun # mood: neutral
* [等提问的医生都问完，再到茶歇区上前自我介绍 #act: access.academic_event #minutes: 3]
    你一直等到最后一位医生问完，她手里端上了咖啡。胸牌上的公司名称清清楚楚露在外面。 # speaker: narrator
    “孙主任，打扰一下。我是恒康医药负责贵院的代表。” # speaker: rep
* [回到茶歇区旁边的恒康展台守着，等她经过时上前拦住她 #act: access.cold_drop_in #minutes: 2]
    她去拿咖啡时从展台前经过，看了一眼展板，没停下。你从展台里走出来，挡在她面前。 # speaker: narrator
    “孙主任？我是恒康医药负责贵院的代表。” # speaker: rep
    她只好停下脚步。 # speaker: narrator
- -> introduction

=== introduction ===
{difficulty > 1:
    “恒康。今天上午你是第三家来找我的公司了。十五分钟以后下一场我还要主持。” # speaker: sun # mood: sceptical
- else:
    “恒康。今天上午你是第三家来找我的公司了。” # speaker: sun # mood: neutral
}
* [问她科里的老年房颤病人现在用不用诺维沙班 #act: discovery.closed_question #minutes: 1]
    “孙主任，您科里现在用诺维沙班吗？” # speaker: rep
    “偶尔用。” # speaker: sun # mood: sceptical
    她搅着咖啡，等你往下说。 # speaker: narrator
* {heard_talk} [说明今天不是来讲产品的，请教她报告里讲到的吃九种药的病人 #act: access.academic_event #act: discovery.open_question #minutes: 3]
    “孙主任，今天我不是来讲产品的。我听了您的报告，有一句话印象特别深：问题不在摔这一跤，而在病人同时吃的那些药。这种情况在您病房里具体是什么样的？” # speaker: rep
    她这才认真看了你一眼。 # speaker: narrator
    “你是真听进去了。好。” # speaker: sun # mood: neutral
* {not heard_talk} [坦白说自己错过了她的报告，请教她最希望听众记住什么 #act: access.academic_event #act: discovery.open_question #minutes: 2]
    “不好意思，孙主任，我没赶上您的报告。您最希望大家记住的是哪一点？” # speaker: rep
    “倒是挺老实。” # speaker: sun # mood: neutral
* [夸一句报告讲得好，马上转到诺维沙班80岁以上的出血数据 #act: value.feature_dump #claim: elderly_subgroup #minutes: 3]
    “孙主任，您讲得太好了！正好跟您汇报一下我们80岁以上人群的数据：NAVIGATE-AF里，80岁以上患者用诺维沙班大出血年发生率是4.1%，华法林是5.0%，消化道出血……” # speaker: rep
    “我刚在台上讲了半个小时，出来可不是为了再听一堂课。” # speaker: sun # mood: annoyed
* [谢谢她抽时间，用一句话说明你来找她的目的，请她在方便的时候给你二十分钟到科室拜访 #act: closing.thanks #act: closing.summary #act: access.clear_appointment #rapport: -10 #minutes: 2]
    “谢谢孙主任抽时间。简单说，我想了解一下贵科在老年患者抗凝方面是怎么考虑的。能不能请您在方便的时候给我二十分钟，到科里拜访一次？” # speaker: rep
    “我们还没聊什么，你倒先总结上了。”她朝C厅看了一眼。“二十分钟，具体谈什么？有事给我秘书发邮件吧。” # speaker: sun # mood: sceptical
    -> confirm
- -> her_point

=== her_point ===
{rapport >= 60:
    “跌倒本身很少是真正的问题。随便拿我一个摔过跤的病人来说：阿司匹林一直没人给停，一种抗抑郁药，楼下药店买的止痛片，安眠药，还有三种降压药。这时候再加一个抗凝药，会怎么样，谁也说不清。临床试验恰恰把这类病人排除在外。” # speaker: sun # need: polypharmacy_interactions
- else:
    “我的病人平均吃九种药。再加一个抗凝药会怎么样，谁也说不清。” # speaker: sun # mood: sceptical # need: polypharmacy_interactions
}
* [马上接话：每日一次的诺维沙班，正好能让这么长的用药清单简单一点 #act: discovery.interrupt #minutes: 1]
    “孙主任，这正是诺维沙班的优势，每天只吃一次，而且……” # speaker: rep
    “我还没说完。” # speaker: sun # mood: annoyed
* [问她这些病人是不是大多在用华法林，INR是不是很难控制稳定 #act: discovery.closed_question #minutes: 1]
    “这些病人大多在用华法林吧？” # speaker: rep
    “有一部分。” # speaker: sun # mood: neutral
* [说症结在于抗凝药叠加在其他所有药上，问她是不是这个意思 #act: discovery.active_listening #minutes: 2]
    “也就是说，您病房里的问题不是摔过的病人能不能抗凝，而是抗凝药叠加在他们本来吃的那么多药上会怎样，而这类病人恰恰是试验里没研究过的。我理解得对吗？” # speaker: rep
    “对。我不要安慰话。要么给我数据，要么老老实实说‘不知道’。” # speaker: sun # mood: neutral
- -> interactions

=== interactions ===
“那你说说，你们说明书上关于相互作用是怎么写的？” # speaker: sun # objection: interaction_evidence
* [转而讲手头有的80岁以上出血数据，连偏高的消化道出血数字也如实说 #act: objections.evade #claim: elderly_subgroup #minutes: 2]
    “相互作用的具体资料我今天没带在身上。不过我可以跟您说，80岁以上患者大出血年发生率是4.1%，华法林是5.0%；消化道出血数值上偏高，1.9%对1.6%。” # speaker: rep
    “数字倒是实在，可这不是我问的问题。” # speaker: sun # mood: sceptical
* [告诉她诺维沙班没有相互作用方面的问题，再长的用药清单加上去也不用担心 #act: objections.evidence_response #violation: misleading_claim #minutes: 1]
    -> trust_lost
* {matched} [翻开说明书标好的那一页，坦白说没有多药合用的数据，请医学部书面答复 #act: objections.acknowledge #act: objections.evidence_response #act: objections.defer_and_commit #claim: contraindications #gives: label #promise: interaction_data #minutes: 3]
    ~ asked_data = true
    你把说明书翻到做了标记的那一页。 # speaker: narrator
    “说明书上是这么写的：禁止与强效CYP3A4和P-gp双重抑制剂合用。至于同时吃八九种药的病人，我手上没有数据，也不想装作有。我请公司医学部查一下现有的资料，给您书面答复。” # speaker: rep
    她把那一节看完，把说明书折好夹进了会议日程里。 # speaker: narrator
    “拿说明书原文来，不拿宣传册。谢谢。” # speaker: sun # mood: pleased
* {not matched} [照说明书讲，坦白说没有多药合用人群的数据，请医学部书面答复 #act: objections.acknowledge #act: objections.evidence_response #act: objections.defer_and_commit #claim: contraindications #promise: interaction_data #minutes: 3]
    ~ asked_data = true
    “说明书上写的是：禁止与强效CYP3A4和P-gp双重抑制剂合用，原文就是这样。至于同时吃八九种药的病人，我手上没有数据，也不想装作有。我请公司医学部查一下现有的资料，给您书面答复。” # speaker: rep
    “肯老老实实说‘不知道’的，比你想的要少。” # speaker: sun # mood: neutral
- -> team

=== trust_lost ===
“孙主任，说实话，这正是诺维沙班的好处：没有相互作用的问题。用药清单再长，加上去也不用担心。” # speaker: rep
她把杯子放回托盘上。 # speaker: narrator
“没有？你们自己的说明书就写着禁止和强效CYP3A4、P-gp抑制剂合用。我一半的病人吃的药都跟这两条通路有关系。你要是跟我的医生说没有相互作用，迟早有人要出血。” # speaker: sun # mood: annoyed
“我看我们没什么可谈的了。失陪。” # speaker: sun # end_visit: customer_left # ending: trust_lost
-> END

=== team ===
“每周三下午，我们科里都要为这样的病人争一场。这周是一位84岁的老太太：开春以来摔了两次，吃九种药，有房颤。一半人要停抗凝，一半人要继续。” # speaker: sun
* [请她带团队今晚参加恒康在旋转餐厅的晚宴，好好把这个病例聊一聊 #act: relationship.transactional #violation: improper_benefit #minutes: 2]
    “孙主任，今晚您带大家一起过来吧？恒康在锦江顶楼的旋转餐厅订了一桌，边吃边把这个病例好好聊聊。” # speaker: rep
    她停了一下才开口，语气一点没变。 # speaker: narrator
    “我们讨论病人是在科里，不是在龙虾桌上。我科里的住院医生，也请你别请他们去参加任何活动。” # speaker: sun # mood: annoyed
* [建议这位病人用诺维沙班：每日一次，不用监测INR，用药方案简单 #act: discovery.interrupt #claim: dose_standard #rapport: -10 #minutes: 1]
    “像她这样的病人，用诺维沙班就简单多了：每日一次，无需常规凝血监测。” # speaker: rep
    “她的肾功能、体重、还在吃什么药，你一句都没问。再说，给她用什么药是我们团队的事，不是你的事。请不要在排队拿咖啡的时候给我的病人开药。” # speaker: sun # mood: annoyed
* [请教她团队现在怎么讨论这类病例，什么样的帮助对他们有用 #act: discovery.open_question #minutes: 2]
    ~ need_case = true
    “像她这样的病例，您团队现在是怎么讨论的？什么样的支持会对大家有帮助？” # speaker: rep
    “现在都是凭记忆各说各的。我想要的是一次像样的病例讨论：跌倒和出血的证据，相互作用，再请一位懂药理、能讲清楚数据到哪儿为止的人。要讲医学，别讲推销。” # speaker: sun # mood: neutral # need: team_case_discussion
- -> request

=== request ===
下一场开始的铃声响了。孙主任看了一眼手表。 # speaker: narrator
“我得过去了。” # speaker: sun # phase: request
* [提出周二早上八点去她办公室，反正那天你也在医院 #act: access.cold_drop_in #minutes: 1]
    “孙主任，周二早上八点我去您办公室坐坐行吗？那天上午我正好在医院。” # speaker: rep
    “我不在排队拿咖啡的时候定日程。真有要紧事，跟别人一样找我秘书。” # speaker: sun # mood: sceptical
    {rapport >= 70:
        ~ material_first = true
    }
* {need_case} [请她通过秘书约二十分钟，带上医学部的答复，一起商量她团队的病例讨论 #act: access.clear_appointment #promise: interaction_data #promise: case_discussion #minutes: 2]
    ~ asked_data = true
    “孙主任，不耽误您了。能不能请您给我二十分钟，到科里拜访一次？时间您看，通过秘书安排就好。我把医学部关于相互作用的答复带过去，再请一位医学部的同事一起，商量一下我们能怎么支持您团队的病例讨论。” # speaker: rep
    -> answer
* {not need_case} [请她通过秘书安排二十分钟，带来医学部关于相互作用的答复 #act: access.clear_appointment #promise: interaction_data #minutes: 2]
    ~ asked_data = true
    “孙主任，不耽误您了。能不能请您给我二十分钟，到科里拜访一次？时间您看，通过秘书安排就好。我把医学部关于相互作用的答复带过去。” # speaker: rep
    -> answer
* [陪她往会场走，趁路上这几分钟，把80岁以上的出血数据给她从头到尾讲一遍 #act: value.feature_dump #act: access.cold_drop_in #claim: elderly_subgroup #minutes: 3]
    “孙主任，我送您过去。简单说一下，80岁以上患者大出血年发生率是4.1%对5.0%，还有……” # speaker: rep
    她在C厅门口停下来。 # speaker: narrator
    “这就是我不爱去展厅的原因。” # speaker: sun # mood: annoyed
* [递上名片，请她有什么需要随时打电话 #act: closing.no_next_step #minutes: 1]
    “孙主任，这是我的名片，您有什么需要随时给我打电话。” # speaker: rep
    “谢谢。” # speaker: sun # mood: neutral
    她看也没看，把名片夹进了会议日程。 # speaker: narrator
- -> confirm

=== answer ===
{
- rapport >= 80:
    ~ booked = true
    “找科室秘书小刘。周四下午三点以后最合适。二十分钟。要是带相互作用的数据来，就请一位医学部能答疑的同事一起来。” # speaker: sun # mood: pleased
- rapport >= 55:
    ~ material_first = true
    “先把医学部的资料发给我秘书。有用的话，她会给你安排时间。” # speaker: sun # mood: neutral
- else:
    “名片留给我秘书吧。” # speaker: sun # mood: sceptical
}
-> confirm

=== confirm ===
她掩着嘴，忍住了一个哈欠。 # speaker: narrator # phase: confirm
“不好意思。会议酒店给我安排在电梯旁边，昨晚几乎没睡。” # speaker: sun
{booked:
    她在会议日程的空白处写下：“恒康，相互作用，周四”。 # speaker: narrator
}
* {booked} [再对一遍：周一打给小刘，约二十分钟谈相互作用，请医学部同事同去 #act: access.clear_appointment #act: closing.summary #act: closing.thanks #act: closing.next_step #minutes: 1]
    “谢谢孙主任。我周一给小刘打电话，约周四下午三点以后：二十分钟，带相互作用的资料，请一位医学部同事一起去。祝您下一场顺利。” # speaker: rep
    “好。周一。” # speaker: sun # mood: pleased
* {not booked and asked_data} [谢谢她，说医学部的答复会通过秘书转给她，然后让她去会场 #act: closing.thanks #act: closing.next_step #promise: interaction_data #minutes: 1]
    “谢谢孙主任抽时间。医学部的相互作用资料一出来，我就通过您秘书发给您。” # speaker: rep
    “行。” # speaker: sun # mood: neutral
* {not booked and not asked_data} [谢谢她，说会给她秘书发邮件说明想谈什么，然后让她去会场 #act: closing.thanks #act: closing.next_step #minutes: 1]
    “谢谢孙主任抽时间。我给您秘书发封邮件，说清楚想跟您谈什么，值不值得安排二十分钟，您来定。” # speaker: rep
    “行。” # speaker: sun # mood: neutral
* [提出今晚给她换到安静楼层的套房：恒康在会议酒店包了一批房间 #act: relationship.transactional #violation: improper_benefit #minutes: 1]
    -> upgrade_refused
* [答应下次把全套产品手册和上市推广幻灯都带过去，好让她把整个产品了解得更全面 #act: preparation.material_unmatched #minutes: 1]
    “下次我把全套产品手册和上市推广幻灯带过去，给您完整介绍一下。” # speaker: rep
    “我问的是相互作用，不是要宣传册。” # speaker: sun # mood: sceptical
    {booked:
        ~ booked = false
        ~ material_first = true
        “先把相互作用的资料发过来，周四的事再说。” # speaker: sun
    }
- -> back_at_booth

=== upgrade_refused ===
“孙主任，您太辛苦了。恒康在这儿包了一批房间，今晚我给您换到安静楼层的套房，一点都不麻烦。” # speaker: rep
她脸色没变，却往后退了半步。 # speaker: narrator
“不用。也请你不要给我秘书打电话了。这种话，我不想在科里再听一遍。” # speaker: sun # mood: annoyed
她走进C厅，没有回头。 # speaker: narrator # end_visit: customer_left # ending: invitation_withdrawn
-> END

=== back_at_booth ===
11:05，你回到恒康展台。各分会场都在开会，展厅里很安静。 # speaker: narrator
* [从参会名单上找到她的手机号，今晚加她微信，把产品手册PDF发过去 #act: value.feature_dump #violation: privacy #off_clock #minutes: 2]
    参会名单上有她的手机号，旁边还写着酒店房号。晚上10:40，你发出了好友申请，附上PDF。 # speaker: narrator
    她没有通过。 # speaker: narrator
    {booked:
        ~ booked = false
        ~ material_first = true
        周一，小刘客客气气地告诉你：孙主任周四暂时排满了，相互作用的资料请发邮件。 # speaker: narrator
    }
* [把了解到的情况记进她的档案，据此调整你在老年科的拜访计划 #act: records.profile_updated #act: records.review_done #off_clock #minutes: 4]
    {asked_data:
        你把这次交流录入系统，并把她关于相互作用的问题提交给医学信息部，备注：“老年医学科主任；患者平均约九种合并用药；请书面答复。” # speaker: narrator
    - else:
        你把这次交流录入系统：谈得很短，也写下了为什么短。 # speaker: narrator
    }
    {need_case:
        你又补了一条：“希望为团队组织一次病例讨论：跌倒与出血的证据、相互作用、由医学部讲药理。不要推广内容。” # speaker: narrator
    }
    “计划”一栏里你写：“老年科：会上不做产品推广。通过秘书联系；如有需要，由医学部提供学术支持。” # speaker: narrator
- -> outcome

=== outcome ===
{
- booked:
    周一，小刘给你排在周四下午三点一刻，二十分钟，还问了医学部同事的名字，好登记访客。 # speaker: narrator # ending: appointment_booked
- material_first:
    还没约上拜访，但她主动要了资料。等相互作用的资料送到她手上，你就有理由给她秘书打电话了。 # speaker: narrator # ending: material_requested
- else:
    你的名片夹在她会议日程的某一页里。得另找机会了。 # speaker: narrator # ending: polite_dismissal
}
-> END

=== patience_out ===
{at_congress:
    孙主任把杯子放下。 # speaker: narrator
    “不好意思，下一场我要主持。方便的话，名片留在报到处吧。” # speaker: sun # mood: annoyed # ending: patience_exhausted
- else:
    孙主任转身接着和会务组的老师说话。 # speaker: narrator
    “晚安。” # speaker: sun # mood: annoyed # ending: patience_exhausted
}
-> END
