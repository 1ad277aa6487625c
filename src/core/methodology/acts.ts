import type { DimensionId } from './dimensions';
import type { Localized } from './locale';

/** An observable move of the trainee (methodology.md, "Acts"). */
export interface Act {
  readonly id: string;
  readonly dimension: DimensionId;
  /** +1: what the method asks for; -1: what it warns against. */
  readonly polarity: 1 | -1;
  /** Points the act is worth in its dimension (earned, or lost when polarity is -1). */
  readonly weight: number;
  readonly label: Localized;
  /** Addressed to the trainee about the move, naming the behaviour and what the method asks. */
  readonly feedback: Localized;
}

type ActSpec = Omit<Act, 'id' | 'dimension'>;

function defineActs<T extends Record<string, ActSpec>>(specs: T): { readonly [K in keyof T]: Act } {
  const out: Record<string, Act> = {};
  for (const [id, spec] of Object.entries(specs)) {
    out[id] = { id, dimension: id.slice(0, id.indexOf('.')) as DimensionId, ...spec };
  }
  return out as { readonly [K in keyof T]: Act };
}

export const ACTS = defineActs({
  'access.referral': {
    polarity: 1,
    weight: 50,
    label: { en: 'Asks an existing customer or colleague for an introduction', 'zh-CN': '请老客户或同事引荐' },
    feedback: {
      en: 'You asked an existing customer or colleague to introduce you. The method counts a referral among the most effective ways to get a visit: you arrive with someone’s trust behind you.',
      'zh-CN':
        '你请老客户或同事帮忙引荐。方法把引荐视为获取拜访机会最有效的途径之一：有人牵线，客户对你先多了一分信任。',
    },
  },
  'access.academic_event': {
    polarity: 1,
    weight: 50,
    label: {
      en: 'Makes contact at a conference, exhibition or department meeting',
      'zh-CN': '借学术会议、展会或科室会结识客户',
    },
    feedback: {
      en: 'You made contact at an academic event. The method recommends conferences, exhibitions and department meetings because there the meeting happens naturally, around a shared professional topic.',
      'zh-CN': '你借学术活动结识了客户。方法推荐学术会议、展会和科室会，因为在这些场合接触自然，又有共同的专业话题。',
    },
  },
  'access.clear_appointment': {
    polarity: 1,
    weight: 60,
    label: {
      en: 'Phones ahead, states purpose and expected length, fits the customer’s schedule',
      'zh-CN': '提前电话预约，说明来意和所需时间，配合客户的日程',
    },
    feedback: {
      en: 'You phoned ahead, said what the visit is for and how long it will take, and fitted it into the customer’s schedule. The method asks for this so the customer knows what to expect and chooses the time.',
      'zh-CN':
        '你提前电话预约，讲清了来意和所需时间，并按客户的日程来安排。方法要求这样做：客户心里有数，时间也由客户来定。',
    },
  },
  'access.cold_drop_in': {
    polarity: -1,
    weight: 40,
    label: {
      en: 'Turns up unannounced in a clinical area or waylays the doctor',
      'zh-CN': '未经预约闯入诊疗区域，或半路拦截医生',
    },
    feedback: {
      en: 'You turned up unannounced in a clinical area or stopped the doctor in passing. This interrupts clinical work and spoils the first impression; the method asks you to phone ahead for an appointment or get an introduction.',
      'zh-CN':
        '你没有预约就进入诊疗区域找医生，或在半路拦住医生。这样会打断临床工作，第一印象也先打了折扣；方法要求提前电话预约，或请人引荐。',
    },
  },
  'preparation.profile_reviewed': {
    polarity: 1,
    weight: 40,
    label: {
      en: 'Reviews the customer’s background, research and department before the visit',
      'zh-CN': '拜访前了解客户的专业背景、研究方向和科室情况',
    },
    feedback: {
      en: 'You reviewed the customer’s background, research and department before the visit. The method says preparation decides the quality of a visit: it lets your questions and your presentation meet the customer’s real needs.',
      'zh-CN':
        '拜访前你查阅了客户的专业背景、研究方向和科室情况。方法认为准备工作决定拜访质量：功课做足了，提问和介绍才能切中客户的实际需求。',
    },
  },
  'preparation.objective_set': {
    polarity: 1,
    weight: 30,
    label: { en: 'Sets a concrete objective for the visit', 'zh-CN': '为本次拜访设定具体目标' },
    feedback: {
      en: 'You set a concrete objective for this visit. The method asks for one so the conversation has a direction and, afterwards, you can tell whether the visit achieved it.',
      'zh-CN': '你为这次拜访定了具体目标。方法要求这样做：目标明确，谈话才有方向，拜访结束后也能判断目标是否达成。',
    },
  },
  'preparation.material_matched': {
    polarity: 1,
    weight: 30,
    label: { en: 'Brings material that fits the customer’s likely needs', 'zh-CN': '携带与客户需求相匹配的资料' },
    feedback: {
      en: 'You brought material that fits this customer’s likely needs. The method asks for concise, relevant product material and literature so that what you show speaks to what the customer cares about.',
      'zh-CN':
        '你带的资料与客户可能的需求相符。方法要求准备精炼、有针对性的产品资料和文献，让你展示的内容正对客户关心的问题。',
    },
  },
  'preparation.material_unmatched': {
    polarity: -1,
    weight: 30,
    label: { en: 'Brings generic or irrelevant material', 'zh-CN': '携带泛泛而谈或与客户无关的资料' },
    feedback: {
      en: 'You brought generic or irrelevant material. It wastes the customer’s time and shows a lack of preparation; the method asks you to choose concise material matched to this customer’s likely needs.',
      'zh-CN':
        '你带的资料泛泛而谈，或与这位客户关系不大。这既占用客户时间，也显得准备不足；方法要求挑选精炼、贴合客户需求的资料。',
    },
  },
  'opening.purpose_stated': {
    polarity: 1,
    weight: 60,
    label: {
      en: 'States who they are, the purpose and the expected length, briefly',
      'zh-CN': '简要说明身份、来意和所需时间',
    },
    feedback: {
      en: 'You said who you are, why you came and how long you need. The method asks for exactly this: a short opening that gets to the point and respects the customer’s time.',
      'zh-CN': '你说明了身份、来意和所需时间。方法要求的正是这样：开场简短，直奔主题，尊重客户的时间。',
    },
  },
  'opening.thanks': {
    polarity: 1,
    weight: 40,
    label: { en: 'Thanks the customer for the time', 'zh-CN': '感谢客户抽出时间' },
    feedback: {
      en: 'You thanked the customer for their time. The method asks for a polite opening: a doctor’s time is scarce, and acknowledging it sets a respectful tone for the visit.',
      'zh-CN': '你感谢了客户抽空接待。方法要求开场白礼貌得体：医生时间宝贵，一句感谢能为整个拜访定下尊重的基调。',
    },
  },
  'opening.long_intro': {
    polarity: -1,
    weight: 40,
    label: { en: 'Long self or company introduction nobody asked for', 'zh-CN': '冗长的自我介绍或公司介绍' },
    feedback: {
      en: 'You opened with a long introduction of yourself or the company that the customer did not ask for. It uses up the customer’s limited time before you reach the point; the method asks for a short opening that states your purpose, with background only if asked.',
      'zh-CN':
        '你一开场就长篇介绍自己和公司，而客户并没有问。还没进入正题就占用了客户有限的时间；方法要求开场白简短，直接说明来意，背景介绍等客户问起再说。',
    },
  },
  'discovery.open_question': {
    polarity: 1,
    weight: 40,
    label: {
      en: 'Asks an open question about current practice, puzzles or unmet needs',
      'zh-CN': '用开放式问题了解现有治疗方案、临床困惑和未满足的需求',
    },
    feedback: {
      en: 'You asked an open question about the customer’s current practice and needs. The method asks for open questions because they let the customer describe, in their own words, their treatment approach, clinical puzzles and unmet needs.',
      'zh-CN':
        '你用开放式问题了解客户目前的做法和需求。方法提倡开放式提问，因为这样客户才会主动谈起自己的治疗思路、临床困惑和尚未满足的需求。',
    },
  },
  'discovery.closed_question': {
    polarity: -1,
    weight: 15,
    label: {
      en: 'Closed or leading question where an open one was needed',
      'zh-CN': '该开放提问时用了封闭式或引导式问题',
    },
    feedback: {
      en: 'You asked a closed or leading question where an open one was needed. It gets you a yes, a no or the answer you suggested, not the customer’s own view; the method asks for open questions while you are discovering needs.',
      'zh-CN':
        '这里需要开放式问题，你却问了封闭式或引导式问题。这样得到的只是“是”或“不是”，或是你预设的答案，听不到客户自己的想法；方法要求在需求挖掘阶段多用开放式提问。',
    },
  },
  'discovery.active_listening': {
    polarity: 1,
    weight: 40,
    label: {
      en: 'Lets the customer talk; paraphrases or confirms what was heard',
      'zh-CN': '让客户充分表达，复述或确认听到的内容',
    },
    feedback: {
      en: 'You let the customer talk and checked what you heard. The method asks you to listen attentively: it brings out information and is where trust begins.',
      'zh-CN': '你让客户充分表达，并复述确认了听到的内容。方法要求认真倾听：既能获取更多信息，也是建立信任的开始。',
    },
  },
  'discovery.interrupt': {
    polarity: -1,
    weight: 30,
    label: { en: 'Cuts in, or pitches before understanding the need', 'zh-CN': '打断客户，或未弄清需求就急于推介产品' },
    feedback: {
      en: 'You cut in, or started pitching before you understood the customer’s need. The customer stops talking and what you say next misses the need; the method asks you to listen first and present once the need is clear.',
      'zh-CN':
        '你打断了客户，或者还没弄清需求就开始推介产品。客户的话被截断，你后面讲的内容也难以对上需求；方法要求先倾听，弄清需求再做介绍。',
    },
  },
  'value.need_linked': {
    polarity: 1,
    weight: 50,
    label: {
      en: 'Presents a benefit tied to a need the customer has revealed',
      'zh-CN': '结合客户提出的需求呈现产品获益',
    },
    feedback: {
      en: 'You tied the product’s benefit to a need the customer had told you about. This is what the method means by value presentation: not a list of features, but how the product solves this customer’s clinical problem.',
      'zh-CN':
        '你把产品获益和客户提到的需求联系了起来。这正是方法所说的价值呈现：不是罗列产品特点，而是讲清产品怎样解决客户的临床问题。',
    },
  },
  'value.evidence_cited': {
    polarity: 1,
    weight: 50,
    label: {
      en: 'Supports a claim with approved data (study, guideline, real-world data)',
      'zh-CN': '用经批准的资料（临床研究、指南、真实世界数据）支持观点',
    },
    feedback: {
      en: 'You backed your claim with approved data. The method asks for this because doctors are persuaded by evidence, and a sourced claim keeps academic promotion truthful and objective.',
      'zh-CN':
        '你用经批准的资料支持了自己的观点。方法要求这样做：医生认的是证据，有据可查的表述也保证了学术推广真实、客观。',
    },
  },
  'value.feature_dump': {
    polarity: -1,
    weight: 30,
    label: { en: 'Lists features not tied to any revealed need', 'zh-CN': '罗列与客户需求无关的产品特点' },
    feedback: {
      en: 'You listed product features that are not tied to anything the customer has told you. It leaves the customer to work out why they matter; the method asks you to start from a need the customer revealed and show the value for them.',
      'zh-CN':
        '你罗列了一串产品特点，却没有和客户提到的需求挂钩。这样客户得自己去想这些与他有什么关系；方法要求从客户的需求出发，讲清产品对他的价值。',
    },
  },
  'objections.acknowledge': {
    polarity: 1,
    weight: 25,
    label: {
      en: 'Stays calm and acknowledges the concern without agreeing or dismissing it',
      'zh-CN': '保持冷静，正视客户顾虑，既不附和也不否定',
    },
    feedback: {
      en: 'You stayed calm and acknowledged the customer’s concern without agreeing or brushing it aside. The method asks you to face an objection professionally: it shows you take the customer seriously and opens the way to an answer.',
      'zh-CN':
        '你保持冷静，正视了客户的顾虑，既没有附和，也没有一口否定。方法要求专业地面对异议：这表明你重视客户的意见，也为接下来的解答铺好了路。',
    },
  },
  'objections.explore': {
    polarity: 1,
    weight: 25,
    label: { en: 'Asks to understand the concern before answering', 'zh-CN': '先询问清楚顾虑所在，再作答复' },
    feedback: {
      en: 'You asked about the concern before answering it. The method asks you to understand an objection first, so that you answer the customer’s real question, not the one you assumed.',
      'zh-CN':
        '你先问清了客户的顾虑，再作答复。方法要求先弄清异议所在，这样回答的才是客户真正关心的问题，而不是你自己的猜测。',
    },
  },
  'objections.evidence_response': {
    polarity: 1,
    weight: 35,
    label: { en: 'Answers the objection with facts and data', 'zh-CN': '用事实和数据回应异议' },
    feedback: {
      en: 'You answered the objection with facts and data. The method asks for an objective answer backed by clinical studies or real-world data, because evidence settles a doubt that persuasion cannot.',
      'zh-CN':
        '你用事实和数据回应了异议。方法要求用临床研究或真实世界数据客观作答，因为打消疑虑靠的是证据，而不是说服技巧。',
    },
  },
  'objections.defer_and_commit': {
    polarity: 1,
    weight: 30,
    label: {
      en: 'Cannot resolve it now: notes it, promises to verify and report back',
      'zh-CN': '当场无法解答时记下问题，承诺核实后及时回复',
    },
    feedback: {
      en: 'You could not resolve the question on the spot, so you noted it and promised to check and report back. The method asks for this rather than a guess; now keep the promise promptly.',
      'zh-CN': '当场无法解答，你记下了问题，并承诺核实后回复。方法要求这样做，而不是凭印象作答；接下来要尽快兑现承诺。',
    },
  },
  'objections.argue': {
    polarity: -1,
    weight: 40,
    label: { en: 'Disputes, debates or talks over the customer', 'zh-CN': '与客户争辩，或抢话压过客户' },
    feedback: {
      en: 'You argued with the customer or talked over them. Even if you win the point, the customer feels unheard and the relationship suffers; the method asks you to stay calm, acknowledge the concern and answer with facts and data.',
      'zh-CN':
        '你和客户争辩，或者抢着说话。即使道理在你这边，客户也会觉得没被尊重，关系反而受损；方法要求保持冷静，正视顾虑，用事实和数据回应。',
    },
  },
  'objections.evade': {
    polarity: -1,
    weight: 30,
    label: {
      en: 'Ignores the objection, changes the subject or answers vaguely',
      'zh-CN': '回避异议、转移话题或含糊其辞',
    },
    feedback: {
      en: 'You ignored the objection, changed the subject or answered vaguely. The doubt stays with the customer and your credibility drops; the method asks you to answer the objection directly, or note it and promise to verify.',
      'zh-CN':
        '你回避了客户的异议，转移话题或含糊其辞。疑虑并没有消除，你的可信度还会打折扣；方法要求正面回应异议，当场答不了就记下来，承诺核实后回复。',
    },
  },
  'closing.summary': {
    polarity: 1,
    weight: 30,
    label: { en: 'Summarises the key points', 'zh-CN': '总结沟通要点' },
    feedback: {
      en: 'You summarised the key points before leaving. The method asks for a summary so that you and the customer leave with the same understanding of what was discussed.',
      'zh-CN': '离开前你总结了这次沟通的要点。方法要求这样收尾，让你和客户对谈过的内容有一致的理解。',
    },
  },
  'closing.thanks': {
    polarity: 1,
    weight: 20,
    label: { en: 'Thanks the customer', 'zh-CN': '感谢客户' },
    feedback: {
      en: 'You thanked the customer at the end of the visit. The method asks for a courteous close that leaves a good impression for the next contact.',
      'zh-CN': '拜访结束时你向客户表示了感谢。方法要求礼貌收尾，给客户留下好印象，为下次接触打好基础。',
    },
  },
  'closing.next_step': {
    polarity: 1,
    weight: 50,
    label: {
      en: 'Proposes a concrete next contact (material, meeting, salon)',
      'zh-CN': '提出具体的下一步安排（资料、会议、学术沙龙）',
    },
    feedback: {
      en: 'You proposed a concrete next step before leaving. The method asks for this so that the visit sets up the next contact, such as study data you will bring or an academic salon you invite the customer to.',
      'zh-CN':
        '离开前你提出了具体的下一步安排。方法要求这样做，为下一次接触做好铺垫，比如约好下次送来某项研究的详细数据，或邀请客户参加学术沙龙。',
    },
  },
  'closing.no_next_step': {
    polarity: -1,
    weight: 40,
    label: { en: 'Leaves without a next step', 'zh-CN': '未约定下一步就结束拜访' },
    feedback: {
      en: 'You left without agreeing a next step. The next visit then has no reason and the contact may lapse; the method asks you to close by proposing something concrete, such as data to bring or a meeting to attend.',
      'zh-CN':
        '你没有约定下一步就结束了拜访。这样下次拜访缺少由头，联系容易就此中断；方法要求收尾时提出具体安排，比如下次带来研究数据，或邀请客户参加学术会议。',
    },
  },
  'relationship.value_content': {
    polarity: 1,
    weight: 30,
    label: {
      en: 'Shares academic or industry information, not only product',
      'zh-CN': '分享学术或行业资讯，而不只谈产品',
    },
    feedback: {
      en: 'You shared academic or industry news, not only product messages. The method asks for this in regular contact: topics the customer cares about make the conversation worth their time.',
      'zh-CN':
        '你分享了学术或行业资讯，而不只是谈产品。方法要求日常沟通要有这样的内容：聊客户关心的话题，沟通才对客户有价值。',
    },
  },
  'relationship.professional_support': {
    polarity: 1,
    weight: 40,
    label: {
      en: 'Helps with research, papers, department meetings or case discussions',
      'zh-CN': '在科研、论文、科室会或病例讨论上提供专业支持',
    },
    feedback: {
      en: 'You helped the customer with their professional work. The method asks you to be a professional partner, supporting research, papers, department meetings and case discussions without tying that support to sales.',
      'zh-CN':
        '你为客户的专业工作提供了帮助。方法要求代表做客户的专业伙伴，在科研、论文、科室会和病例讨论上给予支持，而且这种支持不与销售直接挂钩。',
    },
  },
  'relationship.personal_care': {
    polarity: 1,
    weight: 20,
    label: {
      en: 'A measured, sincere personal touch (greeting, remembered preference)',
      'zh-CN': '适度、真诚的个性化关怀（节日问候、记得客户喜好）',
    },
    feedback: {
      en: 'You added a measured, sincere personal touch. The method values care of this kind, a timely greeting or a remembered preference, as long as it stays modest and is never a sales lever.',
      'zh-CN':
        '你给了客户适度而真诚的关怀。方法认可这样的个性化关怀，比如适时的问候、记得客户的喜好，但要把握分寸，不能带有功利目的。',
    },
  },
  'relationship.transactional': {
    polarity: -1,
    weight: 40,
    label: {
      en: 'Uses personal attention as a sales lever, or overdoes it',
      'zh-CN': '把个人关怀当作销售筹码，或关怀过度',
    },
    feedback: {
      en: 'You used personal attention as a lever for sales, or overdid it. Customers see through it and trust suffers; the method asks for care that is measured, sincere and separate from any sales request.',
      'zh-CN':
        '你把个人关怀当成了推销的筹码，或者关怀过了头。客户一眼就能看出来，信任反而受损；方法要求关怀适度、真诚，不与任何销售诉求挂钩。',
    },
  },
  'relationship.promise_kept': {
    polarity: 1,
    weight: 40,
    label: { en: 'Delivers what was promised at the last contact', 'zh-CN': '兑现上次拜访时的承诺' },
    feedback: {
      en: 'You delivered what you promised at the last contact. The method treats the relationship as an exchange of trust: a kept promise shows the customer your word can be relied on.',
      'zh-CN': '你兑现了上次拜访时的承诺。方法认为客户关系的本质是信任的交换：说到做到，客户才会信任你。',
    },
  },
  'solutions.needs_reassessed': {
    polarity: 1,
    weight: 35,
    label: { en: 'Checks whether the customer’s needs have changed', 'zh-CN': '了解客户需求是否发生变化' },
    feedback: {
      en: 'You checked whether the customer’s needs have changed. The method asks for continuous needs assessment because needs shift over time, for example from efficacy to safety, or from one drug to the whole regimen.',
      'zh-CN':
        '你了解了客户的需求是否有了变化。方法要求持续评估需求，因为需求会随时间改变，比如从关注疗效转向关注安全性，从单一用药转向整体治疗方案。',
    },
  },
  'solutions.tailored': {
    polarity: 1,
    weight: 35,
    label: {
      en: 'Offers a solution fitted to the current need (regimen, pharmacoeconomics, patient education)',
      'zh-CN': '针对当前需求提供个性化方案（用药方案优化、药物经济学、患者教育）',
    },
    feedback: {
      en: 'You offered a solution fitted to the customer’s current need. The method asks for tailored support, such as regimen optimisation, pharmacoeconomic data or patient education, aimed at what the customer values.',
      'zh-CN':
        '你针对客户当前的需求提供了解决方案。方法要求提供量身定制的支持，如优化用药方案、提供药物经济学数据或患者教育，着眼于客户看重的价值。',
    },
  },
  'solutions.feedback_collected': {
    polarity: 1,
    weight: 30,
    label: {
      en: 'Asks for clinical feedback on efficacy, safety and convenience',
      'zh-CN': '收集疗效、安全性和使用便利性方面的临床反馈',
    },
    feedback: {
      en: 'You asked for clinical feedback on efficacy, safety and convenience. The method asks you to follow the first patients’ responses closely, so that problems surface early and good experience can be shared.',
      'zh-CN':
        '你向客户收集了疗效、安全性和使用便利性方面的反馈。方法要求密切关注首批患者的用药反应，问题能及早发现，好的经验也能在科室分享。',
    },
  },
  'solutions.ae_escalated': {
    polarity: 1,
    weight: 50,
    label: {
      en: 'Takes a reported adverse reaction seriously, gathers the facts, reports it to the company',
      'zh-CN': '重视客户反映的不良反应，收集信息并及时上报公司',
    },
    feedback: {
      en: 'You took the reported adverse reaction seriously, gathered the facts and reported it to the company. The method and pharmacovigilance rules ask for exactly this: help the customer handle it and get it to the responsible department promptly.',
      'zh-CN':
        '你重视客户反映的不良反应，了解了相关情况并上报公司。方法和药物警戒要求的正是这样：协助客户妥善处理，并及时报告公司相关部门。',
    },
  },
  'solutions.ae_dismissed': {
    polarity: -1,
    weight: 50,
    label: { en: 'Plays down or ignores a reported adverse reaction', 'zh-CN': '淡化或忽视客户反映的不良反应' },
    feedback: {
      en: 'You played down or ignored an adverse reaction the customer reported. This puts patients at risk and breaks pharmacovigilance duties; the method asks you to take it seriously, gather the facts and report it to the company within 24 hours.',
      'zh-CN':
        '你淡化或忽视了客户反映的不良反应。这会给患者带来风险，也违反药物警戒要求；方法要求高度重视，收集相关信息，并在24小时内上报公司。',
    },
  },
  'records.profile_updated': {
    polarity: 1,
    weight: 60,
    label: { en: 'Records what was learned in the customer profile', 'zh-CN': '将了解到的信息记入客户档案' },
    feedback: {
      en: 'You recorded what you learned in the customer profile. The method asks for complete, current profiles because every later visit, plan and review depends on them.',
      'zh-CN':
        '你把了解到的信息及时记入了客户档案。方法要求档案完整、及时更新，因为之后的每次拜访、计划和回顾都以它为依据。',
    },
  },
  'records.review_done': {
    polarity: 1,
    weight: 40,
    label: { en: 'Reviews results and adjusts the plan', 'zh-CN': '回顾工作成效并调整计划' },
    feedback: {
      en: 'You reviewed your results and adjusted the plan. The method asks for regular weekly and monthly reviews to see what worked, find weak spots and opportunities, and set the next period’s goals.',
      'zh-CN':
        '你回顾了工作成效并调整了计划。方法要求定期做周回顾和月回顾，总结得失，找出薄弱环节和机会，定好下一阶段的目标。',
    },
  },
  // Compliance is a gate, not a score: these two earn nothing in the total, but the trainee is told they were right.
  'compliance.declined': {
    polarity: 1,
    weight: 0,
    label: {
      en: 'Declines an improper request clearly and names the compliant alternative',
      'zh-CN': '明确拒绝不当要求，并给出合规的替代做法',
    },
    feedback: {
      en: 'You declined the request clearly, without leaving it open, and named what you can do instead through a proper channel. A vague answer such as “I’ll see what I can do” is heard as a yes; a clear no with a compliant alternative protects the customer and you.',
      'zh-CN':
        '你明确拒绝了这个要求，没有含糊其辞，并说明了可以通过正规渠道做什么。“我看看能不能办”这类模糊回答会被对方当成答应；明确拒绝并给出合规替代方案，既保护客户，也保护你自己。',
    },
  },
  'compliance.medical_referral': {
    polarity: 1,
    weight: 0,
    label: {
      en: 'Refers an unsolicited off-label question to medical information',
      'zh-CN': '将客户主动提出的超说明书问题转交医学信息部门',
    },
    feedback: {
      en: 'You did not answer an off-label question yourself but referred it to medical information for a written answer. That is exactly what the compliance rule asks, and it keeps the customer’s trust.',
      'zh-CN':
        '对超说明书的问题，你没有自己作答，而是转交医学信息部门书面答复。这正是合规要求的做法，也守住了客户对你的信任。',
    },
  },
});

export type ActId = keyof typeof ACTS;

export function isActId(value: string): value is ActId {
  return Object.hasOwn(ACTS, value);
}
