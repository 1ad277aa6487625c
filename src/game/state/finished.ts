import type { Locale } from '../../core/methodology/locale';
import type { ScoreReport } from '../../core/scoring/report';
import type { VisitContext } from '../../core/visit/visitMachine';
import type { FinishedVisit } from './slices';

/** What the game keeps of a finished visit: enough to replay its debrief exactly. */
export function finishedVisitOf(context: VisitContext, report: ScoreReport, locale: Locale, at: number): FinishedVisit {
  return {
    scenario: context.setup.scenario,
    locale,
    difficulty: context.setup.difficulty,
    storyVersion: context.setup.story.hash,
    choices: context.moves.map((m) => m.choice.index),
    total: report.total,
    passed: report.passed,
    finishedAt: at,
    memory: context.setup.memory,
  };
}
