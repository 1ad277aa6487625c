import { SEGMENT_TRAITS, type Traits } from '../customer/traits';
import type { Localized } from '../methodology/locale';
import type { SegmentId } from '../methodology/stages';

/** The hospital the scenarios take place in (fictional). */
export const HOSPITAL = {
  name: { en: 'Qinghe First People’s Hospital', 'zh-CN': '清河市第一人民医院' },
  grade: { en: 'Grade 3A teaching hospital', 'zh-CN': '三级甲等教学医院' },
  beds: 1800,
  outpatientVisitsPerYear: 2_400_000,
  departments: {
    cardiology: { en: 'Cardiology (120 beds, arrhythmia service)', 'zh-CN': '心内科（120张床位，含心律失常专业）' },
    neurology: { en: 'Neurology (80 beds, stroke unit)', 'zh-CN': '神经内科（80张床位，卒中单元）' },
    geriatrics: { en: 'Geriatrics (60 beds)', 'zh-CN': '老年医学科（60张床位）' },
    emergency: { en: 'Emergency department (90,000 visits a year)', 'zh-CN': '急诊科（年接诊9万人次）' },
    pharmacy: { en: 'Pharmacy (formulary committee secretariat)', 'zh-CN': '药剂科（药事管理委员会办公室）' },
  },
} as const;

/** A customer of the hospital, by the speaker id the stories use, with what a rep learns or must discover. */
export interface Customer {
  readonly id: string;
  readonly name: Localized;
  readonly segment: SegmentId;
  readonly department: Localized;
  /** The room of the floor plan where the customer works. */
  readonly room: string;
  readonly background: Localized;
  readonly interests: Localized;
  readonly personality: Localized;
  readonly channel: Localized;
  /** Not on the card: what a good visit uncovers. */
  readonly hiddenNeeds: Localized;
  readonly concerns: Localized;
  /** How the persona takes each move: the engine's reaction table is scaled by these. */
  readonly traits: Traits;
}

const L = (en: string, zh: string): Localized => ({ en, 'zh-CN': zh });

export const CAST: Readonly<Record<string, Customer>> = {
  zhou: {
    id: 'zhou',
    name: L('Prof. Zhou Minghua', '周明华教授'),
    segment: 'kol',
    department: L('Cardiology — arrhythmia service', '心内科 · 心律失常专业'),
    room: 'arrhythmia',
    background: L(
      '62, chief of the arrhythmia service, vice-chair of the provincial AF working group.',
      '62岁，心律失常专业负责人，省房颤工作组副组长。',
    ),
    interests: L(
      'Anticoagulation in elderly AF patients with chronic kidney disease; runs a provincial AF registry.',
      '老年房颤合并慢性肾病患者的抗凝治疗；牵头省级房颤登记研究。',
    ),
    personality: L(
      'Precise, busy, allergic to sales talk; warms to reps who listen and know their data.',
      '严谨、忙碌，反感推销腔；对认真倾听、熟悉数据的代表会慢慢放下戒备。',
    ),
    channel: L('Short appointments through her secretary; papers by email.', '通过秘书预约短时间面谈；文献发邮件。'),
    hiddenNeeds: L(
      'Renal dosing certainty; her juniors’ fear of bleeding; the burden of the INR clinic; data for her registry.',
      '肾功能不全时的剂量把握；下级医生怕出血；抗凝门诊负担；登记研究需要的数据。',
    ),
    concerns: L(
      'Falls and bleeding in the very old; anything that smells of marketing.',
      '高龄患者跌倒与出血；任何带营销味道的东西。',
    ),
    traits: { rapport: 45, patience: 60, salesAversion: 2, grudge: 1, evidenceAppetite: 1.5, timePressure: 1 },
  },
  liang: {
    id: 'liang',
    name: L('Dr Liang Guowei', '梁国伟主任'),
    segment: 'director',
    department: L('Cardiology — department director', '心内科 · 主任'),
    room: 'cardiology',
    background: L(
      '54, director of cardiology for eight years; sits on the hospital’s drug and therapeutics committee.',
      '54岁，任心内科主任八年；医院药事管理与药物治疗学委员会委员。',
    ),
    interests: L(
      'Department performance under DRG payment, readmissions, a provincial research grant.',
      'DRG付费下的科室运营、再入院率、省级科研课题。',
    ),
    personality: L(
      'Pragmatic, political, decides fast; respects reps who understand how a department runs.',
      '务实、讲全局，决策快；尊重懂科室运营的代表。',
    ),
    channel: L(
      'Formal appointments through the department secretary; department meetings.',
      '通过科室秘书正式预约；科室会。',
    ),
    hiddenNeeds: L(
      'Fewer AF readmissions for bleeding; the department’s academic standing; teaching material for his residents.',
      '减少房颤患者因出血再入院；科室学术影响力；住院医师的教学资料。',
    ),
    concerns: L(
      'Drug cost share (药占比), formulary politics, anything that could look like a kickback.',
      '药占比、药事会的平衡，任何可能被视为回扣的事。',
    ),
    traits: { rapport: 45, patience: 55, salesAversion: 1.25, grudge: 1, evidenceAppetite: 1, timePressure: 1.25 },
  },
  chen: {
    id: 'chen',
    name: L('Dr Chen Jing', '陈静医生'),
    segment: 'clinician',
    department: L('Cardiology — attending physician, ward 2', '心内科 · 二病区主治医师'),
    room: 'cardiology',
    background: L(
      '38, attending physician; runs the ward’s patient-education programme.',
      '38岁，主治医师；负责病区患者教育项目。',
    ),
    interests: L(
      'Adherence and patient education for older patients going home on anticoagulants.',
      '老年患者出院后抗凝治疗的依从性与患者教育。',
    ),
    personality: L(
      'Warm, talkative, always short of time; remembers who kept their word.',
      '热情健谈，总是时间紧；记得谁说话算数。',
    ),
    channel: L(
      'A few minutes after the ward round; WeChat for agreed materials.',
      '查房后的几分钟；约定好的资料通过微信发送。',
    ),
    hiddenNeeds: L(
      'Simple dosing tools for the ward; patient leaflets older people can read.',
      '病区好用的剂量工具；老年患者看得懂的宣教资料。',
    ),
    concerns: L(
      'Bleeding in elderly patients after discharge; being asked for things she cannot give.',
      '老年患者出院后的出血；被要求做她做不到的事。',
    ),
    traits: { rapport: 55, patience: 55, salesAversion: 1, grudge: 0.5, evidenceAppetite: 1, timePressure: 1.25 },
  },
  wu: {
    id: 'wu',
    name: L('Dr Wu Hao', '吴昊副主任'),
    segment: 'clinician',
    department: L('Neurology — associate chief, stroke unit', '神经内科 · 卒中单元副主任医师'),
    room: 'neurology',
    background: L(
      '45, associate chief physician; twelve years on the stroke unit.',
      '45岁，副主任医师；在卒中单元工作十二年。',
    ),
    interests: L(
      'When to start anticoagulation after an AF-related stroke; intracranial haemorrhage.',
      '房颤相关卒中后何时启动抗凝；颅内出血。',
    ),
    personality: L(
      'Blunt, sceptical, loyal to what he knows; changes his mind only for data.',
      '直率、多疑，习惯用熟悉的药；只为数据改变看法。',
    ),
    channel: L('Email with papers; no drop-ins on the stroke unit.', '发邮件附文献；不接受在卒中单元临时拜访。'),
    hiddenNeeds: L(
      'Data on intracranial haemorrhage; a twice-daily regimen his older patients forget.',
      '颅内出血的数据；老年患者常忘记的每日两次用药。',
    ),
    concerns: L(
      'Price against the procurement competitor; switching stable patients; safety.',
      '与带量采购竞品的价格差；稳定患者换药；安全性。',
    ),
    traits: { rapport: 35, patience: 55, salesAversion: 1.5, grudge: 1.25, evidenceAppetite: 1.5, timePressure: 1 },
  },
  li: {
    id: 'li',
    name: L('Dr Li Xiaoyu', '李晓雨医生'),
    segment: 'resident',
    department: L('Cardiology — second-year resident', '心内科 · 规培第二年住院医师'),
    room: 'cardiology',
    background: L(
      '27, second-year standardised-training resident on the cardiology rotation.',
      '27岁，规范化培训第二年，心内科轮转。',
    ),
    interests: L(
      'Getting anticoagulant doses right; preparing for the residency exam.',
      '把抗凝剂量用对；准备规培考试。',
    ),
    personality: L(
      'Eager, anxious about mistakes, afraid to look ignorant in front of seniors.',
      '积极，怕出错，怕在上级面前显得不懂。',
    ),
    channel: L(
      'Department teaching sessions; short questions between admissions.',
      '科室小讲课；收病人间隙的简短提问。',
    ),
    hiddenNeeds: L(
      'A clear way to calculate creatinine clearance and choose the dose.',
      '清楚的肌酐清除率计算和剂量选择方法。',
    ),
    concerns: L('Being blamed for a bleed; reps who want something in return.', '出了出血事件被追责；有所图的代表。'),
    traits: { rapport: 55, patience: 70, salesAversion: 1, grudge: 0.75, evidenceAppetite: 1, timePressure: 0.5 },
  },
  wang: {
    id: 'wang',
    name: L('Wang Li, deputy director of pharmacy', '王莉副主任药师'),
    segment: 'pharmacist',
    department: L('Pharmacy — formulary committee secretary', '药剂科 · 药事会秘书'),
    room: 'pharmacy',
    background: L(
      '46, deputy chief pharmacist; prepares every formulary application for the committee.',
      '46岁，副主任药师；负责为药事会准备所有新药进院材料。',
    ),
    interests: L('Pharmacoeconomics, volume-based procurement, supply security.', '药物经济学、带量采购、供应保障。'),
    personality: L(
      'Meticulous, formal, immune to charm; wants complete dossiers.',
      '细致、讲规矩，不吃套近乎那一套；要完整的资料。',
    ),
    channel: L('Formal appointments; written dossiers.', '正式预约；书面资料。'),
    hiddenNeeds: L(
      'A cost argument that survives the committee; no stock-outs.',
      '能在药事会上站得住的成本论证；不断货。',
    ),
    concerns: L('Drug cost share, procurement rules, storage and shelf life.', '药占比、采购规定、储存和有效期。'),
    traits: { rapport: 40, patience: 65, salesAversion: 1.5, grudge: 1, evidenceAppetite: 1.25, timePressure: 0.75 },
  },
  sun: {
    id: 'sun',
    name: L('Dr Sun Mei', '孙梅主任'),
    segment: 'director',
    department: L('Geriatrics — department director', '老年医学科 · 主任'),
    room: 'geriatrics',
    background: L(
      '50, director of geriatrics; chairs the hospital’s falls-prevention group.',
      '50岁，老年医学科主任；医院跌倒预防小组组长。',
    ),
    interests: L('Polypharmacy, falls, deprescribing in frail patients.', '多重用药、跌倒、衰弱患者的减药。'),
    personality: L('Careful, thoughtful, asks hard questions quietly.', '谨慎、深思，提尖锐问题时语气平和。'),
    channel: L('Academic meetings and case discussions.', '学术会议和病例讨论。'),
    hiddenNeeds: L(
      'Interaction data for patients on many drugs; a case discussion for her team.',
      '多药合用患者的相互作用数据；为团队组织一次病例讨论。',
    ),
    concerns: L('Bleeding after falls; reps who pitch at conferences.', '跌倒后的出血；在学术会议上推销的代表。'),
    traits: { rapport: 45, patience: 65, salesAversion: 1.5, grudge: 1, evidenceAppetite: 1.25, timePressure: 1 },
  },
  zhao: {
    id: 'zhao',
    name: L('Dr Zhao Peng', '赵鹏医生'),
    segment: 'clinician',
    department: L('Emergency department — attending physician', '急诊科 · 主治医师'),
    room: 'emergency',
    background: L('40, attending physician in the emergency department.', '40岁，急诊科主治医师。'),
    interests: L('Managing bleeding in anticoagulated patients; fast decisions.', '抗凝患者出血的处理；快速决策。'),
    personality: L('Fast, informal, jokes a lot; tests boundaries.', '节奏快、随和爱开玩笑；喜欢试探边界。'),
    channel: L('Between shifts; never in the resuscitation area.', '交接班间隙；绝不在抢救区。'),
    hiddenNeeds: L('What to do when an anticoagulated patient bleeds.', '抗凝患者出血时该怎么处理。'),
    concerns: L(
      'Off-label questions he expects answers to; being seen with reps.',
      '希望得到回答的超说明书问题；被人看到和代表走得近。',
    ),
    traits: { rapport: 55, patience: 45, salesAversion: 1, grudge: 0.75, evidenceAppetite: 1, timePressure: 1.5 },
  },
};

/** People who speak in scenarios without being customers of the method. */
export const OTHER_SPEAKERS: Readonly<Record<string, Localized>> = {
  rep: L('You', '你'),
  secretary: L('Secretary', '科室秘书'),
  xu: L('Dr Xu (resident)', '徐医生（住院医师）'),
  manager: L('Your manager', '地区经理'),
  nurse: L('Nurse', '护士'),
};

/** The name shown for a speaker id: a customer, another known speaker, or the id itself. */
export function speakerName(id: string, locale: 'en' | 'zh-CN'): string {
  return CAST[id]?.name[locale] ?? OTHER_SPEAKERS[id]?.[locale] ?? id;
}

/** The customer a scenario visits; a story without a known customer still gets a card from its header. */
export function customerOf(id: string | null, segment: SegmentId): Customer {
  if (id && CAST[id]) return CAST[id];
  const none = L('—', '—');
  return {
    id: id ?? 'customer',
    name: L(id ?? 'Customer', id ?? '客户'),
    segment,
    department: none,
    room: 'cardiology',
    background: none,
    interests: none,
    personality: none,
    channel: none,
    hiddenNeeds: none,
    concerns: none,
    traits: SEGMENT_TRAITS[segment],
  };
}
