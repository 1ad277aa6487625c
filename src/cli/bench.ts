import { performance } from 'node:perf_hooks';
// The baseline is raw inkjs itself: the one place outside the adapter that drives a Story, to measure it.
import { Story } from 'inkjs';
import { exploreStory } from '../core/check/explore';
import { bestPath, scoreRange } from '../core/check/scoreRange';
import { EMPTY_VIEW } from '../core/memory/memory';
import { VisitSession } from '../core/visit/visitSession';
import { compileInkFile } from '../tools/compileInk';

const STORY = 'stories/kol-cardiology-first-visit/en.ink';
const compiledStory = compileInkFile(STORY).story;
if (!compiledStory) throw new Error(`${STORY} does not compile: run npm run stories:check`);
/** The best path through the KOL visit, as the story check finds it. */
const PATH = bestPath(scoreRange(compiledStory, exploreStory(compiledStory).graph, EMPTY_VIEW)).path;
const WARMUP = 200;
const RUNS = Number(process.env.BENCH_RUNS ?? 1000);
const TARGET_RATIO = 1.5;

const story = compiledStory;

/** One step: take the choice, play on until the next choices are ready. */
function rawRun(samples: number[] | null): void {
  const ink = new Story(story.json);
  ink.BindExternalFunction('visit_minutes', () => 0, true);
  for (const name of ['remembers', 'promise_open']) ink.BindExternalFunction(name, () => false, true);
  ink.BindExternalFunction('visits_before', () => 0, true);
  ink.ContinueMaximally();
  for (const n of PATH) {
    const start = performance.now();
    ink.ChooseChoiceIndex(n - 1);
    while (ink.canContinue) ink.Continue();
    void ink.currentChoices.length;
    samples?.push(performance.now() - start);
  }
}

/** One step: choose, then the next choices are ready and the score is updated. */
function engineRun(samples: number[] | null): void {
  const visit = VisitSession.start(story);
  for (const n of PATH) {
    const start = performance.now();
    visit.choose(n - 1);
    void visit.choices.length;
    void visit.report.total;
    samples?.push(performance.now() - start);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)];
const micro = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;

for (let i = 0; i < WARMUP; i++) {
  rawRun(null);
  engineRun(null);
}
const raw: number[] = [];
const engine: number[] = [];
// Interleaved, so both meet the same machine state.
for (let i = 0; i < RUNS; i++) {
  rawRun(raw);
  engineRun(engine);
}
const ratio = median(engine) / median(raw);
console.log(`story ${STORY}, ${PATH.length} steps a run, ${RUNS} runs (${raw.length} steps each side)`);
console.log(`raw inkjs  ChooseChoiceIndex + Continue   median ${micro(median(raw))}   p95 ${micro(p95(raw))}`);
console.log(`engine     choose + choices + score        median ${micro(median(engine))}   p95 ${micro(p95(engine))}`);
console.log(
  `ratio engine/raw (median)  ${ratio.toFixed(2)}x   target at most ${TARGET_RATIO}x: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'}`,
);
