# title: 借陈静医生引荐，约见卒中单元吴昊副主任
# segment: clinician
# stage: appointment
# setting: ward
# lang: zh-CN
# customer: wu
# dimensions: access, preparation, relationship, value, objections, closing, records
# leaves_to: patience_out

// 诺维沙班（Norvixa）、通贝沙班（Trombexa）、NAVIGATE-AF研究和恒康医药均为虚构。
// 代表说出的每一条事实都来自产品信息单（src/core/world/product.ts），并标注 # claim:；
// 递交的只有经审批的资料（# gives:）。
// 吴主任由引擎扮演。在他见到代表之前，他的信任（rapport）取决于代表怎样请陈医生引荐：陈医生
// 会把她看到的传递过去。凡是吴主任根本不会知道的动作（只发生在代表和陈医生之间的事），
// 不应消耗他的耐心：这些动作都带有 # patience: 修正。
// 电话之前的一切和电话之后的记录都是 # off_clock：他给的五分钟
// 只属于那通电话。

VAR difficulty = 1
VAR rapport = 35
VAR pack = "approved"
VAR need_ich = false
VAR need_adherence = false
VAR booked = false
VAR teaching = false

-> preparation

=== preparation ===
周日晚上，你在家里的餐桌前。经理希望诺维沙班的学术推广能覆盖到收治房颤相关卒中的科室；在清河市第一人民医院，就是神经内科的卒中单元。 # speaker: narrator # phase: approach
卒中单元副主任医师吴昊从没见过恒康的代表。心内科二病区的陈静医生跟你打了一年交道，明天她查完房你正好要去见她。 # speaker: narrator
CRM里吴主任的客户档案几乎是空的：姓名、职称，“偏好的联系方式”一栏是个问号。 # speaker: narrator
* [翻翻他最近的文章和神经内科接待规定，写下：“本周：陈医生引荐，再约吴主任十分钟。” #act: preparation.profile_reviewed #act: preparation.objective_set #off_clock #minutes: 30]
    他最近的两篇文章，一篇讲房颤相关卒中后何时启动抗凝，一篇讲卒中后首月内的颅内出血。神经内科的通知写得很干脆：医药代表不得进入病区，一律预约接待。 # speaker: narrator
    你在笔记本第一页写下：“本周目标：请陈医生引荐；按吴主任习惯的方式约到十到十五分钟，介绍NAVIGATE-AF的出血数据。” # speaker: narrator
* [托药剂科的熟人打一份吴主任每个月通贝沙班的处方量，先摸清他的潜力和用药需求 #act: preparation.profile_reviewed #violation: prescription_tracking #off_clock #minutes: 10]
    二十分钟后，她发来一张药房发药报表的照片，吴主任的名字就在报表中间。“千万别说是我给你的。” # speaker: narrator
    现在你知道他每个月开多少盒通贝沙班了。你手里拿着的，也正是让医药代表被医院拉黑的那种数据——统方。 # speaker: narrator
* [在本子上写下“吴主任：让他接下来的房颤病人都试用诺维沙班”，他的那几篇文章改天有空再看 #act: preparation.objective_set #off_clock #minutes: 2]
    你在本子上写下“吴：让他试用”，然后合上了本子。这是个销售指标，算不上这一周的接触计划，而且你对他仍然一无所知。 # speaker: narrator
- -> material

=== material ===
吴主任在答应见任何人之前，都会先要书面材料。你准备给他发什么？ # speaker: narrator
* [药品说明书，加上经审批的产品手册里讲出血的那一页 #act: preparation.material_matched #off_clock #minutes: 5]
    ~ pack = "approved"
    两份经过审批的资料，别的一概不加。产品手册上NAVIGATE-AF那一页写着：与剂量调整的华法林相比，颅内出血年发生率0.4%对0.8%；页脚的注释和说明书的说法一致：诺维沙班与通贝沙班之间没有头对头研究。 # speaker: narrator
* [自己做一页表格，把NAVIGATE-AF的出血数据和通贝沙班的并排列出来，比市场部做的都清楚 #act: preparation.material_matched #violation: misleading_claim #off_clock #minutes: 40]
    ~ pack = "own"
    你花了一个小时，做出来确实很有说服力：两栏，诺维沙班用绿色，通贝沙班用灰色。两项从没正面比较过的研究，被并排摆在一起，好像真的比过一样；而这页纸，医学部和合规部门谁都没审过。 # speaker: narrator
* [公司画册加整套产品资料，他有什么需求，自己挑着看 #act: preparation.material_unmatched #off_clock #minutes: 2]
    ~ pack = "brochure"
    十二页铜版纸，满是笑容灿烂的老人照片，外加恒康的发展历程。出血数据在第九页，字很小。 # speaker: narrator
* [在心内科反响很好的那张肾功能剂量卡 #act: preparation.material_unmatched #off_clock #minutes: 2]
    ~ pack = "renal"
    卡片本身做得不错，但它回答的是心内科医生关心的肾功能问题，不是卒中医生关心的脑出血问题。 # speaker: narrator
- -> chen_office

=== chen_office ===
周一上午11:50，心内科二病区医生办公室。陈医生一只手敲着出院小结，一只手接着电话。 # speaker: narrator
“哟，是你啊。我五分钟后要跟家属谈话。” # speaker: chen # mood: neutral
* [先把她要的大字版宣教单递过去：“五十份，出院宣教用的，电子版也给您拷好了。” #act: relationship.professional_support #off_clock #minutes: 2]
    “陈医生，先把您出院宣教要用的大字版宣教单给您，就是您上次要的那种。五十份，审批过的电子版我也拷好了，护士老师要加印的话直接用。” # speaker: rep
    “你还真记着。上一个答应给我做这个的是三月份，到现在还没影儿呢。” # speaker: chen # mood: pleased
* [“您的出院宣教最近怎么样？上次您说家属也跟着来了。”然后再说你的事。 #act: relationship.personal_care #off_clock #minutes: 2]
    “您的出院宣教最近怎么样？上次您说，家属也跟着来了。” # speaker: rep
    “每周都坐满。可到现在还没有一份他们看得清的宣教单。说吧，今天来什么事？” # speaker: chen # mood: neutral
* [“陈医生，今年剂量卡、护士培训我们都给二病区做了，今天想请您帮个小忙，您应该不会介意吧。” #act: relationship.transactional #patience: +15 #off_clock #minutes: 2]
    “陈医生，今年剂量卡、护士培训我们都给二病区做了，所以今天想请您帮个小忙，您应该不会介意吧。” # speaker: rep
    “原来咱们之间还记着账呢。” # speaker: chen # mood: sceptical
- -> the_ask

=== the_ask ===
她把写了一半的小结存好，转过椅子对着你。 # speaker: narrator
“说吧，什么事？” # speaker: chen # phase: request
* [“房颤卒中的病人大多在吴主任那儿，可我跟他不认识。您方便帮我引荐一下吗？怎么引荐您定。” #act: access.referral #off_clock #minutes: 2]
    ~ need_adherence = true
    “咱们医院房颤相关的卒中病人大多在吴主任的卒中单元，我觉得他可能会关心我们的出血数据。我跟他不认识，您方便帮我引荐一下吗？怎么引荐您看着办，不方便也没关系。” # speaker: rep
    “他这人脾气冲，但讲道理。每次联合病例讨论他都抱怨，老年病人晚上那顿通贝沙班老是忘吃，结果二次卒中又住进来。我可以跟他说你靠谱，我能担保的也就这一点。” # speaker: chen # mood: neutral # need: twice_daily_adherence
    “提醒你一句：他从来不在病区见代表，从来不。什么事都走邮件。” # speaker: chen
* [“您下次去卒中单元会诊的时候，能不能带我一起上去？我在护士站跟他说一分钟就行，不多耽误。” #act: access.referral #act: access.cold_drop_in #off_clock #minutes: 2]
    “您下次去卒中单元会诊的时候，能不能带我一起上去？我在护士站跟他说一分钟就行，不多耽误。” # speaker: rep
    “带个代表进吴主任的病区？他能把我们俩一起轰出来，而且轰得有道理。我跟他提一句吧，就说你会给他发邮件。他什么事都走邮件。” # speaker: chen # mood: sceptical
* [“要是您跟他说，您的房颤病人都换成诺维沙班了，建议他也换，那分量就不一样了。” #act: access.referral #act: relationship.transactional #patience: +10 #off_clock #minutes: 2]
    “要是您跟他说，您的房颤病人都换成诺维沙班了，建议他也换，那分量就不一样了。” # speaker: rep
    “引荐可以，帮你推销不行。再说我也没把谁‘都换了’，我是看病人合适什么用什么。对了，他什么事都走邮件。” # speaker: chen # mood: annoyed
- -> the_message

=== the_message ===
她拿起手机，打开了微信。 # speaker: narrator
“我跟他怎么说？” # speaker: chen
* [“就说您自己了解的情况。再麻烦您看看他愿不愿意收我一封邮件，不愿意就算了。” #act: access.referral #off_clock #minutes: 1]
    “就说您自己了解的：我是恒康医药的代表，在二病区答应的事都做到了，手上有NAVIGATE-AF的出血数据，他可能用得上。再麻烦您看看他愿不愿意收我一封邮件。他说不愿意，那就算了。” # speaker: rep
    她几乎一字不改地打了出来，念给你听了一遍，点了发送。 # speaker: narrator
    “发了。别让我后悔啊。” # speaker: chen # mood: pleased
* [拿出你拟好的一段话，请她以自己的名义发：“强烈推荐恒康的代表，诺维沙班在我的病人身上效果非常好。” #violation: undisclosed_identity #violation: misleading_claim #patience: +10 #off_clock #minutes: 1]
    “不麻烦您了，我拟了一段，您直接发就行：‘吴主任，强烈推荐恒康诺维沙班的代表。诺维沙班在我的病人身上效果非常好，建议您这周就见见他。’” # speaker: rep
    “你要我在你的广告上署名？‘强烈推荐’？‘效果非常好’？这药在我们病区才用了四个月。我自己写吧，谢谢。” # speaker: chen # mood: annoyed
    她写了短得多的一段，没念给你听就发出去了。 # speaker: narrator
* [“您就跟他说，我今天下午去卒中单元找他，这样他连回复都省了。” #act: access.cold_drop_in #off_clock #minutes: 1]
    “您就跟他说，我今天下午去卒中单元找他，这样他连回复都省了。” # speaker: rep
    “不行。他会觉得是堵他。我就说你会发邮件。” # speaker: chen # mood: sceptical
- 周二上午，陈医生把吴主任的回复转给了你，他也同意把邮箱给你。 # speaker: narrator
{rapport >= 55:
    “陈静说你还行。那就发邮件吧。别来病区。” # speaker: wu # mood: neutral
- else:
    “非要的话，发邮件。跟他说清楚：别来我病区。” # speaker: wu # mood: sceptical
}
-> first_contact

=== first_contact ===
{first_contact > 1:
    他又一次告诉你该怎么联系他：发邮件。 # speaker: narrator
- else:
    你拿到了吴主任的邮箱，他也同意你给他发邮件。 # speaker: narrator
}
+ {pack == "approved"} [发邮件给他：“陈静医生转来了您的邮箱。想占用您十分钟，时间您定，讲讲出血结果。” #act: access.clear_appointment #claim: trial_bleeding #claim: competitor_facts #gives: label #gives: detail_aid #off_clock #minutes: 10]
    “吴主任您好，我是恒康医药负责诺维沙班的代表，邮箱是陈静医生转给我的。想占用您十分钟，时间地点您定，不在卒中单元，给您介绍NAVIGATE-AF研究的出血数据：与剂量调整的华法林相比，诺维沙班颅内出血年发生率0.4%，华法林为0.8%。需要说明的是，诺维沙班和通贝沙班之间没有头对头研究，我不会往那方面引申。” # speaker: rep
    “附件是药品说明书和我们产品手册中出血数据的那一页，您可以先看看，再决定要不要见。” # speaker: rep
    -> silence
+ {pack != "approved"} [发邮件给他，附上你准备的资料：“陈静医生转来了您的邮箱。想占用您十分钟，时间您定，讲讲出血结果。” #act: access.clear_appointment #claim: trial_bleeding #claim: competitor_facts #rapport: -5 #off_clock #minutes: 10]
    “吴主任您好，我是恒康医药负责诺维沙班的代表，邮箱是陈静医生转给我的。想占用您十分钟，时间地点您定，不在卒中单元，给您介绍NAVIGATE-AF研究的出血数据：与剂量调整的华法林相比，诺维沙班颅内出血年发生率0.4%，华法林为0.8%。需要说明的是，诺维沙班和通贝沙班之间没有头对头研究，我不会往那方面引申。” # speaker: rep
    {
    - pack == "own":
        “附件是我自己整理的一页表格，把出血发生率和通贝沙班的做了对比。” # speaker: rep
        就在你亲手写的那句“没有头对头研究”下面，附着一张看上去恰恰就是头对头比较的表格。 # speaker: narrator
    - pack == "brochure":
        “附件是我们的产品画册。” # speaker: rep
    - else:
        “附件是我们的肾功能剂量卡。” # speaker: rep
    }
    -> silence
* [打卒中单元护士站电话：“麻烦您请吴主任接一下电话，心内科陈医生让我今天一定要跟他说上话。” #act: access.cold_drop_in #minutes: 2]
    “麻烦您请吴主任接一下电话，心内科陈医生让我今天一定要跟他说上话。” # speaker: rep
    电话里等了两分钟，背景里监护仪嘀嘀作响。 # speaker: narrator
    “我是吴昊。陈静说你会发邮件，没说你今天就找上来。我这边有个病人马上要去取栓。” # speaker: wu # mood: annoyed
    电话挂断了。 # speaker: narrator
    -> first_contact
* [在卒中单元外面的电梯厅等着，他查完房一出来就迎上去 #act: access.cold_drop_in #minutes: 3]
    11:30，病区门开了，一位穿白大褂的医生边走边在手机上看CT报告。你迎上去挡在他面前。 # speaker: narrator
    “吴主任？我是陈医生提到的恒康的代表……” # speaker: rep
    “陈静说你会发邮件。这里是卒中单元，不是展销会。” # speaker: wu # mood: annoyed
    他绕过你进了电梯。 # speaker: narrator
    -> first_contact

=== silence ===
{difficulty > 1:
    一个星期过去了，吴主任没有回音。陈医生顺口提到，这个月有三个代表想见他，没一个能过他邮箱这一关。 # speaker: narrator
- else:
    四天过去了，吴主任没有回音。 # speaker: narrator
}
* [再发一封短邮件：“十分钟不方便的话，打五分钟电话行吗？时间您定，我准时打。” #act: access.clear_appointment #off_clock #minutes: 3]
    “吴主任您好，知道病区工作忙。如果十分钟不方便，打五分钟电话是否更合适？时间您定，我准时打，不会超时。” # speaker: rep
* [直接上卒中单元去，在护士站等他查完房，当面听听他对邮件的回复 #act: access.cold_drop_in #violation: clinical_area_intrusion #minutes: 5]
    -> banned_from_unit
* [找陈医生：“不好意思又来打扰您。能不能帮我问问吴主任，看他有没有看到我前几天发的邮件？” #act: relationship.transactional #off_clock #minutes: 1]
    “陈医生，不好意思又来打扰您。能不能帮我问问吴主任，看他有没有看到我前几天发的邮件？” # speaker: rep
    “引荐我已经做了，我可不是你的秘书。” # speaker: chen # mood: annoyed
    她还是帮你提醒了，也顺带告诉他，是你让她催的。 # speaker: narrator
- 两天后，回信来了。 # speaker: narrator
{rapport >= 55:
    “周四12:30，打我办公室电话。五分钟。” # speaker: wu # mood: neutral # time_granted: 5
- else:
    “周四12:30，办公室电话。五分钟，说五分钟就五分钟。” # speaker: wu # mood: sceptical # time_granted: 5
}
-> the_call

=== banned_from_unit ===
卒中单元门口贴着“医药代表禁止入内”，你还是走了进去。护士站旁一台监护仪正在报警，一位护士问你找谁。 # speaker: narrator
吴主任带着两个住院医生从拐角过来，一眼看到了你胸前的公司工牌。 # speaker: narrator
“恒康的是吧？跑到我病区里来，护士正忙着处理病人。出去。邮件也不用再发了，我会跟科里说，以后你不许进这个门。” # speaker: wu # mood: annoyed # end_visit: asked_to_leave # ending: banned_from_unit
-> END

=== the_call ===
周四12:30整。电话响了一声他就接了。 # speaker: narrator
“我是吴昊。心内科吗？9床那个七十八岁、房颤、左侧大脑中动脉大面积梗死的老太太？我得先看到她的心超结果才能决定用什么。” # speaker: wu # mood: neutral
* [“不好意思吴主任，我不是心内科的。我是陈医生引荐的恒康医药代表，您约我12:30打电话。” #act: access.clear_appointment #minutes: 1]
    “不好意思吴主任，我不是心内科的。我是陈医生引荐的恒康医药代表，您约我12:30打电话，五分钟。” # speaker: rep
    “哦，代表。一开口就说清楚，这样好。” # speaker: wu # mood: neutral
* [先让他说下去：反正是陈医生介绍的，而且听得出他正需要人商量9床 #act: access.referral #violation: undisclosed_identity #minutes: 2]
    -> identity_exposed
* [五分钟太短，省掉自我介绍：“吴主任，NAVIGATE-AF里颅内出血年发生率是0.4%，华法林是0.8%……” #act: value.need_linked #links: ich_data #act: value.evidence_cited #claim: trial_bleeding #minutes: 2]
    “吴主任，NAVIGATE-AF研究里颅内出血年发生率是0.4%，华法林是0.8%，大出血……” # speaker: rep
    “你是哪位？” # speaker: wu # mood: sceptical
    “不好意思，我是恒康医药的代表，陈医生引荐的。” # speaker: rep
    “那就先说清楚。我差点跟你讲起病人来了。再说，我想知道什么，还没跟你说呢。” # speaker: wu # mood: annoyed
- -> the_objection

=== identity_exposed ===
“对，是陈医生让我给您打电话的，想跟您聊聊她那边的房颤病人……” # speaker: rep
“好。9床：梗死面积大，现在先用着阿司匹林，我想知道她左心房的情况，再决定什么时候上抗凝……” # speaker: wu
他说了一分钟，突然停住了。 # speaker: narrator
“你是陈静组里哪个医生？……你是恒康的代表？你就这么听我跟一个药企的人讲病人？以后别再打这个电话。” # speaker: wu # mood: annoyed # end_visit: asked_to_leave # ending: identity_exposed
-> END

=== the_objection ===
“行，恒康。我用的是通贝沙班，带量采购，一天九毛钱，我的病人用着都挺稳定。我凭什么给你十分钟？” # speaker: wu # mood: sceptical # objection: no_reason_to_switch
{difficulty > 1:
    “这个月你已经是第四个跟我说自家药能解决问题的代表了。” # speaker: wu
}
* [“您说得对，病人稳定，确实没有非换不可的理由。那什么内容才值得您花这十分钟？” #act: objections.acknowledge #act: objections.explore #minutes: 1]
    ~ need_ich = true
    “您说得对，病人稳定，确实没有非换不可的理由。那您看，什么内容才值得您花这十分钟？” # speaker: rep
    “颅内出血。每次房颤卒中后启动抗凝，我最怕的就是这个。你要是有关于脑出血的实打实的数据，而且肯告诉我这些数据能说明到哪一步，我就看看。” # speaker: wu # mood: neutral # need: ich_data
    -> the_answer
* [“就一个理由：颅内出血年发生率诺维沙班0.4%，华法林0.8%。和通贝沙班没有头对头比较，我不乱说。” #act: objections.evidence_response #act: value.need_linked #links: ich_data #claim: trial_bleeding #claim: competitor_facts #minutes: 2]
    ~ need_ich = true
    “就一个理由：NAVIGATE-AF研究中，诺维沙班的颅内出血年发生率是0.4%，华法林是0.8%。这是和华法林比的；和通贝沙班没有头对头研究，这一点我不会乱说。” # speaker: rep
    “我还没问，你倒先猜到我要问什么了。好在最后那句你说了。卒中以后，我只关心脑出血这一个数字。” # speaker: wu # mood: neutral # need: ich_data
    -> the_request
* [“吴主任，恕我直言，一天九毛钱、用习惯了，这些其实都算不上继续用一个药的理由。” #act: objections.argue #minutes: 1]
    “吴主任，恕我直言，一天九毛钱、用习惯了，这些其实都算不上继续用一个药的理由。” # speaker: rep
    “我的理由是我的病人。什么叫好理由，轮不到你来教我。” # speaker: wu # mood: annoyed
    -> the_request
* [“等见了面，我把数据和研究给您一看，您自然就清楚了。” #act: objections.evade #minutes: 1]
    “吴主任，等见了面，我把数据和研究给您一看，您自然就清楚了。” # speaker: rep
    “这不算回答。” # speaker: wu # mood: sceptical
    -> the_request

=== the_answer ===
“那，数据你有吗？” # speaker: wu
* [“颅内出血每年0.4%，华法林0.8%；大出血2.4%对3.0%。这是跟华法林比的，跟通贝沙班没比过。” #act: value.need_linked #links: ich_data #act: value.evidence_cited #act: objections.evidence_response #claim: trial_bleeding #claim: competitor_facts #minutes: 1]
    “NAVIGATE-AF研究中，诺维沙班的颅内出血年发生率是0.4%，剂量调整的华法林是0.8%；大出血是2.4%对3.0%。这是和华法林比的，和通贝沙班没有头对头研究。” # speaker: rep
    “跟华法林比的，而且你把数据能说明到哪一步也讲了。这是这个月代表跟我说的第一句实话。” # speaker: wu # mood: neutral
* [“和其他抗凝药相比，包括通贝沙班在内，诺维沙班能让脑出血减少一半，数据很清楚。” #act: objections.evidence_response #violation: misleading_claim #minutes: 1]
    “和其他抗凝药相比，包括通贝沙班在内，诺维沙班能让脑出血减少一半，数据很清楚。” # speaker: rep
    “包括通贝沙班。你说说，是哪项研究？” # speaker: wu # mood: annoyed
    根本没有这样的研究，你们俩都心知肚明。 # speaker: narrator
    “陈静替你担保过。我会跟她说，以后别再替你担保了。别给我发邮件了。” # speaker: wu # mood: annoyed # end_visit: asked_to_leave # ending: door_closed
    -> END
* [“有的，不过这些数字得结合背景看：跟什么比、能说明到哪一步。我想见面时跟您好好讲清楚，不想在电话里匆匆带过。” #act: objections.defer_and_commit #minutes: 1]
    “有的，不过得结合背景来看：是跟什么比的，能说明到哪一步。我想见面时跟您好好讲清楚，不想在电话里匆匆带过。” # speaker: rep
    “背景。行吧。” # speaker: wu # mood: sceptical
- -> the_request

=== the_request ===
“那你到底想要什么？” # speaker: wu
* [“十五分钟，时间您定，不在病区。把出血数据给您好好讲一遍，包括能说明到哪一步。” #act: access.clear_appointment #promise: bleeding_data #minutes: 1]
    “十五分钟，时间您定，不在病区。把出血数据给您好好讲一遍，包括这些数据能说明到哪一步。” # speaker: rep
    {rapport >= 50:
        ~ booked = true
        “下周二早上7:40，六楼神经内科医生办公室，查房前。十分钟，不是十五分钟。把数据带来。” # speaker: wu # mood: neutral
    - else:
        “发过来吧。值得的话，我会回邮件。” # speaker: wu # mood: sceptical
    }
* [“或者请我们医学部的同事，在您科里周四的小讲课上讲讲出血结果，您看行吗？” #act: access.academic_event #minutes: 1]
    “或者，如果对您科里更有用的话：能不能请我们医学部的同事，在您科里周四的小讲课上讲一讲NAVIGATE-AF的出血数据，留出时间让住院医生提问？” # speaker: rep
    {
    - rapport >= 80 + 5 * difficulty:
        ~ teaching = true
        “21号的文献汇报会。十分钟。你们医学部的人来讲，幻灯片上不要有商标，我的住院医生会问些刁钻问题。” # speaker: wu # mood: pleased
    - rapport >= 50:
        ~ booked = true
        “还不行，你先说服我。下周二早上7:40，六楼神经内科医生办公室，十分钟。” # speaker: wu # mood: neutral
    - else:
        “我的小讲课不是给药企做广告的。有什么资料发过来。” # speaker: wu # mood: sceptical
    }
* [“我基本天天在医院，您什么时候需要，我随时上病区找您，一个电话就行。” #act: access.cold_drop_in #minutes: 1]
    “吴主任，我基本天天在医院，您什么时候需要，我随时上病区找您，一个电话就行。” # speaker: rep
    “不行。我跟陈静说过，现在再跟你说一遍：别来病区。有什么资料发过来。” # speaker: wu # mood: annoyed
- -> confirm

=== confirm ===
“还有别的事吗？” # speaker: wu # phase: confirm
* [“那我把刚才定的再说一遍，今天发到您邮箱。多谢吴主任。” #act: closing.summary #act: closing.next_step #act: closing.thanks #minutes: 1]
    {
    - teaching:
        “那就这样：21号文献汇报会，十分钟，我们医学部的同事来讲，不放商标。今天我发邮件跟您确认，附上讲者的名字。谢谢吴主任。” # speaker: rep
    - booked:
        “那就这样：下周二早上7:40，神经内科医生办公室，十分钟，讲出血数据和它能说明到哪一步。今天我发邮件跟您确认，到时候我在办公室门口等，不进病区。谢谢吴主任。” # speaker: rep
    - else:
        “那就这样：我今天给您发邮件，等您回复。谢谢吴主任。” # speaker: rep
    }
    “好。” # speaker: wu # mood: neutral
* [“到时候我提前一点上病区找您吧，省得您再专门下来跑一趟。” #act: access.cold_drop_in #minutes: 1]
    “到时候我提前一点上病区找您吧，省得您再专门下来跑一趟。” # speaker: rep
    “我说了这么多遍，你还要进我病区？算了。别再打电话了。” # speaker: wu # mood: annoyed # end_visit: asked_to_leave # ending: door_closed
    -> END
* [“最后问一句：接下来的几个房颤病人，您愿不愿意试试诺维沙班？” #act: discovery.interrupt #act: closing.no_next_step #minutes: 1]
    “吴主任，最后问一句：接下来的几个房颤病人，您愿不愿意试试诺维沙班？” # speaker: rep
    “一个数据都还没给我看，就让我开药？等我看完你的数据再问。” # speaker: wu # mood: annoyed
    你还没来得及确认任何事，他就挂了电话。 # speaker: narrator
- -> records

=== records ===
回到停车场，你在手机上打开CRM。吴主任的档案几乎还是空的。 # speaker: narrator
* [填好他的档案：先邮件、绝不进病区、他想看什么、你答应了什么；再给陈医生发条消息 #act: records.profile_updated #act: relationship.personal_care #off_clock #minutes: 5]
    你写道：“先发邮件，再按他定的时间打电话。绝不去卒中单元。{need_ich:关注颅内出血数据及其局限。}{need_adherence:老年患者常漏服晚间一次（陈医生转述）。}{booked:承诺：周二7:40讲出血数据及其局限。}” # speaker: narrator
    “陈医生，谢谢您帮忙引荐。吴主任那边已经约好了下一步，我会严格按学术规范来。” # speaker: rep
    她回了一个点赞的表情。 # speaker: narrator # mood: pleased
* [把9床病人也写进去：年龄、梗死情况、待做的心超，当作案例研究，让经理理解他的需求 #act: records.profile_updated #violation: privacy #off_clock #minutes: 5]
    你在一条整个大区都能打开的拜访记录里写下：“9床，78岁女性，房颤，左侧大脑中动脉大面积梗死，待心超，吴主任在考虑何时抗凝。” # speaker: narrator
    卒中单元里任何一个人都能一眼认出她是谁。 # speaker: narrator
- -> outcome

=== outcome ===
{
- teaching:
    21号，你们医学部的同事会给吴主任的住院医生讲NAVIGATE-AF的出血数据，吴主任本人就坐在第一排。一次引荐、一封邮件、一通五分钟的电话，你一步步走到了这里。 # speaker: narrator # ending: teaching_session_booked
- booked:
    下周二早上7:40，神经内科医生办公室，十分钟。一向多疑的吴主任，答应看看你的数据了。 # speaker: narrator # ending: meeting_booked
- else:
    你有了他的邮箱，也得到了再发一次邮件的许可。值得他花时间的话，他会回信。 # speaker: narrator # ending: summary_requested
}
-> END

=== patience_out ===
{the_call > 0:
    “行了。五分钟给你了，你也用完了。别再打电话了。” # speaker: wu # mood: annoyed # ending: patience_exhausted
- else:
    当天晚上，陈医生发来一条微信：“吴昊让我转告你，别再联系他了。你到底干了什么？” # speaker: chen # mood: annoyed # ending: patience_exhausted
}
-> END
