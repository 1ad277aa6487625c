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

/**
 * The customer as the engine hands it to the story before each passage (the start, then after each move).
 * Raw ink is given the same values, so both sides play the very same lines: without them raw ink plays its
 * declared defaults, a different and shorter visit.
 */
const CUSTOMER_AT = (() => {
  const visit = VisitSession.start(story);
  const at = [visit.context.customer];
  for (const n of PATH) {
    visit.choose(n - 1);
    at.push(visit.context.customer);
  }
  return at.map(({ rapport, patience }) => ({ rapport, patience }));
})();

function rawStory(): Story {
  const ink = new Story(story.json);
  ink.BindExternalFunction('visit_minutes', () => 0, true);
  for (const name of ['remembers', 'promise_open']) ink.BindExternalFunction(name, () => false, true);
  ink.BindExternalFunction('visits_before', () => 0, true);
  return ink;
}

function tellCustomer(ink: Story, at: number): void {
  ink.variablesState.$('rapport', CUSTOMER_AT[at].rapport);
  ink.variablesState.$('patience', CUSTOMER_AT[at].patience);
}

/** One step: take the choice, set the customer, play on until the next choices are ready. */
function rawRun(samples: number[] | null, said?: string[]): void {
  const ink = rawStory();
  tellCustomer(ink, 0);
  ink.ContinueMaximally();
  PATH.forEach((n, i) => {
    const start = performance.now();
    ink.ChooseChoiceIndex(n - 1);
    tellCustomer(ink, i + 1);
    while (ink.canContinue) said ? said.push(ink.Continue() ?? '') : ink.Continue();
    void ink.currentChoices.length;
    samples?.push(performance.now() - start);
  });
}

// The comparison only holds while both sides tell the same visit.
{
  const said: string[] = [];
  rawRun(null, said);
  const visit = VisitSession.start(story);
  const told: string[] = [];
  for (const n of PATH) {
    visit.choose(n - 1);
    told.push(...visit.lines.map((l) => l.text));
  }
  const rawText = said.map((t) => t.trim()).filter(Boolean);
  if (rawText.join('\n') !== told.join('\n'))
    throw new Error('raw ink and the engine told different visits: the benchmark would compare unequal work');
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
