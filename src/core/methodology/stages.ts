import type { DimensionId } from './dimensions';

export const SEGMENT_IDS = ['kol', 'director', 'clinician', 'resident', 'pharmacist'] as const;
export type SegmentId = (typeof SEGMENT_IDS)[number];

export const MOODS = ['neutral', 'pleased', 'sceptical', 'annoyed'] as const;
export type Mood = (typeof MOODS)[number];

export type StageId = 'appointment' | 'first_visit' | 'follow_up';

export interface Stage {
  readonly id: StageId;
  /** Scored when a story names no `# dimensions:`; compliance is always added as the gate. */
  readonly defaultDimensions: readonly DimensionId[];
  /** The phases of a visit at this stage, the first being where a visit starts. */
  readonly phases: readonly string[];
  /** Which phase a move in a dimension belongs to, so phases can follow moves when a story has no phase tags. */
  readonly phaseOfDimension: Partial<Record<DimensionId, string>>;
  /** The length the method asks for, in simulated minutes, where it asks for one. */
  readonly window?: { readonly min: number; readonly max: number; readonly scoredIn: DimensionId };
}

export const STAGES: Readonly<Record<StageId, Stage>> = {
  appointment: {
    id: 'appointment',
    defaultDimensions: ['access'],
    phases: ['approach', 'request', 'confirm'],
    phaseOfDimension: { access: 'request', closing: 'confirm' },
  },
  first_visit: {
    id: 'first_visit',
    defaultDimensions: ['opening', 'discovery', 'value', 'objections', 'closing'],
    phases: ['opening', 'discovery', 'presentation', 'objections', 'closing'],
    phaseOfDimension: {
      opening: 'opening',
      discovery: 'discovery',
      value: 'presentation',
      objections: 'objections',
      closing: 'closing',
    },
    window: { min: 15, max: 30, scoredIn: 'closing' },
  },
  follow_up: {
    id: 'follow_up',
    defaultDimensions: ['relationship', 'solutions', 'records'],
    phases: ['reconnect', 'review', 'deepen', 'closing'],
    phaseOfDimension: { relationship: 'reconnect', solutions: 'deepen', records: 'closing', closing: 'closing' },
  },
};

export const STAGE_IDS = Object.keys(STAGES) as StageId[];

export const isStageId = (value: string): value is StageId => value in STAGES;
export const isSegmentId = (value: string): value is SegmentId => (SEGMENT_IDS as readonly string[]).includes(value);
export const isMood = (value: string): value is Mood => (MOODS as readonly string[]).includes(value);
