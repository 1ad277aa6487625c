import type { Localized } from '../methodology/locale';

/**
 * The approved claims sheet of the fictional product the scenarios promote, and the fictional main
 * competitor's facts. A move that states a fact tags it with `# claim: <id>`; the checker knows these ids.
 * Anything not on this sheet is not approved: off-label content appears in stories only as a trap.
 */
export interface Claim {
  readonly id: string;
  readonly topic: ClaimTopic;
  readonly text: Localized;
}

export type ClaimTopic =
  | 'indication'
  | 'dosing'
  | 'contraindications'
  | 'efficacy'
  | 'safety'
  | 'guideline'
  | 'price'
  | 'insurance'
  | 'storage'
  | 'competitor';

/** Each topic of the claims sheet, as the resources drawer heads it. */
export const CLAIM_TOPICS: Readonly<Record<ClaimTopic, Localized>> = {
  indication: { en: 'Indication', 'zh-CN': '适应症' },
  dosing: { en: 'Dosing', 'zh-CN': '用法用量' },
  contraindications: { en: 'Contraindications', 'zh-CN': '禁忌' },
  efficacy: { en: 'Efficacy', 'zh-CN': '疗效' },
  safety: { en: 'Safety', 'zh-CN': '安全性' },
  guideline: { en: 'Guidelines', 'zh-CN': '指南' },
  price: { en: 'Price', 'zh-CN': '价格' },
  insurance: { en: 'Reimbursement', 'zh-CN': '医保' },
  storage: { en: 'Storage', 'zh-CN': '储存' },
  competitor: { en: 'The competitor', 'zh-CN': '竞品' },
};

export const PRODUCT = {
  name: { en: 'Norvixa (norvixaban)', 'zh-CN': '诺维沙班（Norvixa）' },
  company: { en: 'Hengkang Pharma', 'zh-CN': '恒康医药' },
  trial: 'NAVIGATE-AF',
  competitor: { en: 'Trombexa (trombexaban)', 'zh-CN': '通贝沙班（Trombexa）' },
} as const;

const claim = (id: string, topic: ClaimTopic, en: string, zh: string): Claim => ({
  id,
  topic,
  text: { en, 'zh-CN': zh },
});

export const CLAIMS: readonly Claim[] = [
  claim(
    'indication',
    'indication',
    'Prevention of stroke and systemic embolism in adults with non-valvular atrial fibrillation and one or more risk factors.',
    '用于伴有一个或多个危险因素的成人非瓣膜性房颤患者，预防卒中和全身性栓塞。',
  ),
  claim(
    'dose_standard',
    'dosing',
    '20 mg once daily, with or without food; no routine coagulation monitoring.',
    '20 mg，每日一次，可与或不与食物同服；无需常规凝血监测。',
  ),
  claim(
    'dose_renal',
    'dosing',
    '10 mg once daily when creatinine clearance (Cockcroft-Gault) is 30-49 mL/min; not recommended below 30 mL/min or on dialysis.',
    '肌酐清除率（Cockcroft-Gault公式）30-49 mL/min时10 mg每日一次；低于30 mL/min或透析患者不推荐使用。',
  ),
  claim(
    'renal_monitoring',
    'dosing',
    'Check renal function before starting and at least once a year; more often in patients 75 or older or with clearance below 60 mL/min.',
    '用药前及之后至少每年检测一次肾功能；75岁及以上或肌酐清除率低于60 mL/min者应更频繁监测。',
  ),
  claim(
    'contraindications',
    'contraindications',
    'Contraindicated in active clinically significant bleeding, lesions at significant risk of major bleeding, hepatic disease with coagulopathy (Child-Pugh C), with strong combined CYP3A4 and P-gp inhibitors, in pregnancy and breastfeeding, and in patients with mechanical heart valves or moderate-to-severe mitral stenosis.',
    '禁用于：有临床意义的活动性出血；有大出血显著风险的病变；伴凝血异常的肝病（Child-Pugh C级）；与强效CYP3A4和P-gp双重抑制剂合用；妊娠及哺乳期；机械心脏瓣膜或中重度二尖瓣狭窄患者。',
  ),
  claim(
    'trial_efficacy',
    'efficacy',
    'NAVIGATE-AF: 14,200 patients, median 2.1 years; stroke or systemic embolism 1.3 vs 1.7 %/year with dose-adjusted warfarin.',
    'NAVIGATE-AF研究：14,200例患者，中位随访2.1年；卒中或全身性栓塞年发生率1.3%，剂量调整华法林组1.7%。',
  ),
  claim(
    'trial_bleeding',
    'safety',
    'NAVIGATE-AF: major bleeding 2.4 vs 3.0 %/year; intracranial haemorrhage 0.4 vs 0.8 %/year; gastrointestinal bleeding 1.2 vs 1.1 %/year (similar).',
    'NAVIGATE-AF研究：大出血年发生率2.4%对3.0%；颅内出血0.4%对0.8%；消化道出血1.2%对1.1%（相近）。',
  ),
  claim(
    'renal_substudy',
    'efficacy',
    'Pre-specified renal sub-study, 3,050 patients with clearance 30-49 mL/min on 10 mg: stroke or systemic embolism 1.6 vs 2.1 %/year; major bleeding 3.1 vs 4.0 %/year.',
    '预设肾功能亚组研究：3,050例肌酐清除率30-49 mL/min、服用10 mg的患者，卒中或全身性栓塞年发生率1.6%对2.1%；大出血3.1%对4.0%。',
  ),
  claim(
    'elderly_subgroup',
    'safety',
    'Patients 80 or older (2,600): major bleeding 4.1 vs 5.0 %/year; gastrointestinal bleeding 1.9 vs 1.6 %/year (numerically higher).',
    '80岁及以上患者（2,600例）：大出血年发生率4.1%对5.0%；消化道出血1.9%对1.6%（数值上偏高）。',
  ),
  claim(
    'common_adverse_events',
    'safety',
    'Most common adverse reactions: bleeding (nosebleeds, gum bleeding, bruising, haematuria) and anaemia. Any suspected adverse reaction is reported to pharmacovigilance.',
    '最常见不良反应：出血（鼻出血、牙龈出血、瘀斑、血尿）和贫血。任何可疑不良反应均应向药物警戒部门报告。',
  ),
  claim(
    'guideline',
    'guideline',
    'The Qinghe Provincial Anticoagulation Pathway 2025 lists factor Xa inhibitors, Norvixa among them, as preferred over warfarin for eligible patients with non-valvular AF.',
    '《清河省抗凝临床路径（2025版）》将包括诺维沙班在内的Xa因子抑制剂列为符合条件的非瓣膜性房颤患者优于华法林的首选。',
  ),
  claim(
    'price',
    'price',
    'List price ¥5.60 per 20 mg tablet (¥5.60 a day); the 10 mg tablet is priced the same.',
    '挂网价每片20 mg 5.60元（每日5.60元）；10 mg规格同价。',
  ),
  claim(
    'insurance',
    'insurance',
    'On the National Reimbursement Drug List (category B) for non-valvular AF since January 2026: about ¥2 a day for the patient on employee insurance; the residents’ scheme co-payment depends on the province.',
    '2026年1月起以非瓣膜性房颤适应症纳入国家医保目录（乙类）：职工医保患者每日自付约2元；城乡居民医保的自付比例因省而异。',
  ),
  claim(
    'bleeding_management',
    'safety',
    'If bleeding occurs: stop Norvixa, give supportive care and treat the source; the half-life is 9-13 hours (longer when renal function is reduced). No specific reversal agent is approved for Norvixa; questions on reversal or restarting go to medical information.',
    '发生出血时：停用诺维沙班，给予支持治疗并处理出血部位；半衰期9-13小时（肾功能减退时延长）。诺维沙班目前没有获批的特异性逆转剂；关于逆转和重新启用的问题请转交医学信息部门。',
  ),
  claim(
    'storage',
    'storage',
    'Store below 30 °C in the original package; shelf life 36 months; no cold chain needed.',
    '30 °C以下原包装保存；有效期36个月；无需冷链。',
  ),
  claim(
    'competitor_facts',
    'competitor',
    'Trombexa (trombexaban), the main competitor, is a factor Xa inhibitor taken 5 mg twice daily; it is in national volume-based procurement at about ¥0.90 a day. No head-to-head trial compares it with Norvixa: comparisons rest on separate trials only and must say so.',
    '主要竞品通贝沙班（Trombexa）同为Xa因子抑制剂，5 mg每日两次；已纳入国家带量采购，每日约0.90元。两者没有头对头研究，任何比较只能基于各自的独立研究，且必须说明这一点。',
  ),
];

export const CLAIM_IDS: readonly string[] = CLAIMS.map((c) => c.id);
export const isClaimId = (value: string): boolean => CLAIM_IDS.includes(value);

/**
 * Material a representative may hand over: approved by the company's medical and compliance review for
 * distribution. Giving anything else (a self-made summary, an off-label paper) is a trap in a story.
 */
export interface Material {
  readonly id: string;
  readonly name: Localized;
}

const material = (id: string, en: string, zh: string): Material => ({ id, name: { en, 'zh-CN': zh } });

export const MATERIALS: readonly Material[] = [
  material('detail_aid', 'Norvixa detail aid', '诺维沙班产品手册'),
  material('label', 'Norvixa prescribing information', '诺维沙班药品说明书'),
  material(
    'renal_substudy_reprint',
    'NAVIGATE-AF renal sub-study, journal reprint',
    'NAVIGATE-AF肾功能亚组研究论文单行本',
  ),
  material(
    'elderly_subgroup_reprint',
    'NAVIGATE-AF over-80 analysis, journal reprint',
    'NAVIGATE-AF 80岁以上亚组分析论文单行本',
  ),
  material('dosing_card', 'Dosing card: clearance thresholds from the label', '剂量卡：说明书中的肌酐清除率分界'),
  material('bleeding_management_card', 'Bleeding management card, as the label says', '出血处理卡（依据说明书）'),
  material('patient_leaflet', 'Patient leaflet for older patients, large print', '老年患者用药须知（大字版）'),
  material(
    'safety_review',
    'Medical review of published bleeding and falls data in patients over 75',
    '75岁以上患者出血与跌倒已发表数据的医学综述',
  ),
  material(
    'case_reading_pack',
    'Reading pack for a case discussion: guideline and trial papers',
    '病例讨论阅读材料：指南与临床研究原文',
  ),
  material(
    'formulary_dossier',
    'Formulary dossier: label, trial, price, reimbursement, supply',
    '药事会申报资料：说明书、研究、价格、医保、供应',
  ),
  material(
    'pharmacoeconomic_summary',
    'Pharmacoeconomic summary, reviewed by medical affairs',
    '药物经济学摘要（经医学部审核）',
  ),
  material(
    'guideline_summary',
    'Provincial anticoagulation pathway 2025, summary',
    '《清河省抗凝临床路径（2025版）》要点',
  ),
];

export const isMaterialId = (value: string): boolean => MATERIALS.some((m) => m.id === value);
