import type { StoryChoice } from '../ink/types';
import type { ActId } from '../methodology/acts';
import type { Localized } from '../methodology/locale';

/** What scoring knows before a move is taken: enough to judge the move in its context. */
export interface JudgingContext {
  /** Needs revealed in this visit. */
  readonly needs: readonly { readonly id: string }[];
  /** Needs the customer revealed in earlier visits. */
  readonly remembered: readonly string[];
  /** The objection raised last, and whether the trainee acknowledged or explored it since. */
  readonly objection: { readonly id: string; readonly worked: boolean } | null;
  readonly openAtStart: readonly string[];
  readonly kept: readonly string[];
}

/** An act as the method counts it here: perhaps another act than the tag says, perhaps for less. */
export interface JudgedAct {
  readonly act: ActId;
  /** The act the story tagged; null for an act the engine adds (a promise kept). */
  readonly tagged: ActId | null;
  /** Share of the act's weight it can earn: a summary of nothing earns none, evidence before exploring half. */
  readonly factor: 1 | 0.5 | 0;
  readonly note: Localized | null;
  /** The promise a `relationship.promise_kept` keeps: each promise kept is its own topic. */
  readonly promise?: string;
}

export const NOTES = {
  needNotFound: {
    en: 'You presented this as the answer to a need, but the customer had not told you of that need, in this visit or an earlier one. A benefit tied to a need nobody established is a feature list in disguise: find the need first.',
    'zh-CN':
      '你把这一点说成是针对客户需求的，但客户在这次或以前的拜访中都没有提过这个需求。没有确认过的需求，所谓“针对性”其实就是变相罗列产品特点：先把需求挖出来。',
  },
  nothingToSummarise: {
    en: 'A summary earns points only when there is something to summarise: the customer had revealed no need in this visit.',
    'zh-CN': '总结要有内容才得分：这次拜访中客户还没有谈到任何需求。',
  },
  exploreFirst: {
    en: 'You answered the objection with data before acknowledging or exploring it, so the answer earns half. Listen, acknowledge, explore, then respond.',
    'zh-CN': '你还没有认可或探询客户的异议，就直接拿数据回应，所以只得一半分。先倾听、认可、探询，再回应。',
  },
  noPromiseOpen: {
    en: 'There was no open promise of this to the customer, so there was nothing to keep.',
    'zh-CN': '此前并没有对客户作过这项承诺，谈不上兑现。',
  },
} as const satisfies Record<string, Localized>;

const NEEDS_A_LINK: readonly ActId[] = ['value.need_linked', 'solutions.tailored'];
const WORKS_AN_OBJECTION: readonly ActId[] = ['objections.acknowledge', 'objections.explore'];

/** The move's acts as the method counts them in this context (methodology.md, "Scoring in context"). */
export function judgeMove(context: JudgingContext, choice: Pick<StoryChoice, 'acts' | 'links' | 'keeps'>): JudgedAct[] {
  const known = new Set([...context.needs.map((n) => n.id), ...context.remembered]);
  const keepsOpen = choice.keeps.filter((id) => context.openAtStart.includes(id) && !context.kept.includes(id));
  const judged: JudgedAct[] = [];
  for (const act of choice.acts) {
    if (NEEDS_A_LINK.includes(act) && (choice.links.length === 0 || choice.links.some((n) => !known.has(n)))) {
      judged.push({ act: 'value.feature_dump', tagged: act, factor: 1, note: NOTES.needNotFound });
    } else if (act === 'closing.summary' && known.size === 0) {
      judged.push({ act, tagged: act, factor: 0, note: NOTES.nothingToSummarise });
    } else if (
      act === 'objections.evidence_response' &&
      context.objection &&
      !context.objection.worked &&
      !choice.acts.some((a) => WORKS_AN_OBJECTION.includes(a))
    ) {
      judged.push({ act, tagged: act, factor: 0.5, note: NOTES.exploreFirst });
    } else if (act === 'relationship.promise_kept') {
      // Keeping a promise is measured from `# keeps:`; the tag alone earns only with an open promise behind it.
      if (keepsOpen.length === 0) judged.push({ act, tagged: act, factor: 0, note: NOTES.noPromiseOpen });
    } else {
      judged.push({ act, tagged: act, factor: 1, note: null });
    }
  }
  const tagged = choice.acts.includes('relationship.promise_kept');
  for (const promise of keepsOpen)
    judged.push({
      act: 'relationship.promise_kept',
      tagged: tagged ? 'relationship.promise_kept' : null,
      factor: 1,
      note: null,
      promise,
    });
  return judged;
}
