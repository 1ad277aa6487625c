# title: 支持一次病例讨论：老年医学科孙梅主任
# segment: director
# stage: follow_up
# setting: office
# lang: zh-CN
# customer: sun
# dimensions: relationship, solutions, closing, records
# leaves_to: patience_out
# assumes: promise:interaction_data, promise:case_discussion, need:polypharmacy_interactions, need:team_case_discussion

// 诺维沙班（Norvixa）、NAVIGATE-AF研究和恒康医药均为虚构。
// 代表说出的每一条产品信息都出自信息单（src/core/world/product.ts），并标注 # claim:。
// 这次支持是专业支持，不与销售挂钩：病例归科室，医学内容归医学部，代表只负责组织协调。
// 接续 appt-congress-sun：代表在年会上答应了医学部关于相互作用的书面答复（interaction_data），
// 以及协助她的团队组织一次病例讨论（case_discussion）。

EXTERNAL remembers(id)
EXTERNAL promise_open(id)

VAR difficulty = 1
VAR rapport = 45
VAR has_letter = false
VAR need_shift = false
VAR mi_referral = false
VAR pack = false
VAR leaflet = false
VAR agreed = false
VAR regular = false

-> reconnect

=== function remembers(id) ===
~ return false

=== function promise_open(id) ===
~ return false

=== reconnect ===
~ has_letter = remembers("interaction_data")
周二下午4:40，住院部七楼，老年医学科主任办公室。三周前，你和恒康医学部的方蕾博士在这里见过孙主任。 # speaker: narrator # phase: reconnect
{
- promise_open("case_discussion"):
    在年会上你答应过她，协助她的团队组织一次病例讨论，药理问题由医学部来解答。今天就是来把它定下来的。 # speaker: narrator
- remembers("case_discussion"):
    你之前已经协助她的团队做过一次病例讨论。这次她请你来，是商量下一次。 # speaker: narrator
- else:
    那次见面时，她问恒康医学部能不能支持科里做一次病例讨论。今天就是来把它定下来的。 # speaker: narrator
}
{
- promise_open("interaction_data"):
    你还答应过她：医学信息部就多药合用患者的相互作用给她一份书面答复。上周三，答复已经直接发给她了。 # speaker: narrator
- has_letter:
    医学信息部关于相互作用的书面答复，几周前就送到她手上了。 # speaker: narrator
}
{difficulty > 1:
    “坐吧。我只有二十分钟，之后医院要来做用药安全检查。抓紧时间。” # speaker: sun # mood: sceptical # time_granted: 20
- else:
    “进来吧。挺准时，开头不错。用药安全检查之前，我有半个小时。” # speaker: sun # mood: neutral # time_granted: 30
}
{not remembers("team_case_discussion"):
    “我们科讨论这类病人，都是凭记忆各说各的。我想要一次像样的病例讨论，请一位懂药理、能讲清楚数据到哪儿为止的人来。” # speaker: sun # need: team_case_discussion
}
* [“主任，您在年会上的报告现在还在省里传呢。您的科室完全可以做诺维沙班的标杆。” #act: relationship.transactional #minutes: 2]
    “孙主任，您在年会上的报告现在全省都在转。说实话，以您的影响力，您科里完全可以做诺维沙班在老年患者中的标杆科室。” # speaker: rep
    “我们科是老年医学的标杆，不打算给任何一个产品当标杆。” # speaker: sun # mood: annoyed
* {promise_open("interaction_data")} [“开始之前先说一句：医学信息部那份关于相互作用的书面答复，您收到了吗？” #act: relationship.promise_kept #keeps: interaction_data #minutes: 2]
    ~ has_letter = true
    “孙主任，开始之前想先确认一下：医学信息部关于相互作用的书面答复，上周三直接发给您了，您收到了吗？答复里引用的文献，住院医生要看全文的话，医学信息部也可以提供。” # speaker: rep
    “收到了。三页纸，不知道的地方就写不知道。比我预想的好。” # speaker: sun # mood: pleased
* [“主任，那我们直接说周三的安排吧？我想按您的要求把它办好。” #act: relationship.professional_support #minutes: 1]
    “孙主任，我们直接说病例讨论的安排吧？我想按您的想法把它组织好。” # speaker: rep
    {promise_open("interaction_data"):
        “好。不过我还以为你会先问一句你们医学部那封回信。” # speaker: sun # mood: neutral
    - else:
        “好。” # speaker: sun # mood: neutral
    }
- -> needs

=== needs ===
“那就下周三下午两点，在我们示教室。” # speaker: sun # phase: review
* [“我想请方博士先讲三十分钟诺维沙班，让大家有个背景再看病例。” #act: relationship.transactional #minutes: 2]
    “孙主任，我想是不是先请方博士讲三十分钟诺维沙班，大家有了背景知识，再讨论病例。” # speaker: rep
    “那就成了产品推广会，顺带一个病人。这不是我要的。” # speaker: sun # mood: annoyed
* [“团队还需要NAVIGATE-AF的幻灯吗？我周一前可以打印出来。” #act: discovery.closed_question #minutes: 1]
    “大家还需要NAVIGATE-AF的幻灯吗？我周一前可以打印出来。” # speaker: rep
    “现在的问题恐怕已经不在这儿了。” # speaker: sun # mood: neutral
    她没说现在的问题是什么。 # speaker: narrator
* [“要不请方博士围绕‘停药、继续还是换药’做个决策工具，给住院医生照着走？” #act: relationship.professional_support #act: solutions.tailored #links: decision_structure #minutes: 2]
    “孙主任，要不请方博士围绕一个决策工具来安排这次讨论：停药、继续还是换药，一步一步来，住院医生有个可以照着走的思路？” # speaker: rep
    “也许吧。不过你还没问我，就先替我的团队决定了需要什么。” # speaker: sun # mood: sceptical
* [“上次聊过以后，情况有变化吗？这次讨论，您最想让大家带走什么？” #act: solutions.needs_reassessed #minutes: 3]
    ~ need_shift = true
    “上次见面之后，周三要讨论的问题有变化吗？您最希望大家通过这次讨论收获什么？” # speaker: rep
    {has_letter:
        “有变化。你们医学部的回信说得很坦白：吃九种药的病人，谁都没有相互作用的数据。所以再争相互作用也争不出结果。我的住院医生缺的是一套决策思路：停、继续还是换，先减哪个药，怎么跟家属讲。要的是思路，不是再来一个试验。” # speaker: sun # mood: neutral # need: decision_structure
    - else:
        “有变化。吃九种药的病人，谁都没有相互作用的数据，方博士周四也是这么说的。所以再争相互作用也争不出结果。我的住院医生缺的是一套决策思路：停、继续还是换，先减哪个药，怎么跟家属讲。要的是思路，不是再来一个试验。” # speaker: sun # mood: neutral # need: decision_structure
    }
- -> format

=== format ===
{need_shift:
    “那你打算怎么组织？” # speaker: sun # phase: deepen
- else:
    “你说说怎么安排？” # speaker: sun # phase: deepen
}
* [“活儿都交给我：幻灯我用恒康模板来做，最后加一小段诺维沙班。” #act: relationship.transactional #minutes: 2]
    “孙主任，这些活儿我来做就行：幻灯我用公司模板做好，最后再加一小段诺维沙班的内容。” # speaker: rep
    “我们科的病人，一向是住院医生自己汇报。病例讨论里也不会加什么产品内容。” # speaker: sun # mood: annoyed
* [“您的住院医生讲病例，方博士答药理，我管会务，不放产品幻灯。” #act: relationship.professional_support #act: solutions.tailored #links: team_case_discussion #keeps: case_discussion #minutes: 4]
    “病例还是按科里的习惯，由住院医生汇报。方博士来解答药理方面的问题，讲清楚数据到哪里为止{need_shift:，她也可以带一个停药、继续还是换药的简单决策框架}。投影我来借，文献我来打印，讨论我不插话。不放产品幻灯，不出现logo。” # speaker: rep
    “好。许涛汇报，规培第二年，有点紧张，你们弄得简单点。” # speaker: sun # mood: pleased
* [“要不要请心内科周教授来做第二位点评专家？她对肾功能这块很熟。” #act: relationship.professional_support #minutes: 2]
    “要不要请心内科的周教授也来点评？她对肾功能这一块很有研究。” # speaker: rep
    “以后也许可以。第一次就我们自己团队，大家说话放得开。” # speaker: sun # mood: neutral
- -> case_material

=== case_material ===
有人敲门。一个年轻医生拿着手机探进头来。 # speaker: narrator
“主任，不好意思。周三那个病例，老太太的医嘱单和护理记录我都拍了照，12床的。要不要直接发给恒康的老师？” # speaker: xu
* [“我们仨拉个微信群吧，您把医嘱单照片和床号都发群里，大家信息全一点。” #act: relationship.professional_support #violation: privacy #minutes: 2]
    -> support_withdrawn
* [“病历还是留在医院吧。麻烦您用科室邮箱给方博士发一份脱敏摘要？” #act: compliance.declined #act: relationship.professional_support #minutes: 2]
    “谢谢许医生，不过病历资料还是留在医院里。麻烦您从科室邮箱给方博士发一份脱敏后的摘要就行：年龄、体重、肾功能、用药清单、跌倒经过。不写姓名，不写床号，也不发照片。” # speaker: rep
    “哦，好的。我今晚整理出来。” # speaker: xu
    孙主任一直看着，没说话，最后点了一下头。 # speaker: narrator
- -> dialysis

=== support_withdrawn ===
“咱们拉个群吧：你、我、方博士。医嘱单照片和床号发群里，大家信息都全。” # speaker: rep
许涛已经在打开微信了。孙主任抬手拦住他。 # speaker: narrator
“停。病人的病历不能进企业的微信群。照片不行，床号也不行，什么都不行。” # speaker: sun # mood: annoyed
“许涛，把照片删了。周三的事我们自己来组织吧。谢谢你跑一趟。” # speaker: sun # end_visit: asked_to_leave # ending: support_withdrawn
-> END

=== dialysis ===
许涛走后，孙主任转过身来。 # speaker: narrator
“正好你在，问你个事。我们有个88岁的老爷子，每周透析三次，有房颤。心内科会诊说‘小剂量用点’。诺维沙班你们会给他用多大剂量？” # speaker: sun # mood: neutral # need: dialysis_dosing
* [“有些医院是10毫克每日一次，透析结束后服用，大多数人好像都这么用。” #act: solutions.tailored #links: dialysis_dosing #violation: off_label #rapport: -25 #minutes: 1]
    “有些医院是用10毫克每日一次，透析结束后吃。大家基本都这么用。” # speaker: rep
    她什么都没记。 # speaker: narrator
    “‘大家基本都这么用’。我问你，恰恰是想听你们说明书怎么写。现在我心里有数了。” # speaker: sun # mood: annoyed
* [“这个其实得请教心内科，主任。要不我们先回到周三的安排？” #act: objections.evade #minutes: 1]
    “孙主任，这个还是得问心内科。我们接着说周三的事？” # speaker: rep
    “我倒觉得这该问你们的说明书。” # speaker: sun # mood: sceptical
* [“说明书不推荐透析病人用。要不我转给医学信息部，请他们书面答复？” #act: compliance.medical_referral #claim: dose_renal #promise: dialysis_question #minutes: 2]
    ~ mi_referral = true
    “说明书不推荐肌酐清除率低于30或透析的患者使用诺维沙班，所以剂量方面我没法给您建议。您同意的话，我今天就把这个问题转给医学信息部，不带任何患者信息，由他们给您书面答复。” # speaker: rep
    “行，就这么办。我们药师也会这么回答。” # speaker: sun # mood: pleased
- -> reading

=== reading ===
“周三之前，住院医生们得有点东西可读。” # speaker: sun
* [“我给每位住院医生带一本诺维沙班产品手册，剂量随时能查。” #act: value.feature_dump #act: relationship.transactional #minutes: 1]
    “孙主任，我给每位住院医生带一本诺维沙班的产品手册吧，剂量随时能查。” # speaker: rep
    “我说的是读的东西，不是广告。” # speaker: sun # mood: sceptical
* [“资料在恒康医生App上都有，让住院医生们注册一下，手机上随时能看。” #act: relationship.transactional #minutes: 1]
    “孙主任，我们医生App上资料都有，住院医生注册一下，手机上随时能看。” # speaker: rep
    “然后你们就有了他们的手机号。不用了，谢谢。” # speaker: sun # mood: sceptical
* [提供医学部的病例讨论阅读包：省抗凝临床路径和几篇试验原文 #act: relationship.value_content #claim: guideline #gives: case_reading_pack #minutes: 2]
    ~ pack = true
    “我们医学部有一套病例讨论用的阅读材料：《清河省抗凝临床路径（2025版）》，对符合条件的非瓣膜性房颤患者，路径推荐优先选用Xa因子抑制剂，而不是华法林；再加上临床研究的原文。没有宣传册。” # speaker: rep
    “好。STOPP/START标准让许涛自己带来。那张单子上的每个药，他都得说出理由来。” # speaker: sun # mood: pleased
* [提供阅读包，再留一摞大字版宣教单，让住院医生带给病人家属 #act: relationship.value_content #act: solutions.tailored #links: family_communication #claim: guideline #gives: case_reading_pack #gives: patient_leaflet #minutes: 2]
    ~ pack = true
    ~ leaflet = true
    “我们医学部有一套病例讨论用的阅读材料：《清河省抗凝临床路径（2025版）》，对符合条件的非瓣膜性房颤患者，路径推荐优先选用Xa因子抑制剂，而不是华法林；再加上临床研究的原文。另外我再留一摞大字版宣教单页，住院医生可以发给家属。” # speaker: rep
    “阅读材料可以。给家属的单页，我可没要。” # speaker: sun # mood: neutral
- -> family

=== family ===
“还有她女儿。她认定每摔一跤就是脑出血。不管我们最后怎么定，总得有人跟她讲清楚，而我的住院医生不太会讲。” # speaker: sun # need: family_communication
* [“我可以给病房送一整箱诺维沙班的患者手册，图文并茂，家属都爱看。” #act: relationship.transactional #minutes: 1]
    “孙主任，我给病房送一整箱诺维沙班的患者手册吧，图文并茂，家属都爱看。” # speaker: rep
    “她母亲用的又不是诺维沙班。再说，印着商品名的手册我不发给家属。” # speaker: sun # mood: sceptical
* [“和家属沟通这块，恐怕我帮不上什么忙，还是医生来讲更合适。” #act: objections.evade #minutes: 1]
    “孙主任，和家属沟通这块，恐怕我帮不上什么忙，还是医生来讲更合适。” # speaker: rep
    “也许吧。” # speaker: sun # mood: neutral
* [“有现成的大字版宣教单；再请方博士加五分钟，讲怎么跟家属说风险？” #act: solutions.tailored #links: family_communication #gives: patient_leaflet #minutes: 2]
    ~ leaflet = true
    “有一份经批准的老年患者大字版宣教单页：出血有哪些征兆，什么情况要找医生。另外我可以请方博士加五分钟，讲讲怎么跟家属把跌倒的风险和卒中的风险放在一起讲清楚。” # speaker: rep
    “大字版，好。我们一半病人的女儿自己都七十了。” # speaker: sun # mood: pleased
- -> closing

=== closing ===
孙主任看了一眼墙上的钟。 # speaker: narrator # phase: closing
* [“主任，希望这些都做完以后，科里以后选抗凝药的时候，能多想着点我们恒康。” #act: relationship.transactional #violation: sales_quota #minutes: 1]
    “孙主任，这次忙前忙后的，希望科里以后选抗凝药的时候，能想着点我们恒康。” # speaker: rep
    她看了你很久。 # speaker: narrator
    “我还以为这是帮忙，不是预付款。” # speaker: sun # mood: annoyed
* [“太感谢您抽时间了，主任！细节我回头在微信上再跟您慢慢沟通。” #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    “太感谢您抽时间了，孙主任！细节我回头在微信上再跟您慢慢沟通。” # speaker: rep
    “跟谁沟通？什么时候？” # speaker: sun # mood: sceptical
* [“这么定：许医生周五前发摘要，方博士周一定内容，会务我来。会后您给句评价？” #act: closing.summary #act: closing.thanks #act: closing.next_step #keeps: case_discussion #minutes: 3]
    “谢谢孙主任。那就这样：许医生周五前把脱敏后的摘要发给方博士；方博士周一前跟您确认她讲的内容；投影我来借{pack:，阅读材料我来打印}{mi_referral:；透析的问题由医学信息部给您书面答复}。周三之后，我能不能再听听您的意见，哪些对团队有用，哪些没用？” # speaker: rep
    “可以。我会实话实说。” # speaker: sun # mood: pleased
- -> verdict

=== verdict ===
{
- rapport >= 90:
    ~ agreed = true
    ~ regular = true
    “周三要是效果好，我想每个季度都做一次，每次换一个病人。你考虑考虑。” # speaker: sun # mood: pleased
- rapport >= 60:
    ~ agreed = true
    “那就周三下午两点。” # speaker: sun # mood: neutral
- else:
    “我又想了想，周三我们还是自己来吧。文献你方便的话发过来就行。” # speaker: sun # mood: sceptical
}
-> record

=== record ===
晚上6:30，停车场。开车之前，你在CRM里记录这次拜访。 # speaker: narrator
* [把许医生的病例摘要贴进去，连同患者年龄、姓名缩写和床号，背景资料留个底 #act: records.profile_updated #violation: privacy #off_clock #minutes: 3]
    你把摘要贴了进去：患者姓名缩写、12床、年龄、九种用药、跌倒经过。 # speaker: narrator
    两天后，CRM的备注合规检查把这条记录标了出来，合规部要求你删除并说明情况。 # speaker: narrator
* [记下孙主任和科室的情况，凡是涉及患者的信息一律不写 #act: records.profile_updated #off_clock #minutes: 3]
    {need_shift:
        你写道：“孙主任：需求已从相互作用数据转为衰弱跌倒患者停用/继续/换药的决策思路，以及与家属沟通。病例讨论周三14:00，许涛（住院医师）汇报。支持由医学部提供，不含产品内容。” # speaker: narrator
    - else:
        你写道：“孙主任：病例讨论周三14:00，许涛（住院医师）汇报；与家属沟通是个短板。支持由医学部提供，不含产品内容。” # speaker: narrator
    }
    {mi_referral:
        你又补了一句：“透析患者剂量问题已转医学信息部书面答复。” # speaker: narrator
    }
* [只写一句“沟通顺利”，其余的等写月报时再补 #act: closing.no_next_step #off_clock #minutes: 1]
    你敲下“孙主任：沟通顺利。”忙了一天，好像这样也够了。 # speaker: narrator
- -> wednesday

=== wednesday ===
{agreed:
    下周三14:00，老年医学科示教室。许涛对着打印好的摘要汇报病例：年龄、体重、两次跌倒、九种用药，没有姓名。 # speaker: narrator
    方博士回答了两个相互作用的问题，两次说到“数据就到这里为止”。团队决定先停阿司匹林和安眠药，抗凝药的事{leaflet:拿着大字版宣教单页}和女儿商量。你换了一次投影灯泡，五十分钟里一句话没说。 # speaker: narrator
- else:
    下周三，老年医学科自己开了病例讨论，没有叫你。你是从科室秘书那里听说的。 # speaker: narrator
}
-> review

=== review ===
周五下午，和经理做月度回顾。老年医学科在议程上。 # speaker: narrator
* [跟经理提议以后要趁热打铁，每周都去孙主任那儿拜访一次，把关系稳住 #act: relationship.transactional #off_clock #minutes: 2]
    经理挑了挑眉：每周都去？对一个不喜欢代表的主任？她建议你让孙主任来定节奏。 # speaker: narrator
* [和经理过一遍哪里做对了、哪里差点出错，节奏由孙主任的反馈来定 #act: records.review_done #off_clock #minutes: 4]
    你和经理一条条过：是什么打开了这个科室，又是什么差点让门关上，节奏又是怎样由她来定的。 # speaker: narrator
    老年科的计划随之调整：不做产品推广；下次联系等她的反馈之后；病例讨论这种形式，只有别的科室主动提出时才提供。 # speaker: narrator
- -> outcome

=== outcome ===
{
- regular:
    周一，科室秘书发来消息：孙主任想和恒康医学部商量每季度做一次病例讨论，形式不变，病人由她来选。 # speaker: narrator # ending: regular_case_discussions
- agreed:
    孙主任让秘书带了句话：“有用。许涛讲得不错。”这是她对你说过的最热情的一句话。 # speaker: narrator # ending: case_discussion_held
- else:
    老年科又回到了你的计划里，成了需要重建关系的科室。下次再来，得有一个和推销无关的理由。 # speaker: narrator # ending: support_declined
}
-> END

=== patience_out ===
孙主任合上桌上的文件夹，站了起来。 # speaker: narrator
“不好意思，我得准备检查了。周三的事先放一放吧。” # speaker: sun # mood: annoyed # ending: patience_exhausted
-> END
