# title: 首次拜访卒中单元吴昊副主任：价格、用药习惯与出血之忧
# segment: clinician
# stage: first_visit
# setting: office
# lang: zh-CN
# customer: wu
# dimensions: opening, discovery, value, objections, closing
# leaves_to: patience_out

// 诺维沙班（Norvixa）、通贝沙班（Trombexa）、NAVIGATE-AF研究和恒康医药均为虚构。
// 代表说出的每一条事实都来自产品信息单（src/core/world/product.ts），并标注 # claim:。
// 诺维沙班：20 mg每日一次，挂网价每日5.60元，国家医保目录乙类。
// 通贝沙班：5 mg每日两次，国家带量采购后每日约0.90元。
// 两者没有头对头研究；卒中后何时启动抗凝不在说明书范围内。
// 吴主任可能记得预约时的那次通话（appt-referral-wu）：陈医生和他在那次透露的需求
// （ich_data、twice_daily_adherence），以及代表答应给他详细讲出血数据的承诺（bleeding_data）。
// 没有这段记忆，这次拜访照样进行：只是代表得自己去问。

EXTERNAL remembers(id)
EXTERNAL promise_open(id)

VAR difficulty = 1
VAR rapport = 35
VAR customer_state = "guarded"
VAR asked_ich = false
VAR asked_adherence = false
VAR asked_cost = false
VAR promised = false
VAR mi_referral = false

-> arrival

=== function remembers(id) ===
~ return false

=== function promise_open(id) ===
~ return false

=== arrival ===
周三中午12:50，六楼吴昊副主任医师的办公室，和卒中单元隔着一条走廊。显示器上开着一张CT片子，一杯凉透的茶压在一摞出院记录上。 # speaker: narrator # phase: opening
陈医生引荐之后，你又给他发了一封邮件，他才答应给你二十分钟。他下午的门诊13:30开始。 # speaker: narrator
{promise_open("bleeding_data"):
    “陈静介绍来的代表。电话里你说要把脑出血的数字带来，还要讲清楚这些数据能说明到哪一步。二十分钟，说吧。” # speaker: wu # mood: sceptical # time_granted: 20
- else:
    “陈静介绍来的代表。你发来的东西我看了。二十分钟，说吧。” # speaker: wu # mood: sceptical # time_granted: 20
}
{difficulty > 1:
    “这个月已经来过三个代表了，个个问什么都有现成的答案。” # speaker: wu
}
* [“吴主任，多谢您给我二十分钟。我想看看卒中后的抗凝您是怎么把握的，门诊前我一定走。” #act: opening.thanks #act: opening.purpose_stated #minutes: 1]
    “吴主任，多谢您给我二十分钟。我是恒康医药负责诺维沙班的代表。今天想看看房颤相关卒中以后的抗凝您是怎么把握的；出血数据方面您有什么疑问，我尽量实事求是地回答。门诊开始前我一定走。” # speaker: rep
    “实事求是，那倒新鲜。说吧。” # speaker: wu # mood: neutral
* [“谢谢吴主任。我先简单介绍一下恒康：1998年成立，六千多名员工，十四个上市产品，苏州还新建了研究中心……” #act: opening.long_intro #minutes: 4]
    “谢谢吴主任。我先简单介绍一下恒康：1998年成立，六千多名员工，十四个上市产品，苏州还新建了研究中心……” # speaker: rep
    “恒康我知道。你还剩十六分钟。” # speaker: wu # mood: annoyed
* [翻开产品折页的用法用量页：“诺维沙班20毫克每日一次，空腹随餐都行，不用常规监测……” #act: value.feature_dump #claim: dose_standard #minutes: 2]
    “吴主任，诺维沙班20毫克每日一次，可以空腹也可以随餐服用，不需要常规监测凝血指标……” # speaker: rep
    他看都没看那一页。 # speaker: narrator
    “说明书我自己会看。我给你二十分钟，不是让你念说明书的。” # speaker: wu # mood: annoyed
- -> practice

=== practice ===
他往椅背上一靠，抱起了胳膊。 # speaker: narrator
{remembers("ich_data"):
    “我要问什么，电话里你已经知道了。不过你先说：你想了解什么？” # speaker: wu # phase: discovery
- else:
    “你想了解什么？” # speaker: wu # phase: discovery
}
* [“房颤相关的卒中以后，抗凝您一般怎么定？最难的是哪一步？” #act: discovery.open_question #minutes: 2]
    ~ asked_ich = true
    “房颤相关卒中以后，您一般怎么决定给病人抗凝？最难的是哪一步？” # speaker: rep
    “要不要抗凝不难：房颤加卒中，肯定要。难的是什么时候开始、怎么保证安全。大面积梗死上得太早，可能直接出血转化成血肿；上得太晚，等的这几天里又来一次卒中。半夜三点睡不着的时候，我想的就是颅内出血。” # speaker: wu # mood: neutral # need: ich_data
* [“吴主任，诺维沙班最能帮上忙的，就是那些老忘了晚上那顿药的老年病人：一天一片就够。” #act: value.need_linked #links: twice_daily_adherence #claim: dose_standard #minutes: 1]
    “吴主任，诺维沙班能帮上忙的，是那些老忘了晚上那顿药的老年病人：一天一次，一片就够。” # speaker: rep
    {remembers("twice_daily_adherence"):
        “陈静跟你说的吧。没错，是有这回事。可我问的不是这个。” # speaker: wu # mood: sceptical
    - else:
        “谁跟你说我的病人漏服了？我的病人你一句都还没问过。” # speaker: wu # mood: annoyed
    }
* [“冒昧问一句，您的房颤卒中病人平时用NOAC吗？” #act: discovery.closed_question #minutes: 1]
    “冒昧问一句，您的房颤卒中病人平时用NOAC吗？” # speaker: rep
    “用。” # speaker: wu # mood: sceptical
    他等着你问个像样点的问题。 # speaker: narrator
- -> stable

=== stable ===
“出院都带通贝沙班回去，每天两次。怎么吃，我们护士闭着眼睛都能教。都挺稳定的。” # speaker: wu # objection: twice_daily_habit
* [“您说的稳定，回家三个月以后，实际是什么样子？”然后让他说下去。 #act: discovery.open_question #act: discovery.active_listening #minutes: 2]
    ~ asked_adherence = true
    “您说的稳定，病人回家以后，比如三个月后，实际是什么样子？” # speaker: rep
    “大部分没事。让我担心的是又回来的那些：独居的老人，晚上那一顿老忘。闺女晚上八点打电话提醒，那也得闺女自己记得。去年我有两个再入院的，都是晚上那顿药连着漏了一个星期。” # speaker: wu # mood: neutral # need: twice_daily_adherence
    “也就是说，早上那顿一般都能吃上，漏的是晚上那顿，而且多是家里没人照看的病人。是这样吗？” # speaker: rep
    “就是这样。” # speaker: wu
* [“吴主任，这正是每日一次的诺维沙班的优势：一天一片，晚上那顿根本不用记。” #act: discovery.interrupt #act: value.need_linked #links: twice_daily_adherence #claim: dose_standard #minutes: 1]
    “吴主任，这正是每日一次的诺维沙班的优势：一天一片，晚上那顿根本不用记……” # speaker: rep
    “我说的是他们很稳定。你一听到‘每天两次’就不往下听了。” # speaker: wu # mood: annoyed
* [“听您这么说挺放心的。病人都能按时吃药吧？” #act: discovery.closed_question #minutes: 1]
    “听您这么说挺放心的。病人都能按时吃药吧？” # speaker: rep
    “大部分吧。” # speaker: wu # mood: sceptical
- -> present

=== present ===
{promise_open("bleeding_data"):
    “好。电话里你答应给我看出血数据，还有这些数据能说明到哪一步。拿出来吧。” # speaker: wu # phase: presentation
- else:
    “好。你邮件里说有出血数据，拿出来看看。” # speaker: wu # phase: presentation
}
* [“先说颅内出血：诺维沙班每年0.4%，华法林0.8%。我先说清楚，这是跟华法林比的。” #act: value.need_linked #links: ich_data #act: value.evidence_cited #claim: trial_bleeding #claim: competitor_facts #keeps: bleeding_data #minutes: 2]
    {asked_ich or remembers("ich_data"):
        “您说最让您睡不着的是颅内出血，那就先说这个。NAVIGATE-AF研究中，与剂量调整的华法林相比，诺维沙班颅内出血年发生率0.4%，华法林0.8%；大出血2.4%对3.0%；消化道出血相近，1.2%对1.1%。需要说明，这是和华法林比的，和通贝沙班没有头对头研究。” # speaker: rep
        “跟华法林比。好歹你在我开口之前自己说了。” # speaker: wu # mood: neutral
    - else:
        “卒中以后最要紧的数字是颅内出血。NAVIGATE-AF研究中，与剂量调整的华法林相比，诺维沙班颅内出血年发生率0.4%，华法林0.8%；大出血2.4%对3.0%；消化道出血相近。和通贝沙班没有头对头研究。” # speaker: rep
        “什么对我最要紧，你没问就替我定了。跟华法林比，入组的病人大多数还没得过卒中。” # speaker: wu # mood: sceptical
    }
* [“对容易漏掉晚上那顿的病人，就是一天一片。跟通贝沙班没比过，有没有意义要您来判断。” #act: value.need_linked #links: twice_daily_adherence #claim: dose_standard #claim: competitor_facts #minutes: 2]
    “对那些容易漏掉晚上一顿的病人：诺维沙班是20毫克每天一片，空腹随餐都可以。至于依从性或者疗效是不是比通贝沙班好，我拿不出数据，因为两个药没有头对头研究。它就是一天一次而不是两次，对具体哪个病人有没有意义，要您来判断。” # speaker: rep
    {asked_adherence or remembers("twice_daily_adherence"):
        “这话公道。对一个独居的八十岁老太太来说，这不算小事。可出血的数字你还一个都没拿出来。” # speaker: wu # mood: neutral
    - else:
        “谁说我的病人漏服了？再说，我要的是出血数据。” # speaker: wu # mood: sceptical
    }
* [“NAVIGATE-AF的结果：卒中或栓塞，诺维沙班每年1.3%，华法林1.7%。” #act: value.evidence_cited #claim: trial_efficacy #minutes: 2]
    “NAVIGATE-AF随机入组了14,200例非瓣膜性房颤患者，中位随访2.1年：卒中或全身性栓塞年发生率，诺维沙班组1.3%，剂量调整的华法林组1.7%。” # speaker: rep
    “又是跟华法林比疗效。哪家在自己的试验里没赢过华法林？我问的是出血。” # speaker: wu # mood: sceptical
* [“每日一次、不受饮食影响、不用监测、有效期36个月，这些数据资料里都有。” #act: value.feature_dump #claim: dose_standard #claim: storage #minutes: 3]
    “每日一次，空腹随餐都可以，无需常规凝血监测，30℃以下保存，有效期36个月……” # speaker: rep
    “有效期。我的病人脑子里在出血，你跟我讲有效期。” # speaker: wu # mood: annoyed
- -> price

=== price ===
他用手指敲了敲你发来的那几页资料。 # speaker: narrator
“说点实际的。一天5块6。通贝沙班进了带量采购，一天9毛。差了六倍。” # speaker: wu # phase: objections # mood: sceptical # objection: procurement_price
{difficulty > 1:
    “而且医院还有通贝沙班的集采约定采购量要完成，谁绕开它开别的药，药剂科是要报给院长的。” # speaker: wu
}
* [“差价确实大，这个我不回避。哪头压力更大：药剂科的集采量，还是病人自己掏的钱？” #act: objections.acknowledge #act: objections.explore #minutes: 1]
    ~ asked_cost = true
    “差价确实大，这个我不回避。您说的价格问题，对您来说哪方面压力更大：药剂科和集采约定量那边，还是病人出院后自己要掏的钱？” # speaker: rep
    “都有，后一个更要紧。药剂科我还能去争。病人可是要自己掏钱吃一辈子的。” # speaker: wu # mood: neutral # need: patient_cost
* [“其实病人自己掏不了多少：今年一月进了国家医保目录，职工医保的病人每天也就2块钱左右。” #act: objections.evidence_response #act: value.need_linked #links: patient_cost #claim: insurance #claim: price #claim: competitor_facts #minutes: 2]
    “挂网价是每天5块6，集采的通贝沙班每天9毛左右。不过诺维沙班今年一月进了国家医保目录，职工医保的病人每天自己大概只掏2块钱。” # speaker: rep
    “你就认定我愁的是病人的钱包。也许是吧。可你没问。” # speaker: wu # mood: sceptical
* [“吴主任，恕我直言，跟二次卒中的花费比起来，一天几块钱真不算什么。” #act: objections.argue #minutes: 1]
    “吴主任，恕我直言，一天几块钱，跟二次卒中的花费比起来，根本不算什么。” # speaker: rep
    “我的病人不是为一个‘可能发生’的二次卒中掏钱，他们是每个月实打实地买药，靠的是一个月几百块的农村养老金。二次卒中花多少钱我比你清楚，我天天都在看。” # speaker: wu # mood: annoyed
* [“价格是由数据决定的：研究已经证明诺维沙班比通贝沙班好，卒中和出血都更少。” #act: objections.evidence_response #violation: misleading_claim #minutes: 1]
    “吴主任，价格是由数据决定的。研究已经证明诺维沙班比通贝沙班好，卒中更少，出血也更少。” # speaker: rep
    “证明了？把头对头研究拿给我看。” # speaker: wu # mood: annoyed
    你翻开资料夹。里面没有这样的研究，因为根本就没有这样的研究。 # speaker: narrator
    “我就知道。你们自己的资料上就写着没有。连自己资料都不支持的话，别拿来跟我说。” # speaker: wu
- -> insurance

=== insurance ===
“还有，我一半的病人是参加城乡居民医保的农民。你这个药他们要自己掏多少？” # speaker: wu
{difficulty > 1:
    “要具体数字，别跟我说‘能报’。” # speaker: wu
}
* [“一月起进了医保目录，乙类，职工医保每天自付2块左右。本省居民医保的数字，我周五前发您邮箱。” #act: objections.evidence_response #act: objections.defer_and_commit #claim: insurance #promise: residents_copay #minutes: 2]
    ~ promised = true
    “今年一月起，诺维沙班以非瓣膜性房颤适应症进了国家医保目录，乙类。职工医保的病人每天自付大概2块钱。城乡居民医保的自付比例各省不一样，本省具体是多少，我没有把握，不能随口报给您。我跟我们市场准入部的同事核实一下，周五前发到您邮箱。” # speaker: rep
    “周五。你发没发，我会记着。” # speaker: wu # mood: neutral
* [“本省居民医保具体报多少，我手上没有准数。我回去弄清楚了再告诉您。” #act: objections.defer_and_commit #promise: residents_copay #minutes: 1]
    ~ promised = true
    “吴主任，本省居民医保具体报多少，我手上没有准数。我回去弄清楚了再告诉您。” # speaker: rep
    “回头是什么时候？” # speaker: wu # mood: sceptical
* [“药已经进了国家医保目录，您的病人都能报，这个您完全不用担心。” #act: objections.evade #minutes: 1]
    “吴主任，药已经进国家医保目录了，您的病人都能报，这个您完全不用担心。” # speaker: rep
    “报多少？农民掏钱可不是掏个‘能报’。” # speaker: wu # mood: sceptical
* [“我看到的数据是，居民医保也差不多，每天2块钱左右。” #act: objections.evidence_response #violation: misleading_claim #minutes: 1]
    “吴主任，我看到的数据是，居民医保也差不多，每天2块钱左右。” # speaker: rep
    “跟职工医保一样？在本省？我回头问问药剂科，要是你说错了，你的数字值几个钱我就知道了。” # speaker: wu # mood: sceptical
- -> habit

=== habit ===
“最关键的是这个：通贝沙班我用了六年，病人用着都稳定。我不会为了照顾一个代表的面子，去给稳定的病人换药。” # speaker: wu # objection: stable_patients
* [“那稳定的病人就不动。每天两次，在哪些病人身上用着不太顺？” #act: objections.acknowledge #act: objections.explore #minutes: 1]
    “我不是来劝您给稳定的病人换药的。病人用通贝沙班挺好，这才是最要紧的。我想请教的是：每天两次，在哪些情况下用起来不那么顺？” # speaker: rep
    {asked_adherence:
        “你知道在哪儿：独居病人的晚上那一顿。我要考虑的是新病人，不是那些稳定的。” # speaker: wu # mood: neutral
    - else:
        ~ asked_adherence = true
        “晚上那一顿。独居的老人容易忘，过不了多久，又因为二次卒中住回我病房。我要考虑的是新病人，不是那些稳定的。” # speaker: wu # mood: neutral # need: twice_daily_adherence
    }
    -> habit_answer
* [“对那些估计会漏掉晚上一顿的新病人，一天一片就行。先说明，跟通贝沙班没有比过。” #act: objections.evidence_response #act: value.need_linked #links: twice_daily_adherence #claim: dose_standard #claim: competitor_facts #minutes: 2]
    “对那些独居、您估计会漏掉晚上一顿的新病人，诺维沙班是每天一片。我没有试验证明它比通贝沙班效果更好，它就是一天一次而不是两次。” # speaker: rep
    “我说的是稳定的病人，你回答的是新病人。你反应挺快，可我不确定你在听。” # speaker: wu # mood: sceptical
    -> chen_numbers
* [“说实话，每天两次早过时了。通贝沙班进集采是因为便宜，您那些‘稳定’的病人其实都在漏服。” #act: objections.argue #violation: disparagement #minutes: 1]
    “说实话吴主任，每天两次早就过时了。通贝沙班能进集采是因为便宜，不是因为好，您那些‘稳定’的病人，估计有一半每天晚上都得不到保护。” # speaker: rep
    “通贝沙班让我几百个病人没再住进这家医院，你拿不出任何数据说它不行。一个你自己从来不用开的药，别在这儿贬低它。” # speaker: wu # mood: annoyed
    -> chen_numbers
* [“恕我直言，今天稳定不等于明天安全。数据说明，这些病人您得全部重新评估一遍。” #act: objections.argue #minutes: 1]
    “恕我直言，今天稳定不等于明天安全。数据说明，这些病人您得全部重新评估一遍。” # speaker: rep
    “我的病人每三个月复查一次，用不着代表来提醒我。” # speaker: wu # mood: annoyed
    -> chen_numbers

=== habit_answer ===
他等着看你接下来怎么说。 # speaker: narrator
* [“对独居的新病人，一天一片。我不能说它比通贝沙班好，它就是一天一次，不是两次。” #act: value.need_linked #links: twice_daily_adherence #act: objections.evidence_response #claim: dose_standard #claim: competitor_facts #minutes: 1]
    “那稳定的病人就维持现状。对独居的新病人，诺维沙班是每天一片20毫克。我没有试验证明它比通贝沙班好，不管是依从性还是别的方面；它就是一天一次而不是两次。” # speaker: rep
    “独居的新病人。这个我可以考虑。” # speaker: wu # mood: neutral
* [“稳定的病人也可以等下次复查时一起换过来，这样全科只用一个方案，大家都不用担心记混。” #act: objections.argue #minutes: 1]
    “稳定的病人也可以等下次复查时一起换过来，这样全科只用一个方案，大家都不用担心记混。” # speaker: rep
    “我刚说了不换。你刚才是在听，还是在等着插话？” # speaker: wu # mood: annoyed
- -> chen_numbers

=== chen_numbers ===
“陈静她们病区用这个药四个月了。她那边有多少病人在用？要是心内科那边的数字好看，对我来说比你们的试验更有说服力。” # speaker: wu
* [“谁的处方我都不能说，她的不行，您的也不行。陈医生的体会您直接找她，发表的文献我这儿有。” #act: compliance.declined #rapport: -10 #minutes: 1]
    “这个我不能说，吴主任：任何医生的处方情况我都不会透露，她的不会，您的也不会。陈医生自己的使用体会，您可以直接问她；出血方面，我可以给您已发表的数据，或者请我们医学部给您书面答复。” # speaker: rep
    “规矩。数字不好看的时候，谁都拿规矩挡着。” # speaker: wu # mood: annoyed
    他没再追问，但脸色不太好看。 # speaker: narrator
* [“大概二十来个病人吧，没听说有出血的，早期数据看着挺好。” #violation: prescription_tracking #rapport: -10 #minutes: 1]
    “到现在大概二十来个吧，吴主任，出血的我还没听说过，早期数据看着挺好。” # speaker: rep
    “这么说你在数她的处方。那你跟下一个医生又会怎么说我的？” # speaker: wu # mood: annoyed
* [“我回去查查我们的销售数据，看她那边什么情况，再跟进告诉您。” #violation: prescription_tracking #minutes: 1]
    “我回去查查我们的销售数据，看她那边什么情况，再跟进告诉您。” # speaker: rep
    “行，你查吧。” # speaker: wu # mood: neutral
* [“陈医生那边我不方便说。那反过来想请教您：您这边新来的房颤病人里，愿意让多少位用诺维沙班？” #act: relationship.transactional #minutes: 1]
    “陈医生那边我不方便说。那反过来想请教您：您这边新来的房颤病人里，愿意让多少位用诺维沙班？” # speaker: rep
    “原来你是为这个来的。要一个数字。” # speaker: wu # mood: annoyed
- -> safety

=== safety ===
他把显示器转向你：教学病例库里一张已经脱敏的CT，是多年前一个用华法林的病人，一周前的梗死灶里有一片高密度出血影。 # speaker: narrator
“这就是抗凝药对一个新鲜梗死灶能干出来的事。你们的试验是跟华法林比的，入组的病人大多数根本没得过卒中。我凭什么相信你们的出血数据适用于我的病人？” # speaker: wu # mood: sceptical # objection: ich_risk
{difficulty > 1:
    “别再跟我提华法林，我不用华法林。” # speaker: wu
}
* [“您这个问题问到点子上了，我不想泛泛地回答。您最担心的是哪些病人？” #act: objections.acknowledge #act: objections.explore #minutes: 1]
    “您这个问题问到点子上了，我不想泛泛地回答。您最担心的是哪些病人？” # speaker: rep
    “大面积梗死的。片子上有出血转化的。还有头两个星期里的所有病人。” # speaker: wu # mood: neutral # need: early_ich_risk
    -> safety_answer
* [“跟华法林比：颅内出血0.4%对0.8%，大出血2.4%对3.0%，说明书的禁忌也一起讲。” #act: objections.evidence_response #act: value.evidence_cited #claim: trial_bleeding #claim: contraindications #claim: common_adverse_events #keeps: bleeding_data #minutes: 3]
    “NAVIGATE-AF研究中，与剂量调整的华法林相比：颅内出血年发生率0.4%对0.8%，大出血2.4%对3.0%，消化道出血1.2%对1.1%。出血是最常见的不良反应；说明书规定，有临床明显活动性出血，或存在大出血显著风险的病灶或病情的患者，禁用诺维沙班……” # speaker: rep
    “全都对，可全都在回答我没问的问题。我问的是我的病人。” # speaker: wu # mood: sceptical
    -> timing
* [“说实话，数据很清楚，用诺维沙班脑出血根本不用担心，风险直接减半。” #act: objections.evidence_response #violation: misleading_claim #minutes: 1]
    -> asked_to_leave
* [“吴主任，出血情况和同类药差不多，这个您放心。其实我更想给您看看，每日一次用起来有多方便……” #act: objections.evade #minutes: 1]
    “吴主任，出血情况和同类药差不多，这个您放心。其实我更想给您看看，每日一次用起来有多方便……” # speaker: rep
    “‘差不多’不是一个数字。我给你看的是一张片子。” # speaker: wu # mood: annoyed
    -> timing

=== safety_answer ===
“那好。对这些病人，你们的数字怎么说？” # speaker: wu
* [“能说明的比您希望的少：比的是华法林，入组病人大多近期没卒中，出血转化也没有单独分析。” #act: objections.evidence_response #claim: trial_bleeding #claim: contraindications #claim: competitor_facts #keeps: bleeding_data #minutes: 2]
    “能说明的比您希望的要少。NAVIGATE-AF的对照是剂量调整的华法林：颅内出血年发生率0.4%对0.8%，大出血2.4%对3.0%。入组的病人大多数近期没有卒中，近期卒中或者出血转化的病人，我手上也没有单独的分析可以给您看。说明书规定，存在大出血显著风险的病灶或病情的患者禁用诺维沙班。另外，和通贝沙班没有头对头研究。” # speaker: rep
    “数据能说明到哪一步，你说清楚了。前面三个代表都没做到。” # speaker: wu # mood: neutral
* [“NAVIGATE-AF里既往有卒中的病人效果一样好，亚组数据很清楚。” #act: objections.evidence_response #violation: misleading_claim #minutes: 1]
    “吴主任，NAVIGATE-AF里既往有卒中的病人，效果一样好，亚组数据很清楚。” # speaker: rep
    “把亚组分析拿给我看。” # speaker: wu # mood: sceptical
    哪一页经过审批的资料上都没有这样的亚组分析。他就看着你在资料里翻找。 # speaker: narrator
* [“哪个抗凝药都有一定风险，吴主任。您经验丰富，最后还是要您来定。” #act: objections.evade #minutes: 1]
    “哪个抗凝药都有一定风险，吴主任。您经验丰富，最后还是要您来定。” # speaker: rep
    “我当然知道是我来定。我问的是你们的数字怎么说。” # speaker: wu # mood: annoyed
- -> timing

=== asked_to_leave ===
“说实话吴主任，用诺维沙班，脑出血您真的不用担心。风险直接减了一半，基本上没有出血风险。” # speaker: rep
他看看你，看看片子，又看看你。 # speaker: narrator
“没有出血风险。你对着一个卒中科医生、对着这张片子说这话。哪个抗凝药不出血？你们自己的资料上都写着。到此为止吧，资料留下，你可以走了。” # speaker: wu # mood: annoyed # end_visit: asked_to_leave # ending: asked_to_leave
-> END

=== timing ===
“那你告诉我：房颤卒中以后，你这个药第几天开始用？第三天？第十四天？你们说明书上一个字都没写。” # speaker: wu # objection: start_timing
* [“这是您病区最要紧的事，可说明书里没有。我请医学信息部给您书面答复，好吗？” #act: objections.acknowledge #act: objections.defer_and_commit #act: compliance.medical_referral #minutes: 1]
    ~ mi_referral = true
    “这是您病区里最要紧的问题。您说得对，说明书没有涉及卒中后的启动时机，所以这个问题我不能给您建议。您同意的话，我今天就提交给我们公司的医学信息部，由医学同事根据现有数据直接给您书面答复。” # speaker: rep
    “书面答复，好。这么回答就对了。” # speaker: wu # mood: pleased
* [“大部分卒中中心按梗死大小来：小的第三天，中等第六天，大面积第十二天，诺维沙班也一样。” #act: objections.evidence_response #violation: off_label #minutes: 1]
    “吴主任，大部分卒中中心是按梗死大小来的：小梗死第三天，中等第六天，大面积第十二天。诺维沙班也可以这么用。” # speaker: rep
    “一个代表，拿个经验法则来指导我病人的脑子，说的还是你们说明书里没有的东西。以后当着我住院医生的面，千万别这么干。” # speaker: wu # mood: annoyed
* [“这个还是看您的临床判断，吴主任。我们再回到数据和研究上？” #act: objections.evade #minutes: 1]
    “这个还是看您的临床判断，吴主任。我们再回到数据和研究上？” # speaker: rep
    “谢谢提醒，这是我的判断，我知道。” # speaker: wu # mood: sceptical
- -> closing

=== closing ===
有人敲门：门诊护士拿着第一个病人的病历来了。 # speaker: narrator # phase: closing
{customer_state == "irritated":
    吴主任已经站起来了，白大褂搭在胳膊上。 # speaker: narrator
    “时间到了。” # speaker: wu # mood: annoyed
- else:
    吴主任看了一眼墙上的钟。 # speaker: narrator
    “我要去门诊了。” # speaker: wu
}
* [“多谢吴主任。我说说今天记下的几条、欠您的几件事，还有一个给住院医生的想法。” #act: closing.summary #act: closing.thanks #act: closing.next_step #minutes: 1]
    -> next_step
* [“谢谢吴主任抽时间，这是我的名片，有什么问题随时找我。” #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    “谢谢吴主任抽时间，这是我的名片，有什么问题随时找我。” # speaker: rep
    -> no_next_step
* [“走之前想问一下：接下来的房颤病人，您估计会有多少位用上诺维沙班？” #act: relationship.transactional #act: closing.no_next_step #minutes: 1]
    “走之前想问一下，吴主任：接下来的房颤病人，您估计会有多少位用上诺维沙班？” # speaker: rep
    “你要是拿这个问题收尾，那一个都没有。” # speaker: wu # mood: annoyed
    -> no_next_step
* [“简单说就是：每日一次，跟华法林比数据很好，还进了医保。您接下来的房颤病人试一试？” #act: value.feature_dump #act: closing.no_next_step #minutes: 1]
    “简单说就是：每日一次，跟华法林比数据很好，而且进了医保。希望您接下来的房颤病人可以试一试。” # speaker: rep
    -> no_next_step

=== next_step ===
“多谢吴主任。我说说今天记下的几条，您看对不对。” # speaker: rep
{asked_ich or remembers("ich_data"):
    “您最关心的是颅内出血，要的是实打实的数字，还有这些数据能说明到哪一步。” # speaker: rep
}
{asked_adherence or remembers("twice_daily_adherence"):
    “稳定的病人维持现状；要考虑的是独居、容易漏掉晚上一顿的新病人。” # speaker: rep
}
{asked_cost:
    “还有，您的病人是自己掏钱，所以病人的负担和药剂科那边一样要紧。” # speaker: rep
}
{promised:
    “周五前，我把本省城乡居民医保的自付数字发到您邮箱。” # speaker: rep
}
{mi_referral:
    “卒中后启动时机的问题，医学信息部会给您书面答复。” # speaker: rep
}
“能不能请我们医学部的同事，带着完整的出血数据到您科里的小讲课上讲一次，让住院医生们当面提问？” # speaker: rep
{
- rapport >= 70 + 10 * difficulty:
    “21号的文献汇报会。十五分钟，你们医学部的人来讲，不要商标，我问过你的那些问题，住院医生们会再问一遍。幻灯片提前一天发给我。” # speaker: wu # mood: pleased
    他转身把这件事写在了身后的白板上。 # speaker: narrator # ending: journal_club_invited
- rapport >= 50:
    “先把你答应的东西发过来。站得住脚的话，再谈住院医生的事。” # speaker: wu # mood: neutral
    还没定下日子，但他把要你带什么说得一清二楚。 # speaker: narrator # ending: material_requested
- else:
    “资料发我邮箱吧，有空我看看。” # speaker: wu # mood: sceptical
    你还没走到门口，他已经在看第一个病人的病历了。 # speaker: narrator # ending: polite_dismissal
}
-> END

=== no_next_step ===
{rapport >= 70:
    他点点头，好像还想说点什么。这时护士叫了他一声。 # speaker: narrator
    “行，有东西就发邮件给我。” # speaker: wu # mood: neutral
    进了电梯你才反应过来：他抛给你三个问题，你却一个都没答应回复就走了。 # speaker: narrator # ending: missed_opportunity
- else:
    “好，谢谢。” # speaker: wu # mood: neutral
    你的名片留在他桌角，压在那杯凉茶底下。 # speaker: narrator # ending: polite_dismissal
}
-> END

=== patience_out ===
吴主任站起来，拉开了门。 # speaker: narrator
“就到这儿吧，病人还在等我。哪天你有值得一看的数字，再发邮件给我。” # speaker: wu # mood: annoyed # ending: patience_exhausted
-> END
