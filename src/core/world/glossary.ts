import type { Localized } from '../methodology/locale';

/** A term a newcomer meets in the scenarios, with what it means in this work. */
export interface GlossaryEntry {
  readonly term: Localized;
  readonly meaning: Localized;
}

const entry = (termEn: string, termZh: string, en: string, zh: string): GlossaryEntry => ({
  term: { en: termEn, 'zh-CN': termZh },
  meaning: { en, 'zh-CN': zh },
});

/** The terms of the scenarios, for the resources drawer of every visit. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  entry(
    'AF (atrial fibrillation)',
    '房颤（心房颤动）',
    'An irregular heart rhythm that raises the risk of stroke; most patients who need an anticoagulant have it.',
    '一种心律失常，会增加卒中风险；需要抗凝治疗的患者大多是房颤患者。',
  ),
  entry(
    'NOAC',
    'NOAC（新型口服抗凝药）',
    'Non-vitamin-K oral anticoagulant: the class of drugs that includes the fictional product of these scenarios.',
    '非维生素K拮抗剂口服抗凝药：本场景中虚构的产品即属于这一类药物。',
  ),
  entry(
    'CrCl (creatinine clearance)',
    'CrCl（肌酐清除率）',
    'A measure of kidney function, usually estimated with the Cockcroft-Gault formula; doses of many drugs depend on it.',
    '衡量肾功能的指标，通常用Cockcroft-Gault公式估算；许多药物的剂量取决于它。',
  ),
  entry(
    'DRG',
    'DRG（按疾病诊断相关分组付费）',
    'Diagnosis-related groups: the hospital is paid a fixed sum per case, so departments watch the cost of every stay.',
    '按疾病诊断相关分组付费：医保按病例组定额支付，所以科室会关注每次住院的费用。',
  ),
  entry(
    'Volume-based procurement (集采)',
    '集采（国家组织药品集中带量采购）',
    'National tendering in which hospitals commit to volumes of the winning drugs at much lower prices.',
    '国家组织的药品集中带量采购：医院承诺采购中选药品的用量，价格大幅降低。',
  ),
  entry(
    'National reimbursement list (NRDL)',
    '国家医保目录',
    'The drugs basic medical insurance pays for; a drug negotiated onto it comes with a national price.',
    '基本医疗保险支付的药品目录；通过谈判进入目录的药品有全国统一的支付标准。',
  ),
  entry(
    'Dual channel (双通道)',
    '双通道',
    'A negotiated drug can be dispensed, and reimbursed, at designated retail pharmacies as well as in hospital.',
    '谈判药品既可以在医院，也可以在定点零售药店配药并按规定报销。',
  ),
  entry(
    'Drug share (药占比)',
    '药占比',
    'The share of drugs in a hospital’s or department’s revenue, once a target; it is no reason to keep a negotiated drug out.',
    '药品收入在医院或科室收入中所占的比例，曾是考核指标；它不能成为拒绝配备谈判药品的理由。',
  ),
  entry(
    'P&T committee (药事会)',
    '药事会（药事管理与药物治疗学委员会）',
    'The hospital committee that decides which drugs the hospital stocks and how they are used.',
    '医院决定药品遴选和合理使用的委员会。',
  ),
  entry(
    'Prescription data (统方)',
    '统方',
    'Collecting a doctor’s prescribing figures for a product. Asking for them, or paying for them, is not allowed.',
    '统计医生对某一产品的处方量。索取或以任何方式换取统方数据都是不允许的。',
  ),
  entry(
    'Off-label',
    '超说明书',
    'Any use, dose or population not in the approved label. A representative never promotes it; a customer’s question about it goes to medical information.',
    '批准说明书以外的任何用途、剂量或人群。医药代表绝不推广；客户主动问到时，转交医学信息部门解答。',
  ),
  entry(
    'Adverse event (AE)',
    '不良事件',
    'Any harmful event in a patient taking the drug. A representative who hears of one, even in passing, reports it to pharmacovigilance within 24 hours.',
    '患者用药期间发生的任何有害事件。医药代表即使只是顺带听说，也须在24小时内报告给药物警戒部门。',
  ),
  entry(
    'KOL',
    'KOL（关键意见领袖）',
    'A physician whose views shape how colleagues prescribe: a leading specialist, researcher or guideline author.',
    '其观点会影响同行用药的医生，如学科带头人、研究者或指南作者。',
  ),
];
