import { parseTag } from '../ink/tags';
import type { CompiledStory } from '../ink/types';
import { EMPTY_VIEW, withAssumptions } from '../memory/memory';
import { DIFFICULTIES, type Difficulty } from '../visit/difficulty';
import { VisitSession } from '../visit/visitSession';
import type { Diagnostic } from './diagnostics';
import { describePath, type Ending, type Exploration, exploreStory, shareExploration } from './explore';
import { memoryVariants } from './memoryVariants';
import { checkMoveTags, revealableNeeds } from './moveTags';
import { type ScoreRange, scoreRange } from './scoreRange';
import { findTags } from './tagScan';

const UNREACHED_KNOT = /^knot '.*' is never reached$/;

export interface ScoredEnding extends Ending {
  readonly total: number;
  readonly passed: boolean;
}

export interface CheckRun {
  readonly difficulty: Difficulty;
  readonly exploration: Exploration;
  /** Every ending found, with its first path scored. */
  readonly endings: readonly ScoredEnding[];
  /** Best and worst totals over every path; null when the search was stopped at its bound or no path ends. */
  readonly range: ScoreRange | null;
}

export interface StoryCheck {
  readonly diagnostics: readonly Diagnostic[];
  /** The exploration at each difficulty, from the memory the story assumes. */
  readonly runs: readonly CheckRun[];
}

/**
 * Plays every path of a story at each difficulty, from every memory its questions can meet, by the game's
 * own rules; scores every path; and reports, once, every problem any of the runs found.
 */
export function checkStory(story: CompiledStory, sources: ReadonlyMap<string, string>, maxStates?: number): StoryCheck {
  const { header } = story;
  const memory = withAssumptions(EMPTY_VIEW, header);
  const variants = memoryVariants(sources.values(), header).slice(1);
  const shared = shareExploration(story, [...sources.values()]);
  const runs: CheckRun[] = DIFFICULTIES.map((difficulty) => {
    const exploration = exploreStory(story, { maxStates, difficulty, memory, shared });
    const endings = exploration.endings.map((e) => {
      const report = VisitSession.replay(
        story,
        e.path.map((n) => n - 1),
        { difficulty, memory },
      ).report;
      return { ...e, total: report.total, passed: report.passed };
    });
    // A story that fails before any ending has no path to score; its failure is reported as it is.
    const scorable = exploration.complete && exploration.endings.length > 0;
    const range = scorable ? scoreRange(story, exploration.graph, memory) : null;
    return { difficulty, exploration, endings, range };
  });
  // The other memories count for reaching knots and endings, and their problems are reported too.
  // Each stops where its paths join the assumed memory's and read nothing the two memories answer differently.
  const others = runs.flatMap(({ difficulty, exploration: joinWith }) =>
    variants.map((view) => ({
      difficulty,
      exploration: exploreStory(story, { maxStates, difficulty, memory: view, shared, graph: false, joinWith }),
    })),
  );
  const all = [...runs, ...others];

  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const report = (d: Diagnostic) => {
    const key = `${d.file}:${d.line}:${d.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    diagnostics.push(d);
  };
  // A knot one difficulty or memory never reaches may be written for another: it is unreached only if none reaches it.
  const unreachedEverywhere = (d: Diagnostic) =>
    all.every((r) => r.exploration.diagnostics.some((o) => o.message === d.message && o.file === d.file));
  for (const { difficulty, exploration } of all) {
    for (const d of exploration.diagnostics) {
      if (UNREACHED_KNOT.test(d.message)) {
        if (unreachedEverywhere(d)) report(d);
      } else report(difficulty === 'standard' ? d : { ...d, message: `${d.message} (${difficulty})` });
    }
  }

  if (header.leavesTo && !story.knots[header.leavesTo])
    report({
      file: story.file,
      line: 1,
      severity: 'error',
      message: `# leaves_to: names knot '${header.leavesTo}', which the story does not have`,
    });
  const revealable = revealableNeeds(sources.values(), header);
  let root = true;
  for (const [file, source] of sources) {
    for (const d of checkMoveTags(file, source, root, header, revealable)) report(d);
    root = false;
  }

  const complete = all.every((r) => r.exploration.complete);
  if (complete) {
    const reached = new Set(all.flatMap((r) => r.exploration.endings.map((e) => e.id)));
    for (const [file, source] of sources) {
      for (const tag of findTags(source, false)) {
        const { key, value } = parseTag(tag.raw);
        if (key === 'ending' && !reached.has(value) && !seen.has(`ending:${value}`)) {
          seen.add(`ending:${value}`);
          diagnostics.push({ file, line: tag.line, severity: 'error', message: `ending '${value}' is never reached` });
        }
      }
    }
  }
  for (const { difficulty, range } of runs) {
    if (!range) continue;
    if (!range.bestPassing)
      report({
        file: story.file,
        line: null,
        severity: 'error',
        message: `no path passes at ${difficulty}: the best total is ${range.best.total} (${describePath(range.best.path)})`,
      });
    if (range.loops)
      report({
        file: story.file,
        line: null,
        severity: 'warning',
        message: `a path can come back to a decision with nothing changed (${difficulty})`,
      });
  }
  return { diagnostics, runs };
}
