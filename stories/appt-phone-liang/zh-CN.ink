# title: 电话预约：心内科梁国伟主任
# segment: director
# stage: appointment
# setting: desk
# lang: zh-CN
# customer: liang
# dimensions: access, preparation, opening, closing, records
# leaves_to: patience_out

// 诺维沙班（Norvixa）、NAVIGATE-AF研究和恒康医药均为虚构。
// 代表说出的每一条产品信息都来自信息卡（src/core/world/product.ts），并以 # claim: 标注。
// 全篇日历：今天是11日周一；药事会20日周三开会；科室会每周四早上7:30，查房之前。
// 引擎扮演梁主任（src/core/world/cast.ts）。他接电话之前，好感度和耐心代表主任办公室对这通电话的印象：
// 谁打来的、说了什么，唐老师都会转告他。
// 电话11:50拨出。梁主任接过电话时说他十二点要开会：整通电话一共十分钟，所以那一行标 # time_granted: 10
// （引擎从通话开始计时）。打电话前的准备和挂电话后的记录都标 # off_clock。

VAR difficulty = 1
VAR rapport = 45
VAR prepared = false
VAR zhou_ref = false
VAR dept = false
VAR booked = false
VAR confirmed = false
VAR review_sent = false
VAR with_liang = false
VAR heard_bleeding = false
VAR heard_residents = false

-> prep

=== prep ===
11日，周一，上午11:30。恒康医药在清河市第一人民医院马路对面租的两间办公室。从这个月起，心内科归你负责。 # speaker: narrator # phase: approach
上周二拜访结束时，周教授说过一句：“科室层面的事，讲课也好，周四的科室会也好，都得过梁主任。你打电话找他的秘书唐敏，可以说是我让你找的。” # speaker: narrator
主任办公室的电话中午十二点前有人接，梁主任下午两点出门诊。拨号之前，你还有二十分钟。 # speaker: narrator
* [再看一遍梁主任的资料，在卡片上写下这通电话的目标，备好75岁以上患者出血数据的综述 #act: preparation.profile_reviewed #act: preparation.objective_set #act: preparation.material_matched #off_clock #minutes: 15]
    ~ prepared = true
    任心内科主任八年，医院药事管理与药物治疗学委员会委员，手上有一个关于房颤患者预后的省级课题。医院的DRG运营报表上，心内科的再入院率排在前几位。 # speaker: narrator
    你在电话旁的卡片上写下：“目标：两周内约到梁主任十五分钟。电话里不讲产品。”旁边放着医学部那份75岁以上患者出血与跌倒已发表数据的综述，已获准对外提供，随时可以发。 # speaker: narrator
* [把二十四页的产品手册和公司画册都打包进邮件，准备发给他：产品好不好，资料一看就知道 #act: preparation.material_unmatched #off_clock #minutes: 5]
    二十四页手册，十二页画册，封面是苏州工厂的航拍。附件一共十九兆。 # speaker: narrator
* [上医院官网查一下他的职称，像平常第一次打电话那样，把标准版产品手册放进包里 #act: preparation.profile_reviewed #act: preparation.material_unmatched #off_clock #minutes: 5]
    “梁国伟，主任医师，心内科主任，硕士研究生导师。”页面上就这么多。手册和其他资料一起塞进了包里。 # speaker: narrator
- -> switchboard

=== switchboard ===
11:50。你拨了心内科主任办公室的电话，响到第五声才有人接。 # speaker: narrator
“喂，心内科主任办公室，我姓唐。” # speaker: secretary
{difficulty > 1:
    电话那头有家属在大声问出院小结的事。 # speaker: narrator
    “麻烦快点说，我这边有人在等。” # speaker: secretary
}
* [说你是恒康新接手心内科的代表，想约梁主任一个简短的见面时间 #act: opening.purpose_stated #minutes: 1]
    “唐老师您好，我是恒康医药的代表，这个月刚接手咱们医院心内科。想跟您约一下，看梁主任这两周能不能抽十五分钟见我一下。” # speaker: rep
    “恒康啊。行。” # speaker: secretary
* [说是为“省房颤质控项目”的事打来的：恒康资助了这个项目的一部分，项目上的电话，秘书一般会直接转进去 #violation: undisclosed_identity #minutes: 1]
    -> exposed
* [问梁主任今天在不在：你就在马路对面，五分钟就能到他办公室 #act: access.cold_drop_in #minutes: 1]
    “您好，我是恒康医药的。梁主任今天在科里吗？我就在马路对面，五分钟就能到他办公室。” # speaker: rep
    “没预约的厂家，主任一律不见。而且他十二点还有个会。” # speaker: secretary
* [先报上姓名、药学专业的背景和恒康在心血管领域的产品线，再提预约的事 #act: opening.long_intro #act: opening.purpose_stated #act: access.clear_appointment #minutes: 3]
    “唐老师您好，我姓张，沈阳药科大学毕业，在恒康医药做了四年。恒康1998年成立，心血管领域有三个上市产品，还有两个在研。从这个月起我负责咱们医院心内科，想约梁主任这两周抽十五分钟见个面。” # speaker: rep
    电话那头停了一下。 # speaker: narrator
    “我这边有人等着。您就是想约主任见面，对吧。” # speaker: secretary
- -> purpose

=== exposed ===
“您好，我是为省房颤质控项目的事打来的，麻烦找一下梁主任。” # speaker: rep
“省里的项目？稍等，我给您转过去。” # speaker: secretary
咔哒一声，换成了一个男声，语气很干脆。 # speaker: narrator
“我是梁国伟。你是项目哪一块的？我就是省房颤工作组的成员，项目上的人我都认识。” # speaker: liang # mood: sceptical
你听见自己在解释：你是恒康医药的，恒康是这个项目的支持单位。 # speaker: narrator
“也就是说，你是医药代表，跟我秘书说是项目上的人。我们科不跟一开口就说假话的人打交道。以后别往这个办公室打电话了，我会跟你们大区经理说一声。” # speaker: liang # mood: annoyed
电话挂断了。 # speaker: narrator # end_visit: asked_to_leave # ending: hung_up
-> END

=== purpose ===
{difficulty > 1:
    “找梁主任的厂家一周得有十来个，主任交代过，一律先记下来。” # speaker: secretary
}
“您找主任具体什么事？我得写一句他愿意看的。” # speaker: secretary # phase: request
* [说想先认识一下，介绍介绍产品，跟科里熟悉熟悉 #act: objections.evade #minutes: 1]
    “也没什么特别的事，就是想跟主任认识一下，介绍介绍我们的产品，跟科里熟悉熟悉。” # speaker: rep
    “每家公司都说想‘跟科里熟悉熟悉’。这种主任肯定不见。” # speaker: secretary
* [给她一句话：房颤患者出血再入院，NAVIGATE-AF的数据，十五分钟 #act: access.clear_appointment #minutes: 2]
    “是关于房颤抗凝患者的，尤其是因为出血再入院的那部分病人。想听听科里是怎么处理的，也跟主任分享一下我们NAVIGATE-AF研究的出血结果。十五分钟就够，时间完全按主任方便来{prepared:。我可以先把医学部那份75岁以上患者出血数据的综述发过来，主任看了觉得值得再见}。” # speaker: rep
    “出血再入院。这个主任可能会看。” # speaker: secretary
* [告诉她产品每日一次、已经进医保，再把细节跟她详细讲一遍，方便她准确转达 #act: value.feature_dump #claim: dose_standard #claim: insurance #minutes: 3]
    “好的。诺维沙班是每日一次的Xa因子抑制剂，20毫克，饭前饭后都可以吃，不需要常规监测凝血。今年1月起进了国家医保目录，乙类，职工医保的病人一天自付大概两块钱……” # speaker: rep
    “我又不是医生。我就要一句话写进主任的日程，不是听你讲课。” # speaker: secretary
- -> gatekeeper

=== gatekeeper ===
“不过这个月主任特别忙。省里课题中期检查，20号还要开药事会。” # speaker: secretary
{rapport < 50:
    “我真不敢给您打包票。” # speaker: secretary
}
* [提一句是周教授建议你来找主任的，问她需不需要请周教授先跟主任打个招呼 #act: access.referral #minutes: 1]
    ~ zhou_ref = true
    “理解理解。是周明华教授建议我来找梁主任的，主要是想聊聊科里抗凝方面的教学。要不我请周教授先跟主任打个招呼？” # speaker: rep
    “周教授？那好办，主任挺听她的。哎，等一下，主任刚进来。” # speaker: secretary
* [说你这周找一天查完房在主任办公室门口等，五分钟就够 #act: access.cold_drop_in #minutes: 1]
    “没关系，那我这周找一天，查完房在主任办公室门口等他，五分钟就够。” # speaker: rep
    “千万别。上个月有个代表在我们走廊里等，主任直接反映到纪检监察室去了。” # speaker: secretary
    她顿了一下。 # speaker: narrator
    “哎，主任刚进来。” # speaker: secretary
* [问她主任什么时候相对空一些，表示可以避开课题检查和药事会 #act: access.clear_appointment #minutes: 1]
    “明白。主任一般什么时候相对空一点？我可以避开课题检查和药事会，早上或者门诊结束以后都行。” # speaker: rep
    “20号以后会好一些。哎，等一下，主任刚进来。” # speaker: secretary
- -> liang_on

=== liang_on ===
~ with_liang = true
听筒被捂住了，那边有几句模糊的说话声。接着换成一个男声，语速很快。 # speaker: narrator
{
- zhou_ref:
    “我是梁国伟。小唐说是周教授让你找我的。我十二点要开会。” # speaker: liang # mood: neutral # time_granted: 10
- rapport >= 60:
    “我是梁国伟。小唐说是出血再入院的事。我十二点要开会。” # speaker: liang # mood: neutral # time_granted: 10
- else:
    “我梁国伟。十二点我要开会。恒康有什么事？” # speaker: liang # mood: sceptical # time_granted: 10
}
{difficulty > 1:
    “别照着宣传册给我念。” # speaker: liang # mood: sceptical
}
* [谢谢他接电话，再用两句话说清想谈什么、需要多长时间 #act: opening.thanks #act: access.clear_appointment #minutes: 1]
    ~ heard_bleeding = true
    “谢谢梁主任接电话。想占用您十五分钟，听听科里对因出血再入院的房颤病人是怎么管理的，也跟您分享一下NAVIGATE-AF的出血数据。这两周您哪天方便都行，我配合您的门诊和药事会时间。” # speaker: rep
    “出血再入院。实行DRG以后，房颤病人因为出血再住进来，都算在科室头上：再入院率每个月挂在运营报表上，十五天内再入院医保还要来审。这个话题可以谈。” # speaker: liang # mood: neutral # need: bleeding_readmissions
* [告诉他病人一天只要两块钱左右：每日一次、不用监测INR、已经进医保 #act: value.feature_dump #claim: dose_standard #claim: insurance #minutes: 2]
    “谢谢梁主任，我简单说一下：诺维沙班每日一次，20毫克，不需要常规监测凝血，今年1月进了国家医保，职工医保的病人一天自付大概两块钱……” # speaker: rep
    “我接电话不是来听产品介绍的。” # speaker: liang # mood: annoyed
* [提出周四查房时去找他：查房间隙给你两分钟就够 #act: access.cold_drop_in #violation: clinical_area_intrusion #minutes: 1]
    -> ward_round
* [谢谢他，先介绍自己和恒康在心血管领域做的事，再说明来意和需要多长时间 #act: opening.thanks #act: opening.long_intro #act: opening.purpose_stated #act: access.clear_appointment #minutes: 3]
    “谢谢梁主任接电话。我是恒康新来的心内科代表，沈阳药科大学毕业，在公司四年了。恒康在心血管领域有三个上市产品、两个在研，全省很多医院都有合作。想这两周约您十五分钟，时间您定。” # speaker: rep
    “你是谁小唐已经跟我说了。十五分钟谈什么？书面发给小唐。” # speaker: liang # mood: sceptical
- -> formulary

=== ward_round ===
“谢谢梁主任，现在就不多占用您时间了。要不周四查房的时候我去病房找您？查房间隙给我两分钟就够。” # speaker: rep
电话那头安静了几秒。 # speaker: narrator
“查房的时候找我？医院规定医药代表不准进病区，我的病人也不是你的听众。连医院的接待规定都不清楚，就不用来见我了。” # speaker: liang # mood: annoyed
“小唐，恒康的不用约了。” # speaker: liang
电话挂断了。 # speaker: narrator # end_visit: asked_to_leave # ending: call_ended
-> END

=== formulary ===
“有句话我先说清楚。要是为了诺维沙班进院的事，那是走药剂科和药事会的程序，不归我办公室管。” # speaker: liang # mood: sceptical
{difficulty > 1:
    “去年有个代表跟我说‘只是交流数据’，结果转头就让我在药事会上替他说话。” # speaker: liang
}
* [同意进院是药剂科和药事会的事，说这次想谈的是数据和科里的病人 #act: access.clear_appointment #minutes: 1]
    “明白，梁主任。进院是药剂科和药事会的事，我不会跟您提。想跟您交流的是临床数据，还有科里这些病人是怎么管的。” # speaker: rep
    “好。那我们就说清楚了。” # speaker: liang # mood: neutral
* [说正因为这样才更想见他：药事会上他说话的分量比谁都重，他的意见最关键 #act: objections.argue #minutes: 1]
    “说实话，梁主任，正因为这样才要找您。药事会上谁说话都没您有分量。” # speaker: rep
    “我在药事会上怎么表态，轮不到代表打电话来做工作。” # speaker: liang # mood: annoyed
* [先不接这个话，问科里每个月大概收多少房颤病人，表示你了解他们的工作量 #act: discovery.closed_question #minutes: 1]
    “好的。那科里每个月大概收多少房颤病人？” # speaker: rep
    “不少。我刚才说的，你还没回应。” # speaker: liang # mood: sceptical
- -> format

=== format ===
“药事会之前我的时间都排满了。” # speaker: liang
* [提出在周四科室会上占十五分钟，请恒康的医学顾问给科里医生讲出血数据 #act: access.academic_event #minutes: 2]
    “那我提个建议，面向全科的：药事会之后找一个周四的科室会，请我们的医学顾问用十五分钟讲一下NAVIGATE-AF的出血数据和肾功能亚组数据，留点时间给大家提问。另外再单独约您十五分钟，时间您定。” # speaker: rep
    ~ heard_residents = true
    “面向全科。晚上给这些病人上抗凝的是住院医生，不是我，剂量都是看着肌酐估的。你们有什么东西，他们比我更需要。” # speaker: liang # need: resident_teaching
    {
    - rapport >= 75:
        ~ dept = true
        ~ booked = true
        “28号周四。七点半开始，七点四十五必须结束，幻灯片上除了数据别的都不要。我这边，26号周二下午四点半，门诊结束以后。让小唐两个都记上。” # speaker: liang # mood: pleased
    - rapport >= 60:
        ~ booked = true
        “一件一件来。我先见你：26号周二下午四点半，门诊结束以后。住院医生那边，等我看了你带来的东西再说。” # speaker: liang # mood: neutral
    - else:
        “一件一件来。先书面发点东西给小唐，有用的话她会给你排时间。” # speaker: liang # mood: neutral
    }
* [说下周找个下午去他办公室看看，他忙的话一分钟就走 #act: access.cold_drop_in #minutes: 1]
    “那我下周找个下午去您办公室看看，您正好有空的话就聊几句。” # speaker: rep
    {
    - rapport >= 75:
        ~ booked = true
        “别过来。让小唐给你排十五分钟：26号周二，下午四点半。” # speaker: liang # mood: sceptical
    - else:
        “别过来。有什么资料发给小唐，有用的话她会打给你。” # speaker: liang # mood: annoyed
    }
* [请他定药事会之后哪天方便，说在他办公室十五分钟就够 #act: access.clear_appointment #minutes: 1]
    “那就药事会之后，您哪天方便都行，十五分钟。” # speaker: rep
    {
    - rapport >= 60:
        ~ booked = true
        “26号周二，下午四点半，门诊结束以后。让小唐记上。” # speaker: liang # mood: neutral
    - else:
        “书面发点东西给小唐，有用的话她会给你排时间。” # speaker: liang # mood: neutral
    }
- -> confirm

=== confirm ===
~ with_liang = false
电话又回到了唐老师手里。 # speaker: narrator # phase: confirm
{booked:
    “那就是{dept:28号周四早上七点半在科室会议室，还有}26号周二下午四点半在主任办公室。还有别的事吗？” # speaker: secretary
- else:
    “我先把您的名字记下来。还有别的事吗？” # speaker: secretary
}
* [把约好的时间再念一遍，说周三前把医学综述发给她，再道谢 #act: closing.summary #act: closing.next_step #act: closing.thanks #minutes: 2]
    ~ confirmed = true
    {booked:
        “我跟您核对一下：{dept:28号周四，七点半到七点四十五，科室会议室，我们医学顾问讲出血数据；还有}26号周二下午四点半，在梁主任办公室，十五分钟，谈出血再入院。周三之前我把医学部那份75岁以上患者出血数据的综述发给您，主任可以先看看。谢谢唐老师帮忙。” # speaker: rep
    - else:
        “谢谢您。周三之前我把医学部那份75岁以上患者出血数据的综述发给您，主任觉得有用的话，哪天有十五分钟我都配合。谢谢唐老师帮忙。” # speaker: rep
    }
    “周三是吧。我打印出来给主任。” # speaker: secretary
* [客气地谢谢她，说细节等日子近了再打电话跟她一起商量，然后挂电话 #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    “太好了，谢谢谢谢，再见！” # speaker: rep
    电话挂断的时候，她已经在跟窗口的家属说话了。 # speaker: narrator
- -> after_call

=== after_call ===
你放下电话。CRM里梁主任的档案，除了职称什么都没有。 # speaker: narrator
* [把综述发给唐老师，再在他的档案里记下了解到的情况和管用的做法 #act: preparation.material_matched #act: records.profile_updated #act: records.review_done #gives: safety_review #off_clock #minutes: 10]
    ~ review_sent = true
    综述发给了唐老师，附了两行说明：主题、日期，安全性信息在最后一页。 # speaker: narrator
    你在他的档案里记下：{heard_bleeding:DRG下的出血再入院；}{heard_residents:晚上给病人上抗凝的住院医生，剂量靠估；}20号药事会；进院的事找药剂科，不找他；不接受临时拜访，预约一律通过唐敏。“管用的做法”一栏写着：主题清楚、只要十五分钟、{zhou_ref:提了周教授、}电话里不讲产品。 # speaker: narrator
* [把完整的产品手册发到唐老师邮箱，让主任见面前先把产品全面了解一遍 #act: preparation.material_unmatched #gives: detail_aid #off_clock #minutes: 2]
    一个小时后唐老师回复：“主任让我把附件删了。他要的是你说的那份综述。” # speaker: narrator
- -> outcome

=== outcome ===
{
- booked && !confirmed:
    周四唐老师发来消息：“主任问你到底要讲什么，约了时间却什么资料都没有。先把时间留着，等他看到书面材料再说。” # speaker: narrator
    没人确认过的预约，只能算半个预约。 # speaker: narrator # ending: slot_on_hold
- dept:
    {review_sent:
        周三唐老师回了消息：“主任看过了，让住院医生28号都参加。” # speaker: narrator
    - else:
        周三唐老师发来消息：“28号主任给你留着。他还是要那份综述，别的不用。” # speaker: narrator
    }
    日程上有了两个时间：一个见主任本人，一个面向全科；而且第一次接触，走的就是他认可的方式。 # speaker: narrator # ending: department_meeting_booked
- booked:
    26号周二下午四点半进了你的日程：跟主任的十五分钟，按他认可的方式约下来的。 # speaker: narrator # ending: appointment_booked
- else:
    你的名字留在了唐老师的本子上。梁主任会不会打来，取决于一份{review_sent:他看不看都不一定的综述|你还没发出去的综述}。 # speaker: narrator # ending: waiting_list
}
-> END

=== patience_out ===
{
- with_liang:
    “我要开会了。跟小唐说吧。” # speaker: liang # mood: annoyed
    听筒被搁在桌上，过了一会儿才有人把电话挂上。 # speaker: narrator # ending: patience_exhausted
- else:
    “不好意思，窗口还有人等着。您发个邮件到科室邮箱吧，我会转给主任。” # speaker: secretary
    你还没来得及核对邮箱地址，她就挂了。 # speaker: narrator # ending: patience_exhausted
}
-> END
