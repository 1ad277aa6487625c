import type { DimensionId } from './dimensions';
import type { Localized } from './locale';

/** One section of the method guide: what the method asks of the representative, and how it looks in a visit. */
export interface GuideSection {
  /** Anchor id: a dimension id, or 'premise', 'knowledge', 'communication'. */
  readonly id: DimensionId | 'premise' | 'knowledge' | 'communication';
  /** Section number in the seed, e.g. '1.2.3'; '0' for the premise, which comes before section 1. */
  readonly seed: string;
  readonly part: 1 | 2 | 3;
  readonly title: Localized;
  /** Paragraphs, and bullet points as separate strings starting with '• ' . Plain text only, no markdown. */
  readonly body: { readonly en: readonly string[]; readonly 'zh-CN': readonly string[] };
}

export const GUIDE_PARTS: readonly { readonly part: 1 | 2 | 3; readonly title: Localized }[] = [
  {
    part: 1,
    title: { en: 'Customer development: precise targeting, effective reach', 'zh-CN': '客户开发：精准定位与有效触达' },
  },
  {
    part: 2,
    title: {
      en: 'Customer follow-up: deepen the relationship, deliver value',
      'zh-CN': '客户跟进：深化关系与价值传递',
    },
  },
  {
    part: 3,
    title: { en: 'Continuous improvement: professionalism and compliance', 'zh-CN': '持续精进：专业素养与合规经营' },
  },
];

export const GUIDE: readonly GuideSection[] = [
  {
    id: 'premise',
    seed: '0',
    part: 1,
    title: { en: 'The premise of the method', 'zh-CN': '方案总述' },
    body: {
      en: [
        'Your core value is to link the company with hospitals and clinicians so that medicines are used rationally.',
        'Developing and following up customers is the lifeline of the job: a sound strategy, carefully executed.',
        '• Customer development: find the customers who matter and reach them in the right way.',
        '• Customer follow-up: deepen the relationship and keep delivering value.',
        '• Continuous improvement: grow your knowledge and skills, and always stay within compliance.',
      ],
      'zh-CN': [
        '销售代表的核心价值在于连接医药企业与医疗机构及医护人员，实现药品的合理临床应用和市场份额的稳步增长。',
        '客户开发与跟进是销售工作的生命线，策略的科学性与执行的精细化直接决定销售业绩的成败。',
        '• 客户开发：精准定位与有效触达，识别高价值客户，并以恰当的方式建立初步联系。',
        '• 客户跟进：深化关系与价值传递，持续、有效的跟进是深化客户关系、提升客户忠诚度的核心。',
        '• 持续精进：专业素养与合规经营，合规是长期健康发展的基石。',
      ],
    },
  },
  {
    id: 'targeting',
    seed: '1.1',
    part: 1,
    title: { en: 'Market analysis and targeting', 'zh-CN': '市场分析与目标客户定位' },
    body: {
      en: [
        'Study the territory: hospital grades, specialties, beds, outpatient volume, policy, insurance, competitors.',
        '• KOLs and department directors: their views shape others’ prescribing, and they lead academic work.',
        '• Backbone clinicians write most of the prescriptions and are the focus of your routine visits.',
        '• Residents and visiting doctors are the prescribers of the future: cultivate them early.',
        '• Pharmacy staff handle procurement and stock: the key to getting into a hospital and staying supplied.',
        'Rank targets by prescribing potential, influence and willingness to cooperate; that sets order and effort.',
      ],
      'zh-CN': [
        '进入市场或区域之前，先调研医疗资源分布，各医院的等级、特色科室、床位数、门诊量，以及政策、医保和竞品动态。',
        '• 关键意见领袖（KOL）与重点科室主任/副主任：带动其他医生的处方习惯，指导科室用药，组织学术活动。',
        '• 临床科室骨干医生：处方量的主要贡献者，是日常拜访和沟通的重点对象。',
        '• 住院医师/进修医师：未来的处方潜力群体，需进行早期培养。',
        '• 药剂科人员：负责药品采购、库存管理等，是确保药品顺利入院和供应的关键环节。',
        '对识别出的目标客户，评估其处方潜力、对科室及其他医生的影响力、合作意愿等，确定优先开发顺序和资源投入重点。',
      ],
    },
  },
  {
    id: 'access',
    seed: '1.2.1',
    part: 1,
    title: { en: 'Getting the visit', 'zh-CN': '获取拜访机会' },
    body: {
      en: [
        'The first contact aims at a good first impression, and an open door for the conversations that follow.',
        '• Meet naturally at academic conferences, exhibitions and department meetings.',
        '• Ask an existing customer or a colleague to introduce you: one of the most effective ways in.',
        '• Or phone for an appointment at a suitable time, saying what the visit is for and how long it will take.',
        'Respect the customer’s schedule and let the customer choose the time. Never turn up unannounced on a ward.',
      ],
      'zh-CN': [
        '首次接触的目标是建立初步的认知和良好的第一印象，为后续的持续沟通打开大门。',
        '• 通过学术会议、行业展会、科室会议等公开场合自然接触。',
        '• 通过现有客户或同事的引荐，这是最有效的方式之一。',
        '• 在合适的时机进行电话预约，清晰说明拜访目的和预计时长。',
        '尊重客户的时间安排，由客户来定时间；不要未经预约就到病区或诊室找医生。',
      ],
    },
  },
  {
    id: 'preparation',
    seed: '1.2.2',
    part: 1,
    title: { en: 'Pre-visit preparation', 'zh-CN': '拜访前准备' },
    body: {
      en: [
        'Preparation decides the quality of the first visit. Before you go, check again:',
        '• the customer’s background, research direction, and recent publications or projects;',
        '• the department’s medication pattern and the clinical needs it is likely to have;',
        '• the product’s core facts (indications, advantages, safety data, guidelines), and how they meet those needs.',
        'Set a concrete objective, bring concise material that fits this customer, and dress professionally.',
      ],
      'zh-CN': [
        '拜访前准备是决定首次拜访质量的关键。出发前需再次确认：',
        '• 客户的基本信息、专业背景、研究方向、近期发表的文献或参与的课题；',
        '• 其科室的用药特点和可能存在的临床需求；',
        '• 所推广产品的核心信息（药理作用、适应症、临床优势、安全性数据、指南推荐），并与客户的潜在需求相结合。',
        '明确本次拜访的具体目标，准备好简洁明了、切合客户需求的产品资料和学术文献；着装专业得体，展现职业素养。',
      ],
    },
  },
  {
    id: 'opening',
    seed: '1.2.3',
    part: 1,
    title: { en: 'Opening', 'zh-CN': '开场白' },
    body: {
      en: [
        'Keep the opening short and polite, and get to the point.',
        '• Say who you are and whom you represent, why you came and how long you need.',
        '• Thank the customer for the time.',
        '• Skip the long self-introduction and the company background, unless the customer asks.',
        'In practice two or three sentences are enough: thanks, your name and company, the purpose and the time.',
      ],
      'zh-CN': [
        '开场白要简短、礼貌，迅速切入主题。',
        '• 表明身份和所属公司，说明拜访目的和所需时间。',
        '• 感谢客户抽出时间。',
        '• 避免冗长的自我介绍和公司背景介绍，除非客户主动询问。',
        '实际拜访中，两三句话即可：致谢，自报姓名和公司，说明来意和所需时间。',
      ],
    },
  },
  {
    id: 'discovery',
    seed: '1.2.3',
    part: 1,
    title: { en: 'Needs discovery', 'zh-CN': '需求挖掘与信息收集' },
    body: {
      en: [
        'Find out what the customer needs before you present anything.',
        '• Ask open questions: views on the current treatment, puzzles in practice, needs still unmet.',
        '• Prefer “How do you usually manage…?” to “Do you use…?”, and avoid leading questions.',
        '• Listen attentively and let the customer talk; confirm what you heard in your own words.',
        '• Do not interrupt, and do not pitch before you understand the need.',
        'Listening brings you valuable information, and it is where trust begins.',
      ],
      'zh-CN': [
        '先了解客户的需求，再介绍产品。',
        '• 通过开放式提问，了解客户对当前治疗方案的看法、临床实践中遇到的困惑和未被满足的需求。',
        '• 多问“您通常怎么处理……？”，少问“您用不用……？”这类封闭式或引导式问题。',
        '• 认真倾听，鼓励客户多表达，并用自己的话复述确认。',
        '• 不打断客户，不在弄清需求之前急于推介产品。',
        '这不仅能获取有价值的信息，也是建立信任的开始。',
      ],
    },
  },
  {
    id: 'value',
    seed: '1.2.3',
    part: 1,
    title: { en: 'Value presentation', 'zh-CN': '价值呈现' },
    body: {
      en: [
        'Present value from the needs and pain points the customer has revealed, not from the brochure.',
        '• Tie each benefit to a need you heard: a clinical problem solved, better outcomes, easier patient care.',
        '• Back each claim with approved data (a study, a guideline, real-world data) and mention safety.',
        '• Do not list features: focus on the value to the customer.',
        'If no need has come up yet, go back to asking questions rather than pitching.',
      ],
      'zh-CN': [
        '基于客户的需求和痛点，有针对性地介绍产品的核心价值和差异化优势。',
        '• 强调产品如何帮助客户解决临床问题、提升治疗效果或优化患者管理，每一点都对应客户说过的需求。',
        '• 用经批准的资料（临床研究、指南推荐、真实世界数据）支持观点，同时说明安全性。',
        '• 避免单纯的产品特性罗列，要聚焦“对客户的价值”。',
        '如果还没有了解到客户的需求，先回到提问，不要急于推介。',
      ],
    },
  },
  {
    id: 'objections',
    seed: '1.2.3',
    part: 1,
    title: { en: 'Handling objections', 'zh-CN': '处理异议' },
    body: {
      en: [
        'Customers may raise doubts about efficacy, safety, price or insurance. Stay calm and professional.',
        '• Face the objection: acknowledge the concern, and neither evade it nor argue.',
        '• Ask a question to understand the concern before you answer it.',
        '• Answer objectively with facts and data, such as clinical study results or real-world data.',
        '• If you cannot resolve it on the spot, note it, promise to verify, and report back promptly.',
      ],
      'zh-CN': [
        '客户可能会提出疑问或顾虑，如疗效、安全性、价格、医保等。销售代表应保持冷静、专业。',
        '• 正视异议，不回避、不争辩，先认可客户的顾虑。',
        '• 回答之前先提问，弄清客户顾虑的具体所在。',
        '• 用事实和数据（如临床研究结果、真实世界数据）进行客观解答。',
        '• 若当场无法完全解决，应记录下来，承诺事后核实并及时反馈。',
      ],
    },
  },
  {
    id: 'closing',
    seed: '1.2.3',
    part: 1,
    title: { en: 'Closing and next step', 'zh-CN': '结束与铺垫' },
    body: {
      en: [
        'A first visit should not run long: usually 15 to 30 minutes, or less if the customer has less time.',
        '• Before you leave, briefly summarise the key points of the conversation.',
        '• Thank the customer for the time.',
        '• Propose a concrete next step that creates the next contact.',
        'For example: “Next time I will bring you the detailed data of study XX”, or an invitation to a salon.',
      ],
      'zh-CN': [
        '首次拜访时间不宜过长，一般控制在15-30分钟；客户时间更紧时，以客户给的时间为准。',
        '• 结束前，简要总结本次沟通的要点。',
        '• 感谢客户的时间。',
        '• 根据沟通情况，提出下一步的行动建议，为下一次接触创造机会。',
        '例如“下次给您带一份关于XX研究的详细资料”，或“我们近期有一场关于XX主题的学术沙龙，诚挚邀请您参加”。',
      ],
    },
  },
  {
    id: 'relationship',
    seed: '2.1',
    part: 2,
    title: { en: 'Relationship maintenance', 'zh-CN': '建立与维护客户关系' },
    body: {
      en: [
        'The end of development is the start of follow-up. A relationship is an exchange of trust and value.',
        '• Keep in touch regularly, as often as the customer’s importance and stage call for: visits, calls, messages.',
        '• Share more than product news: industry developments, academic progress, topics the customer cares about.',
        '• Be a professional partner: data, guideline updates, literature, help with research and case discussions.',
        '• Show personal care in measure, a holiday greeting or a remembered preference, never as a sales lever.',
        'Keep your promises: deliver what you said you would before the next visit.',
      ],
      'zh-CN': [
        '客户开发的结束，是客户跟进的开始。客户关系的本质是信任与价值的互换。',
        '• 定期沟通：按客户的重要程度和合作阶段，确定沟通频率和方式，如拜访、电话、微信等（注意合规）。',
        '• 沟通内容不应仅限于产品推广，更应包括行业动态、学术进展、客户感兴趣的专业话题等。',
        '• 提供专业支持：及时提供研究数据、指南更新、文献资料，协助学术研究和病例讨论，不与产品销售直接挂钩。',
        '• 个性化关怀：适时表达人文关怀，如节日问候、生日祝福，记住客户的个人偏好和重要事件；需把握尺度，避免功利性。',
        '说到做到：上次拜访承诺的事，要在下次见面之前兑现。',
      ],
    },
  },
  {
    id: 'solutions',
    seed: '2.2',
    part: 2,
    title: { en: 'Evolving needs, solutions, clinical feedback', 'zh-CN': '需求满足与价值深化' },
    body: {
      en: [
        'Needs change over time; keep finding and meeting the deeper ones.',
        '• Reassess needs: notice shifts, say from efficacy to safety, or from one drug to the whole regimen.',
        '• Offer tailored solutions: an optimised regimen, pharmacoeconomic data, help with patient education.',
        '• When the customer accepts the product, suggest using it at the right time; follow the first patients.',
        '• Collect feedback on efficacy, safety and convenience; good experience can be shared in the department.',
        '• Take any problem or adverse reaction very seriously: help the customer handle it, report it to the company.',
      ],
      'zh-CN': [
        '客户的需求是动态变化的，持续挖掘并满足其深层次需求是提升客户满意度和忠诚度的关键。',
        '• 持续需求评估：敏锐捕捉客户需求的变化，如从关注疗效转向关注安全性，或从关注单个药物转向关注整体治疗方案。',
        '• 提供解决方案：如优化药物使用方案、提供药物经济学数据支持、协助开展患者教育，聚焦于为客户创造价值。',
        '• 在客户对产品有一定了解和认可后，适时引导其进行临床试用，密切关注首批用药患者的反应。',
        '• 及时收集疗效、安全性、使用便利性等临床反馈；对于积极反馈，可鼓励客户在科室内部或学术会议上分享。',
        '• 对于出现的问题或不良反应，要高度重视，协助客户妥善处理，并及时反馈给公司相关部门。',
      ],
    },
  },
  {
    id: 'records',
    seed: '2.3',
    part: 2,
    title: { en: 'Profiles, analysis, review', 'zh-CN': '客户档案管理与数据分析' },
    body: {
      en: [
        'Systematic follow-up rests on good customer records.',
        '• Keep a full profile: background, habits, contact history, needs, concerns, view of the product, feedback.',
        '• Update it after every contact, so that it stays accurate and complete.',
        '• Analyse it regularly: progress, response to activities, weak spots, opportunities; then adjust your plan.',
        '• Review weekly and monthly what worked and what did not, and set the next period’s plan and goals.',
        'Never record anything that identifies a patient, nor an individual doctor’s prescription figures.',
      ],
      'zh-CN': [
        '科学的客户档案管理是客户跟进工作系统化、精细化的基础。',
        '• 建立完善的客户档案：基本信息、专业背景、处方习惯、沟通历史、需求点、关注点、对产品的认知和反馈意见等。',
        '• 档案应及时更新，确保信息的准确性和完整性。',
        '• 数据分析与策略调整：定期分析合作进展和对推广活动的反应，找出薄弱环节和潜在机会，及时调整策略。',
        '• 定期回顾与计划：每周、每月总结客户开发和跟进情况，分析成功经验和失败教训，制定下一阶段的跟进计划和目标。',
        '档案中不记录任何可识别患者身份的信息，也不记录、统计医生个人的处方量。',
      ],
    },
  },
  {
    id: 'knowledge',
    seed: '3.1',
    part: 3,
    title: { en: 'Professional knowledge', 'zh-CN': '专业知识提升' },
    body: {
      en: [
        'You are the face of the company: your professionalism decides how far customers trust it and its products.',
        'Keep learning: the product, clinical medicine, pharmacy, and the relevant laws, regulations and policy.',
        'Take part in company training and academic events, so that you can serve customers better.',
        'In a visit it shows in accurate answers, and in saying plainly that you will check what you do not know.',
      ],
      'zh-CN': [
        '医药销售代表是医药企业的形象代言人，其专业素养和职业操守直接影响客户对企业和产品的信任。',
        '持续学习产品知识、临床医学知识、药学知识、相关法律法规和行业政策。',
        '积极参加公司组织的培训和行业学术活动，不断提升自身的专业水平，以更好地服务客户。',
        '在拜访中，它体现为回答准确；遇到没有把握的问题，坦率说明会核实后再答复。',
      ],
    },
  },
  {
    id: 'communication',
    seed: '3.2',
    part: 3,
    title: { en: 'Communication and negotiation', 'zh-CN': '沟通与谈判技巧' },
    body: {
      en: [
        'Keep sharpening five skills: expression, listening, questioning, handling objections and negotiation.',
        'Adapt to the person and the moment: a director between clinics needs a different approach than a resident.',
        'After each visit, ask yourself which question opened the conversation and which answer fell flat.',
      ],
      'zh-CN': [
        '不断锤炼沟通表达能力、倾听能力、提问技巧、异议处理能力和谈判能力。',
        '学会因人而异、因时而异地调整沟通策略：门诊间隙匆忙的科主任和科室会上的住院医师，需要不同的沟通方式。',
        '每次拜访后回想：哪个问题打开了话题，哪个回答没有打动客户。',
      ],
    },
  },
  {
    id: 'compliance',
    seed: '3.3',
    part: 3,
    title: { en: 'Compliance and ethics', 'zh-CN': '合规经营与职业道德' },
    body: {
      en: [
        'Obey national law, industry codes and company policy, in every development and follow-up action.',
        'Academic promotion must be truthful and objective. This is the foundation of long-term, healthy growth.',
        '• Promote only approved indications, doses and populations; off-label questions go to medical information.',
        '• Claims are accurate, balanced and substantiated; no exaggerated efficacy. Mention safety too.',
        '• No gifts, cash, personal sponsorship or entertainment. Meals only modest, within an academic exchange.',
        '• Never collect or count an individual doctor’s prescriptions. Do not ask for, count or record them.',
        '• No sales targets, payments or invoices; support never tied to prescribing. Academic promotion only.',
        '• No disparaging competitors. Compare only on approved, fair data.',
        '• Identify yourself and your company. No subterfuge or inducement to get a meeting.',
        '• No promotion in clinical areas or at times that disrupt care. Follow the hospital’s visiting rules.',
        '• Report every adverse event to pharmacovigilance within 24 hours, even one heard in passing.',
        '• No patient-identifying data in notes or messages. Personal data only for its purpose, with consent.',
        'A vague reply to an improper request, such as “I’ll see what I can do”, is heard as a yes.',
        'Decline clearly and name the compliant route: a formal channel, approved material or medical information.',
      ],
      'zh-CN': [
        '严格遵守国家法律法规、行业规范以及公司内部的合规政策，坚守职业道德底线。',
        '所有的客户开发与跟进行为都必须在合规的框架内进行，确保学术推广的真实性和客观性，这是长期健康发展的基石。',
        '• 只推广获批的适应症、用法用量和适用人群；客户主动问到超说明书用药，转交医学信息部门答复。',
        '• 宣传内容准确、客观、有据可依，不夸大疗效；介绍获益的同时说明安全性。',
        '• 不提供礼品、现金、个人赞助或娱乐招待；用餐只能是学术交流中的简单工作餐，很多医院完全禁止。',
        '• 严禁统方：不索要、不统计、不记录医生个人的处方量。',
        '• 不承担销售指标、不收款、不经手票据，支持不与处方挂钩；商务事宜交给公司相关部门。',
        '• 不贬低竞争对手；需要比较时，只引用经批准、客观公正的数据。',
        '• 表明本人身份和所属公司；不用隐瞒、伪装或利益诱导的方式争取见面机会。',
        '• 不在诊疗区域或影响诊疗的时间开展推广；遵守医院的接待规定。',
        '• 任何不良事件均须在24小时内上报药物警戒部门；哪怕只是随口提到，信息不全也要先报。',
        '• 记录和消息中不含可识别患者身份的信息；个人信息只用于收集目的，并须征得同意。',
        '对不当请求含糊其辞，如“我去问问看”，客户会当作已经答应。',
        '要明确拒绝，并说明合规的替代做法，如正式渠道、获批资料或医学信息部门。',
      ],
    },
  },
];
