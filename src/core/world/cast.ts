import type { Localized } from '../methodology/locale';
import type { SegmentId } from '../methodology/stages';

/** A customer of the hospital, by the speaker id the stories use. */
export interface Customer {
  readonly id: string;
  readonly name: Localized;
  readonly segment: SegmentId;
  readonly department: Localized;
  /** The room of the floor plan where the customer works. */
  readonly room: string;
}

export const CAST: Readonly<Record<string, Customer>> = {
  zhou: {
    id: 'zhou',
    name: { en: 'Prof. Zhou Minghua', 'zh-CN': '周明华教授' },
    segment: 'kol',
    department: { en: 'Cardiology — arrhythmia service', 'zh-CN': '心内科 · 心律失常专业' },
    room: 'arrhythmia',
  },
};

/** The customer a scenario visits; a story without a known customer still gets a card from its header. */
export function customerOf(id: string | null, segment: SegmentId): Customer {
  if (id && CAST[id]) return CAST[id];
  return {
    id: id ?? 'customer',
    name: { en: id ?? 'Customer', 'zh-CN': id ?? '客户' },
    segment,
    department: { en: '—', 'zh-CN': '—' },
    room: 'meeting',
  };
}
