import type { SourcePos } from '../ink/types';
import type { ActId } from '../methodology/acts';
import type { RuleId } from '../methodology/rules';
import type { JudgedAct } from '../scoring/judge';
import type { VisitContext } from './visitMachine';

export type TranscriptItem =
  | { readonly kind: 'line'; readonly speaker: string; readonly text: string }
  | {
      readonly kind: 'move';
      readonly turn: number;
      readonly text: string;
      readonly acts: readonly ActId[];
      /** The acts as the method counted them in context. */
      readonly judged: readonly JudgedAct[];
      readonly violations: readonly RuleId[];
      readonly minutes: number;
      readonly phase: string;
      readonly source: SourcePos | null;
    };

/** The visit as it happened: what was said, and each move with what it meant in the method. */
export function transcriptOf(context: Pick<VisitContext, 'transcript' | 'moves'>): TranscriptItem[] {
  return context.transcript.map((entry) => {
    if (entry.kind === 'line') return entry;
    const move = context.moves[entry.turn - 1];
    const { text, acts, violations, minutes, source } = move.choice;
    return {
      kind: 'move',
      turn: move.turn,
      text,
      acts,
      judged: move.judged,
      violations,
      minutes,
      phase: move.phase,
      source,
    };
  });
}
