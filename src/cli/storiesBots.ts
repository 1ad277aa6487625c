import { longestChoice, longestOnPath, mostMethodWords, playWith, tagReader } from '../core/check/bots';
import { exploreStory } from '../core/check/explore';
import { techniquesNamed } from '../core/check/methodWords';
import { bestPath, scoreRange } from '../core/check/scoreRange';
import { EMPTY_VIEW, withAssumptions } from '../core/memory/memory';
import { compileInkFile } from '../tools/compileInk';
import { findStories } from './findStories';

/**
 * How the bots fare against a scenario's best path: the ones that read only the words (the longest
 * choice, the most method words) must pass nothing; the one that takes the most immediate points should
 * fall at least 15 below the best. Then how often the best choice is the longest offered (at most a
 * third of decisions), and every choice that names a technique of the method (none should).
 */
const files = (process.argv.length > 2 ? process.argv.slice(2) : ['stories']).flatMap(findStories);
const cell = (n: number | string, width: number) => String(n).padStart(width);
console.log('best  tag-reader  gap  longest  method-words  best-is-longest  story');
const named: string[] = [];
for (const file of files) {
  const story = compileInkFile(file).story;
  if (!story) {
    console.log(`does not compile: ${file}`);
    continue;
  }
  const graph = exploreStory(story).graph;
  const best = bestPath(scoreRange(story, graph, withAssumptions(EMPTY_VIEW, story.header)));
  const greedy = playWith(story, tagReader);
  const gap = best.total - greedy.report.total;
  const [longest, wordy] = [longestChoice, mostMethodWords].map((bot) => playWith(story, bot).report);
  const share = longestOnPath(story, best.path);
  const passed = (r: typeof longest) => `${cell(r.total, 3)}${r.passed ? ' PASSED' : '       '}`;
  const ratio = `${share.longest}/${share.decisions}${share.longest * 3 > share.decisions ? '!' : ' '}`;
  console.log(
    `${cell(best.total, 4)}  ${cell(greedy.report.total, 10)}  ${cell(gap, 3)}${gap >= 15 ? ' ' : '!'} ${passed(longest)} ${passed(wordy)}    ${cell(ratio, 13)}  ${file} [${greedy.path.join(',')}]`,
  );
  for (const edges of graph.decisions.map((d) => d.edges)) {
    for (const { choice } of edges) {
      const words = techniquesNamed(choice.text);
      if (words.length) named.push(`${file}: ${words.join(', ')}: ${choice.text}`);
    }
  }
}
if (named.length) console.log(`\nChoices that name a technique:\n${[...new Set(named)].join('\n')}`);
