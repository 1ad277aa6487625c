import { mergeMemory } from '../../core/memory/memory';
import type { PersistedGame } from './persisted';
import { type FinishedVisit, MAX_FINISHED, type Settings, type VisitClaim, type VisitInProgress } from './slices';

/**
 * How two tabs share one save. Each tab keeps the game in memory and writes all of it; when another tab
 * writes, this tab merges what it reads into its own, by rules that give the same result on either side:
 * finished visits and customers' memory are joined (nothing finished is lost), settings follow the latest
 * change, and the visit in progress belongs to the tab that claimed it last.
 */
export function mergeGames(
  ours: PersistedGame,
  theirs: Partial<PersistedGame>,
  writer: string | null,
  me: string,
): PersistedGame {
  return {
    settings: theirs.settings ? laterSettings(ours.settings, theirs.settings) : ours.settings,
    finished: theirs.finished ? mergeFinished(ours.finished, theirs.finished) : ours.finished,
    visit: 'visit' in theirs ? mergeVisit(ours.visit, theirs.visit ?? null, writer, me) : ours.visit,
    memory: theirs.memory ? mergeMemory(ours.memory, theirs.memory) : ours.memory,
  };
}

const laterSettings = (a: Settings, b: Settings): Settings =>
  a.changedAt !== b.changedAt ? (a.changedAt > b.changedAt ? a : b) : canonical(a) >= canonical(b) ? a : b;

/** JSON with keys in order, so that the same content always reads the same whichever tab built it. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}

const keyOf = (f: FinishedVisit) => `${f.finishedAt}|${f.scenario}|${f.locale}|${f.choices.join(',')}`;

/** Every finished visit of either side, once, oldest first; the oldest drop off past the limit. */
export function mergeFinished(a: readonly FinishedVisit[], b: readonly FinishedVisit[]): FinishedVisit[] {
  const all = new Map<string, FinishedVisit>();
  for (const f of [...a, ...b]) if (!all.has(keyOf(f))) all.set(keyOf(f), f);
  const sorted = [...all.entries()].sort(
    ([ka, x], [kb, y]) => x.finishedAt - y.finishedAt || (ka < kb ? -1 : ka > kb ? 1 : 0),
  );
  return sorted.map(([, f]) => f).slice(-MAX_FINISHED);
}

/** Positive when claim `a` came after `b`; no claim comes before any. */
export function compareClaims(a: VisitClaim | null, b: VisitClaim | null): number {
  if (!a || !b) return (a ? 1 : 0) - (b ? 1 : 0);
  return a.at - b.at || (a.tab < b.tab ? -1 : a.tab > b.tab ? 1 : 0);
}

const claimOf = (visit: VisitInProgress | null) => visit?.owner ?? null;

/**
 * Which visit in progress stands: the one under the latest claim, in the words of the tab that holds it.
 * A tab's word on its own visit is final (when it has finished it, its "none" stands); another tab's copy
 * of it may be stale and never overrides it. An unclaimed visit follows whoever wrote last.
 */
export function mergeVisit(
  ours: VisitInProgress | null,
  theirs: VisitInProgress | null,
  writer: string | null,
  me: string,
): VisitInProgress | null {
  const order = compareClaims(claimOf(ours), claimOf(theirs));
  const latest = order >= 0 ? claimOf(ours) : claimOf(theirs);
  if (!latest) return theirs;
  if (latest.tab === me) return ours;
  if (writer === latest.tab) return theirs;
  // A third tab's copy of another's visit: the side that carries the latest claim, the longer if both do.
  if (order > 0) return ours;
  if (order < 0) return theirs;
  return (theirs?.log.moves.length ?? 0) > (ours?.log.moves.length ?? 0) ? theirs : ours;
}
