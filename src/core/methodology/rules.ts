import type { Localized } from './locale';

/** A compliance rule of methodology.md ("Compliance rules"); breaking one is a gate on the visit. */
export interface Rule {
  readonly id: string;
  /** The rule in a short phrase. */
  readonly label: Localized;
  /** Addressed to the trainee who broke the rule: what the rule is and what to do instead. */
  readonly feedback: Localized;
  /** Codes and regulations the rule comes from, as methodology.md cites them. */
  readonly sources: string;
}

type RuleSpec = Omit<Rule, 'id'>;

function defineRules<T extends Record<string, RuleSpec>>(specs: T): { readonly [K in keyof T]: Rule } {
  const out: Record<string, Rule> = {};
  for (const [id, spec] of Object.entries(specs)) {
    out[id] = { id, ...spec };
  }
  return out as { readonly [K in keyof T]: Rule };
}

export const RULES = defineRules({
  off_label: {
    label: {
      en: 'Promote only approved indications, doses and populations',
      'zh-CN': '只推广获批的适应症、用法用量和适用人群',
    },
    feedback: {
      en: 'Promotion stays within the approved indications, doses and populations. If a customer asks about off-label use unprompted, do not answer it yourself: refer the question to medical information.',
      'zh-CN':
        '推广只能限于获批的适应症、用法用量和适用人群。客户主动问到超说明书用药时，不要自己作答，应转交公司医学信息部门答复。',
    },
    sources: 'IFPMA Code Art. 3; NMPA 2020 rep filing measures; FDA guidance on unsolicited requests',
  },
  misleading_claim: {
    label: {
      en: 'Claims are accurate, balanced and substantiated; no exaggerated efficacy',
      'zh-CN': '宣传内容准确、客观、有据可依，不夸大疗效',
    },
    feedback: {
      en: 'Every claim must be accurate, balanced, backed by approved material and mention safety; efficacy is never exaggerated. Say only what the approved data show, and give the safety information alongside the benefits.',
      'zh-CN':
        '所有宣传内容都必须准确、客观，有经批准的资料支持，并提及安全性，不得夸大疗效。只讲获批资料能证明的内容，介绍获益的同时要说明安全性信息。',
    },
    sources: 'IFPMA Art. 4; ABPI clause 15; NMPA 2020',
  },
  improper_benefit: {
    label: {
      en: 'No gifts, cash, personal sponsorship or entertainment',
      'zh-CN': '不提供礼品、现金、个人赞助或娱乐招待',
    },
    feedback: {
      en: 'Gifts, cash, personal sponsorship and entertainment are not allowed, and a meal is acceptable only if modest and incidental to an educational exchange. Withdraw or decline such offers and build the relationship on professional value.',
      'zh-CN':
        '不得向医生提供礼品、现金、个人赞助或娱乐招待，用餐也只能是学术交流中附带的简单工作餐。这类安排应撤回或婉拒，靠专业价值维系客户关系。',
    },
    sources:
      'IFPMA 7.5; PhRMA Code sections 2, 3, 10; NMPA 2020 (no donations or sponsorship to departments or individuals)',
  },
  prescription_tracking: {
    label: { en: 'Never collect or count an individual doctor’s prescriptions', 'zh-CN': '严禁统方' },
    feedback: {
      en: 'Collecting or counting an individual doctor’s prescriptions is prohibited. Do not ask for, count or record prescription figures; measure your progress by your own activity and the feedback customers give you.',
      'zh-CN':
        '严禁统方，即收集或统计医生个人的处方量。不要索要、统计或记录处方数据，工作进展应通过自己的拜访情况和客户反馈来衡量。',
    },
    sources: 'NMPA 2020 rep filing measures; hospital rules',
  },
  sales_quota: {
    label: {
      en: 'No sales targets, payments or invoices; support never tied to prescribing',
      'zh-CN': '不承担销售指标、不收款、不经手票据，支持不与处方挂钩',
    },
    feedback: {
      en: 'A representative does not carry or push sales targets, collect payments or handle invoices, and never ties support to prescribing. Keep to academic promotion and leave commercial matters to the responsible departments.',
      'zh-CN':
        '医药代表不得承担销售指标或向医生施压冲量，不得收款或经手票据，更不能把任何支持与处方挂钩。你的职责是学术推广，商务事宜交给公司相关部门处理。',
    },
    sources: 'NMPA 2020 rep filing measures',
  },
  disparagement: {
    label: { en: 'No disparaging competitors', 'zh-CN': '不贬低竞争对手' },
    feedback: {
      en: 'Disparaging a competitor or its products is not allowed. Compare only on approved, fair data, and let the evidence speak.',
      'zh-CN': '不得贬低竞争对手或竞品。需要比较时，只能引用经批准、客观公正的数据，用证据说话。',
    },
    sources: 'IFPMA Art. 4; ABPI clause 15',
  },
  undisclosed_identity: {
    label: { en: 'Identify yourself and your company', 'zh-CN': '表明本人身份和所属公司' },
    feedback: {
      en: 'You must identify yourself and your company, and never use subterfuge or an inducement to get a meeting. Say who you are and whom you represent from the start, and ask for the meeting openly.',
      'zh-CN':
        '必须表明本人身份和所属公司，不得用隐瞒、伪装或利益诱导的方式争取见面机会。一开始就说明你是谁、代表哪家公司，坦诚地提出拜访请求。',
    },
    sources: 'ABPI 17.2, 17.4',
  },
  clinical_area_intrusion: {
    label: {
      en: 'No promotion in clinical areas or at times that disrupt care',
      'zh-CN': '不在诊疗区域或影响诊疗的时间开展推广',
    },
    feedback: {
      en: 'Do not promote in clinical areas or at times that disrupt patient care. Follow the hospital’s visiting rules: make an appointment and meet where and when the hospital allows.',
      'zh-CN': '不得在诊疗区域或影响诊疗的时间开展推广。要遵守医院的接待规定，提前预约，在医院允许的时间和地点拜访。',
    },
    sources: 'ABPI 17.3; hospital rules in China',
  },
  ae_unreported: {
    label: {
      en: 'Report every adverse event to pharmacovigilance within 24 hours',
      'zh-CN': '任何不良事件均须在24小时内上报药物警戒部门',
    },
    feedback: {
      en: 'Any adverse event you hear of, even in passing, must reach the company’s pharmacovigilance within 24 hours. Report what you know, the patient, the reporter, the drug and the event, even if details are missing.',
      'zh-CN':
        '凡是听到的不良事件，哪怕只是随口提到，都必须在24小时内报告公司药物警戒部门。把已知的患者、报告人、药品和事件经过一并上报，信息不全也要先报。',
    },
    sources: 'ABPI 17.5; ICH E2D; company practice ("usually 24 hours")',
  },
  privacy: {
    label: { en: 'No patient-identifying data in notes or messages', 'zh-CN': '记录和消息中不含可识别患者身份的信息' },
    feedback: {
      en: 'Notes and messages must not contain anything that identifies a patient, and personal data is used only for its purpose. Describe cases without names, bed or record numbers, and record about customers only what the work needs.',
      'zh-CN':
        '记录和消息中不得包含可识别患者身份的信息，个人信息只能用于其收集目的。描述病例时去掉姓名、床号、病历号等信息，客户信息也只记录工作所需的内容。',
    },
    sources: 'Veeva CRM note checks; data-protection law',
  },
});

export type RuleId = keyof typeof RULES;

export function isRuleId(value: string): value is RuleId {
  return Object.hasOwn(RULES, value);
}
