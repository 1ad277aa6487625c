import type { Localized } from './locale';

/** Scoring dimensions of methodology.md, in the order a report lists them. */
export const DIMENSION_IDS = [
  'targeting',
  'access',
  'preparation',
  'opening',
  'discovery',
  'value',
  'objections',
  'closing',
  'relationship',
  'solutions',
  'records',
  'compliance',
] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

export interface Dimension {
  readonly id: DimensionId;
  readonly label: Localized;
  /** Section of the seed document the dimension comes from. */
  readonly seed: string;
}

export const DIMENSIONS: Readonly<Record<DimensionId, Dimension>> = {
  targeting: {
    id: 'targeting',
    seed: '1.1',
    label: { en: 'Market analysis and targeting', 'zh-CN': '市场分析与目标客户定位' },
  },
  access: { id: 'access', seed: '1.2.1', label: { en: 'Getting the visit', 'zh-CN': '获取拜访机会' } },
  preparation: { id: 'preparation', seed: '1.2.2', label: { en: 'Pre-visit preparation', 'zh-CN': '拜访前准备' } },
  opening: { id: 'opening', seed: '1.2.3', label: { en: 'Opening', 'zh-CN': '开场白' } },
  discovery: { id: 'discovery', seed: '1.2.3', label: { en: 'Needs discovery', 'zh-CN': '需求挖掘与信息收集' } },
  value: { id: 'value', seed: '1.2.3', label: { en: 'Value presentation', 'zh-CN': '价值呈现' } },
  objections: { id: 'objections', seed: '1.2.3', label: { en: 'Handling objections', 'zh-CN': '处理异议' } },
  closing: { id: 'closing', seed: '1.2.3', label: { en: 'Closing and next step', 'zh-CN': '结束与铺垫' } },
  relationship: {
    id: 'relationship',
    seed: '2.1',
    label: { en: 'Relationship maintenance', 'zh-CN': '建立与维护客户关系' },
  },
  solutions: {
    id: 'solutions',
    seed: '2.2',
    label: { en: 'Evolving needs, solutions, clinical feedback', 'zh-CN': '需求满足与价值深化' },
  },
  records: {
    id: 'records',
    seed: '2.3',
    label: { en: 'Profiles, analysis, review', 'zh-CN': '客户档案管理与数据分析' },
  },
  compliance: { id: 'compliance', seed: '3.3', label: { en: 'Compliance and ethics', 'zh-CN': '合规经营与职业道德' } },
};

export function isDimensionId(value: string): value is DimensionId {
  return (DIMENSION_IDS as readonly string[]).includes(value);
}
