# title: 按医院规矩来：约见急诊科赵鹏医生
# segment: clinician
# stage: appointment
# setting: office
# lang: zh-CN
# customer: zhao
# dimensions: access, preparation, discovery, value, relationship, closing, records
# leaves_to: patience_out

// 诺维沙班（Norvixa）、NAVIGATE-AF研究和恒康医药均为虚构，下文医院的接待规定也是虚构的。
// 代表说出的每一条产品信息都来自产品信息单（src/core/world/product.ts），并标注 # claim:。
// 故事要教的是真实的做法：按照国家药监局《医药代表备案管理办法（试行）》（2020年12月1日起施行），
// 医疗机构要求时，医药代表应出示备案信息，无法出示的，医疗机构可以拒绝接待；很多医院实行“三定”接待
// （定时间、定地点、定人员），并要求登记、佩戴访客证；企业参与的科室会须事先经医务处审批，批准后才能举办。
// 本故事中医院的规定：医药代表接待时间为每周二、周四14:00-16:00；在行政楼一楼接待处登记、出示备案信息、
// 领取访客证；急诊科只在二楼示教室接待，由科室秘书钱老师安排；企业参与的科室会须经医务处批准，
// 至少提前十个工作日申请。
// 赵医生由引擎扮演（cast.ts：信任55，耐心45，每分钟消耗1.5点耐心）。见面之前，他的信任代表传到他那里的
// 印象：他自己收到的消息，以及钱老师和接待处告诉他的情况。
// 不在他面前发生的动作都标 # off_clock；他给的十五分钟只属于示教室里的面谈。

VAR difficulty = 1
VAR rapport = 55
VAR ready = false
VAR need_found = false
VAR form_today = false
VAR booked = false

-> prep

=== prep ===
周一晚上，你在家。上周五医院的抗凝诊疗更新培训会上，急诊科的赵鹏医生在咖啡桶旁边找到你：他说科里的年轻医生很需要一堂正经的课，讲讲服用抗凝药的病人出血了该怎么办。 # speaker: narrator # phase: approach
今晚他发来一条微信：“周三上午九点左右来吧，查完房在医生办公室。课的事咱们当面定。主任好说话。” # speaker: narrator
上周经理转发了医院修订后的《医药代表接待管理规定》，附件你还没打开过。 # speaker: narrator
* [重看周五的记录，把说明书和出血处理卡装进包里，写下想从他那里得到什么 #act: preparation.profile_reviewed #act: preparation.material_matched #act: preparation.objective_set #off_clock #minutes: 20]
    周五的记录：急诊科年接诊九万人次；服用抗凝药的病人最糟糕的那一夜，都是他在接。药品说明书和经审批的出血处理卡放进了包里。 # speaker: narrator
    你写下：“目标：把给年轻医生的课定下来。”医院的接待规定仍然躺在收件箱里。 # speaker: narrator
* [读医院的接待规定，把备案信息存进手机，带上出血处理卡，写下目标 #act: preparation.profile_reviewed #act: preparation.material_matched #act: preparation.objective_set #off_clock #minutes: 30]
    ~ ready = true
    规定一共四页。医药代表每周二、周四下午两点到四点接待，而且只能在各科室指定的接待室：急诊科是二楼示教室，由科室秘书钱老师安排。抢救室、留观区和医生办公室一律不接待。 # speaker: narrator
    每次拜访都要先到行政楼接待处：签到，出示医药代表备案信息，佩戴访客证，离开时签退。任何企业参与的科室会，都必须经医务处批准，至少提前十个工作日申请，写明主题、讲者并提交课件。 # speaker: narrator
    你打开国家平台上恒康的备案页面，把自己的备案信息存进手机。经审批的出血处理卡和药品说明书放进包里。你写下：“目标：在示教室和赵医生谈十五分钟；把给年轻医生上课的医务处申请启动起来。” # speaker: narrator
* [带上整本产品手册和一摞宣传册给他的年轻医生，接待规定留到周末再看 #act: preparation.material_unmatched #off_clock #minutes: 5]
    四十本宣传册，外加产品手册。讲卒中预防，满页笑容灿烂的老人，还有苏州工厂。关于急诊医生遇到出血病人该怎么办，一个字也没有。 # speaker: narrator
- -> reply

=== reply ===
{ready:
    周三不是接待日，医生办公室也不是接待室。 # speaker: narrator
- else:
    周三上午你正好有空。 # speaker: narrator
}
你怎么回他？ # speaker: narrator
* [谢谢他，改约周四下午两点在示教室，十五分钟 #act: access.clear_appointment #off_clock #minutes: 2]
    “谢谢赵医生！咱们改到周四下午两点、急诊科示教室行吗？医院现在规定在那儿接待医药代表。十五分钟就够。” # speaker: rep
    {ready:
        “哈，你居然看了新规定。没人看新规定的。周四两点，我跟钱老师说一声。” # speaker: zhao # mood: pleased
    - else:
        “示教室，周四两点。行，钱老师会把你排进名单。” # speaker: zhao # mood: neutral
    }
* [说九点准到，趁他看病人的空当两分钟就行 #act: access.cold_drop_in #violation: clinical_area_intrusion #off_clock #minutes: 1]
    -> wednesday
* [问他周三上午什么时候有空，你就在科室门口外面等着 #act: access.cold_drop_in #off_clock #minutes: 1]
    “周三上午您哪会儿有空都行，赵医生，我就在科室门口外面等，没关系。” # speaker: rep
    一小时后：“钱老师说，现在代表一律周四接待，示教室，两点。别在门口转悠，有人看着呢。” # speaker: zhao # mood: sceptical
- -> desk

=== wednesday ===
“赵医生，那就周三九点见。您看病人的空当，两分钟，保证不耽误。” # speaker: rep
周三上午9:10，急诊留观区后面的医生办公室。一位年轻医生正在给家属打电话讲CT结果；赵医生拿笔冲你招招手，让你进去。 # speaker: narrator
你正讲到上课的安排，护士长探头进来：“医药代表？上午这个点儿，在医生办公室？你是谁的访客？你没登记吧。” # speaker: narrator
赵医生的笑容没了。“怪我。对不住了，恒康。以后走钱老师那边，示教室，周四。现在就是这么个规矩。” # speaker: zhao # mood: annoyed
当天下午，科室秘书把你的名字写进了报给医务处的名单。 # speaker: narrator # end_visit: asked_to_leave # ending: reported_to_medical_affairs
-> END

=== desk ===
周四13:45，行政楼一楼。挂着“医药代表接待登记处”牌子的桌子前排着六个代表，桌后的工作人员面前放着一本签到簿和一盒访客证。 # speaker: narrator
手机震了一下。赵医生：“我现在有空。别排队了，直接上来医生办公室，快。” # speaker: narrator
* {ready} [排队签到，出示备案信息，戴好访客证，回他示教室见 #act: access.clear_appointment #off_clock #minutes: 10]
    你回复：“正在楼下登记。两点示教室见，按约好的来。” # speaker: rep
    轮到你时，工作人员在平台上核对了你的备案信息，在签到簿上写下“恒康，诺维沙班，急诊科，赵医生，14:00”，递给你17号访客证。 # speaker: narrator
* {not ready} [排队签到，被要备案信息时请她帮忙查；回他说要晚几分钟 #act: access.clear_appointment #rapport: -5 #off_clock #minutes: 20]
    你回复：“正在楼下登记，可能要晚几分钟。” # speaker: rep
    “备案信息呢？”你没带。工作人员叹了口气，在平台上找到恒康，再一页页查你的名字，身后的队越排越长。14:08，她把17号访客证递给你：“下次提前准备好。查不到备案的，我们不让进。” # speaker: narrator
* [回他说直接上去，走的时候再补登记，反正是他叫你上去的 #act: access.cold_drop_in #violation: clinical_area_intrusion #off_clock #minutes: 1]
    -> no_badge
* [把公司胸牌塞进外套里面，跟着探视家属从病人楼梯上去 #act: access.cold_drop_in #violation: undisclosed_identity #off_clock #minutes: 1]
    -> no_badge
- -> teaching_room

=== no_badge ===
两分钟后，你站在急诊科医生办公室里，身上没有访客证。 # speaker: narrator
科室秘书钱老师从排班表上抬起头：“恒康的？你在我名单上，两点，示教室。你登记了吗？访客证呢？” # speaker: secretary
她打电话到楼下接待处。没有哪位恒康的代表签过到。 # speaker: narrator
“赵医生，不好意思，这个我得报上去。规定对哪家公司都一样。” # speaker: secretary
赵医生冲你耸耸肩，不再开玩笑了。“她说得对。我不该叫你跳过登记，你也不该听我的。” # speaker: zhao # mood: annoyed # end_visit: asked_to_leave # ending: reported_to_medical_affairs
-> END

=== teaching_room ===
二楼示教室：一张长桌，一台投影仪，白板上还留着上周的心电图小测验。 # speaker: narrator # phase: request
两点过两分，赵医生进来了，穿着刷手服，端着一纸杯茶。 # speaker: narrator
“抱歉，抢救室来了个消化道出血。给你十五分钟，恒康，完了我还得下去。” # speaker: zhao # mood: neutral # time_granted: 15
* [谢谢他，问他的年轻医生遇到出血病人时最难的是什么 #act: discovery.open_question #minutes: 2]
    ~ need_found = true
    “谢谢您刚从抢救室上来。咱们先别急着排课：服抗凝药的病人出血送来，您科里的年轻医生觉得最难的是什么？” # speaker: rep
    “不知道病人吃的是什么药、什么时候吃的、自己能做什么不能做什么。他们一下子就懵了，然后凌晨三点打电话给我。我希望他们脑子里有头十分钟该怎么做。” # speaker: zhao # mood: pleased # need: junior_bleeding_training
    -> listen
* [“谢谢您上来。先说说周五您提的：给年轻医生上一堂出血病人的课，要尽快。” #act: closing.thanks #act: closing.summary #rapport: -5 #minutes: 2]
    “谢谢您上来。先说说周五您提的：您想给年轻医生安排一堂讲出血病人的课，而且希望尽快。” # speaker: rep
    “对，周五我就是这么说的。我自己说的话我记得。” # speaker: zhao # mood: neutral
* [问他的年轻医生碰到的出血，多数是华法林还是新型抗凝药 #act: discovery.closed_question #minutes: 1]
    “您科里年轻医生碰到的出血，多数是华法林的，还是新型抗凝药的？” # speaker: rep
    “都有。天天晚上都有。” # speaker: zhao # mood: neutral
- -> proposal

=== listen ===
“还有打电话。药剂科说一套，血液科说一套，教科书又是一套。等他们拿定主意，病人都输了两个单位的血了。” # speaker: zhao
* [“就是说，头十分钟要有章法，还要能查获批信息？” #act: discovery.active_listening #minutes: 2]
    “也就是说他们需要两样东西：头十分钟清清楚楚的处理顺序，还有一个地方能查到眼前这个药哪些是获批的、哪些不是。而不是打四个电话。” # speaker: rep
    “就是这个意思。而且得请一个该说‘不知道’的时候就说‘不知道’的人来讲。” # speaker: zhao # mood: pleased
* [插话：诺维沙班的出血处理卡正好能替他们解决这个问题 #act: discovery.interrupt #minutes: 1]
    “这正是我们出血处理卡的用处，赵医生，上面一页就全……” # speaker: rep
    “那是诺维沙班的。他们一晚上要碰到十几种药。” # speaker: zhao # mood: sceptical
* [问年轻医生今年有没有上过出血病人处理的课 #act: discovery.closed_question #minutes: 1]
    “他们今年上过这方面的课吗？” # speaker: rep
    “没有。” # speaker: zhao # mood: neutral
- -> proposal

=== proposal ===
他把茶杯放下。 # speaker: narrator
“我的想法是这样：下周三中午十二点半，楼下会议室。你们医学部的人讲半小时出血，你带三十份午饭。周一我在电梯里问过主任，他说行。不用走什么手续，就这么定了。” # speaker: zhao
* [说你很乐意支持，讲说明书怎么写，但要先报医务处，也不能带饭 #act: compliance.declined #act: relationship.professional_support #act: value.need_linked #links: junior_bleeding_training #act: value.evidence_cited #claim: bleeding_management #minutes: 2]
    “我很乐意支持。我们的医学顾问可以按说明书给大家讲：停用诺维沙班，支持治疗，处理出血部位；半衰期9到13小时，肾功能差的会更长；目前没有获批的特异性逆转剂，超出说明书的问题转交医学信息部门书面答复。不过企业参与的科室会，得先经医务处批准，要提前十个工作日申请；午饭恒康也不能提供。” # speaker: rep
    “十个工作日。就为了半小时的课。” # speaker: zhao # mood: sceptical
* [答应下周三，说事后再把申请表补交医务处，走个形式 #act: relationship.professional_support #violation: clinical_area_intrusion #minutes: 1]
    “那就周三。申请表我事后补给医务处，走个形式而已。” # speaker: rep
    -> unapproved
* [提议改成晚上去火锅店边吃边讲，这样主任也能一起来 #act: relationship.transactional #violation: improper_benefit #minutes: 1]
    “要不改到晚上？解放路那家火锅店，请主任一起。比会议室轻松多了。” # speaker: rep
    “跟主任、跟药企一起吃火锅。上一个这么干的代表，现在连医院大门都进不来。” # speaker: zhao # mood: annoyed
    “课的事先放一放吧。” # speaker: zhao # end_visit: asked_to_leave # ending: session_refused
    -> END
* [说周三没问题，午饭的预算你去问问经理 #act: relationship.professional_support #violation: improper_benefit #minutes: 1]
    “周三没问题。午饭的预算我回去问问经理。” # speaker: rep
    “好嘞，那就三十份午饭。” # speaker: zhao # mood: pleased
    你本想找个台阶下。他听到的是“答应了”，三十个年轻医生也会这么听。 # speaker: narrator
    -> unapproved
- -> process

=== unapproved ===
“好，那就周三。手续回头再说。” # speaker: zhao # mood: pleased
周二，钱老师预订会议室，按规定每次预订都要抄送医务处。当天下午，医务处就打电话到恒康合规部：临床科室里有一场企业活动，却查不到任何申请。 # speaker: narrator
课被取消了。医务处的记录里，除了你的名字，还有赵医生的。 # speaker: narrator # end_visit: asked_to_leave # ending: reported_to_medical_affairs
-> END

=== process ===
{difficulty > 1:
    他看了一眼呼机。 # speaker: narrator
}
“医务处肯定一拖再拖。通贝沙班的代表从来不填什么表。” # speaker: zhao # mood: sceptical
* {ready} [提出现在就把恒康那部分表格填好，四点前交给钱老师 #act: relationship.professional_support #act: relationship.value_content #minutes: 2]
    ~ form_today = true
    “那咱们今天就开始算日子。申请表是医院接待规定的附件，我带着呢。恒康这部分我现在就填：主题、讲者是我们的医学顾问、不安排餐饮。四点前连同课件初稿交给钱老师，再附上省抗凝临床路径里讲出血的那一章，给年轻医生预习。主任只需要签个字。” # speaker: rep
    “四点前。行，这个我能接受。” # speaker: zhao # mood: neutral
* {not ready} [说走的时候找钱老师要一份医务处的申请表，下周填好送来 #act: relationship.professional_support #minutes: 1]
    “我走的时候找钱老师要一份医务处的申请表，下周填好送过来。” # speaker: rep
    “下周。然后是下下周，然后是下下下周。” # speaker: zhao # mood: sceptical
* [承诺年轻医生需要什么都尽力帮，再问问他最近夜班累不累 #act: relationship.professional_support #act: relationship.personal_care #minutes: 3]
    “年轻医生需要什么，我们都尽力帮。您最近还撑得住吧？钱老师说您连上了五个夜班。” # speaker: rep
    “四个。我没事。那这张表谁来填？” # speaker: zhao # mood: neutral
* [告诉他通贝沙班的代表是在冒险，医院迟早会查到他 #act: relationship.transactional #minutes: 1]
    “说实话，赵医生，通贝沙班那个代表是在冒很大的险，医院迟早会查到他头上。” # speaker: rep
    “那不关我的事，也不关你的事。” # speaker: zhao # mood: annoyed
- -> confirm

=== confirm ===
他的呼机响了，他站起身。 # speaker: narrator # phase: confirm
“好，咱们定下什么了？” # speaker: zhao
{
- form_today && need_found && rapport >= 80:
    ~ booked = true
- else:
    ~ booked = false
}
* {booked} [“四点前交表，批了再定周三。多谢您特意上来。” #act: closing.summary #act: closing.next_step #act: closing.thanks #minutes: 1]
    “那就这样：四点前我把表交给钱老师。医务处批下来以后，由她定一个周三，我们的医学顾问讲三十分钟：出血病人送来的头十分钟。多谢您特意上来，赵医生。” # speaker: rep
    “好。下次也一样，同一个屋子，同样的规矩。” # speaker: zhao # mood: pleased
* {not booked} [谢谢他，说会通过钱老师把课程提纲发给他 #act: closing.thanks #act: closing.next_step #minutes: 1]
    “谢谢您特意上来，赵医生。课程提纲我通过钱老师发给您。” # speaker: rep
    “行，走钱老师那边。” # speaker: zhao # mood: neutral
* [趁他走之前，问他接下来的房颤病人愿不愿意试试诺维沙班 #act: closing.no_next_step #act: relationship.transactional #minutes: 1]
    “您走之前问一句：接下来的房颤病人，您愿不愿意考虑用诺维沙班？” # speaker: rep
    “恒康，我是停抗凝药的，不是开抗凝药的。你今天是为了课来的。” # speaker: zhao # mood: annoyed
* [提出陪他走到抢救室，路上把课的安排再过一遍 #act: access.cold_drop_in #minutes: 1]
    “我陪您走下去吧，路上咱们把课的安排再过一遍。” # speaker: rep
    “抢救室你可进不去。戴不戴访客证都不行。” # speaker: zhao # mood: annoyed
- -> records

=== records ===
14:20，你在接待处签退，交还17号访客证，坐进车里。 # speaker: narrator
* [在他的档案里记下周四时段、钱老师、申请进度和年轻医生的需求 #act: records.profile_updated #act: records.review_done #off_clock #minutes: 5]
    你写下：“周四14:00在急诊二楼示教室接待代表，经钱老师安排。绝不去医生办公室。{need_found:年轻医生需要：服抗凝药的病人出血送来时，头十分钟怎么处理。}{form_today:医务处申请今天已交钱老师。}”在“计划”一栏写：“备案信息已存手机；每次拜访前检查。” # speaker: narrator
* [在他的档案里记下哪几个年轻医生好像在开通贝沙班，做课程邀请名单 #act: records.profile_updated #violation: prescription_tracking #off_clock #minutes: 5]
    你凭电梯里听来的话写下三个名字，每个后面标上“通贝沙班？”。谁开什么药的记录，存进了全大区都能打开的系统。 # speaker: narrator
* [只敲一行“急诊课程跟进中”，就开车去下一家 #act: records.profile_updated #off_clock #minutes: 1]
    “急诊课程跟进中。”周四的时段、钱老师、申请表，一样都没记。下个月你又得从头打听一遍。 # speaker: narrator
- -> outcome

=== outcome ===
{
- booked:
    九个工作日后，医务处批准了申请。钱老师定在下下周三中午12:30，示教室，门口放签到表。 # speaker: narrator # ending: session_approved
- form_today:
    申请交上去了。三天后医务处退了回来：主题只写了“出血”两个字，要求补充教学目标和科室申请这堂课的理由。钱老师说两周后再问问。 # speaker: narrator # ending: application_pending
- else:
    那张表谁的桌上也没有。你要是再约，赵医生还会在周四、在示教室见你。 # speaker: narrator # ending: slot_only
}
-> END

=== patience_out ===
{teaching_room:
    赵医生的呼机连响两次，他没看完消息就站了起来。 # speaker: narrator
    “不好意思，恒康，抢救室叫我。再约个周四吧，找钱老师。” # speaker: zhao # mood: annoyed # ending: patience_exhausted
- else:
    赵医生最后发来一条微信：“先这样吧。等你准备好了，找钱老师约个周四。” # speaker: zhao # mood: annoyed # ending: patience_exhausted
}
-> END
