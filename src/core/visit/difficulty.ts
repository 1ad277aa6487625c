import type { Localized } from '../methodology/locale';

/**
 * How hard the customer makes a visit. A story declares `VAR difficulty = 1` and reads it (patience,
 * scepticism, time pressure); the engine sets it before the first line, so one file plays at every level.
 */
export const DIFFICULTIES = ['standard', 'demanding'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const DIFFICULTY_LEVEL: Readonly<Record<Difficulty, number>> = { standard: 1, demanding: 2 };

export const DIFFICULTY_LABEL: Readonly<Record<Difficulty, Localized>> = {
  standard: { en: 'Standard', 'zh-CN': '标准' },
  demanding: { en: 'Demanding', 'zh-CN': '高难度' },
};

export const isDifficulty = (value: string): value is Difficulty => (DIFFICULTIES as readonly string[]).includes(value);
