import type { DebriefView } from '../../core/scoring/debrief';
import type { FlatKey } from '../i18n/strings';
import { type OpenGuide, reportSoFarSection } from './debriefPanel';
import { el } from './dom';
import type { PanelAction } from './visitPanel';

type Say = (key: FlatKey, params?: Record<string, string | number>) => string;

/** What the visit panel says and offers when a visit stops: the words and buttons of each way it can. */
export interface Stop {
  readonly notices: readonly (string | Node)[];
  readonly actions: readonly PanelAction[];
  /** What is kept with a visit set aside, beside the visit itself. */
  readonly reason: string;
}

export function endedStop(say: Say, toDebrief: () => void): Stop {
  return {
    notices: [say('visitEnded')],
    actions: [{ text: say('toDebrief'), run: toDebrief, testid: 'continue' }],
    reason: '',
  };
}

/**
 * The story failed mid-visit, or a saved visit's moves no longer fit it: the player is told in plain
 * words, the trainer where and what, and the report up to that point is shown.
 */
export function brokenStop(
  say: Say,
  { failure, failedOn }: { failure: string | null; failedOn: 'story' | 'saved-moves' | null },
  soFar: DebriefView,
  guide: OpenGuide,
): Omit<Stop, 'actions'> {
  const words = {
    compliance: say('compliance'),
    transcript: say('transcript'),
    replayFrom: say('replayFrom'),
    soFar: say('reportSoFar'),
  };
  const trainer = say('forTrainer', { detail: failure ?? '' });
  const told = say(failedOn === 'saved-moves' ? 'visitDamaged' : 'visitBroken');
  return {
    notices: [
      told,
      el('p', { className: 'notice trainer', testid: 'trainer-detail', text: trainer }),
      reportSoFarSection(soFar, words, guide),
    ],
    reason: `${told} ${trainer}`,
  };
}

/** A visit set aside: back to the hospital, and the visit kept for download when there is one. */
export function asideActions(say: Say, toHospital: () => void, download: (() => void) | null): PanelAction[] {
  const back = { text: say('toHospital'), run: toHospital, testid: 'continue' };
  return download ? [back, { text: say('visitExport'), run: download, testid: 'visit-export' }] : [back];
}

export function takenOverStop(say: Say, takeBack: () => void, toHospital: () => void): Stop {
  return {
    notices: [say('visitTakenOver')],
    actions: [
      { text: say('takeOver'), run: takeBack, testid: 'take-over' },
      { text: say('toHospital'), run: toHospital, testid: 'to-hospital' },
    ],
    reason: '',
  };
}
