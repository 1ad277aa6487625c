import { longestChoice, playWith, tagReader } from '../core/check/bots';
import { exploreStory } from '../core/check/explore';
import { bestPath, scoreRange } from '../core/check/scoreRange';
import { EMPTY_VIEW, withAssumptions } from '../core/memory/memory';
import { compileInkFile } from '../tools/compileInk';
import { findStories } from './findStories';

/**
 * How two bots fare against a scenario's best path: the one that always takes the longest choice must
 * pass nothing, the one that takes the most immediate points should fall at least 15 below the best.
 */
const files = (process.argv.length > 2 ? process.argv.slice(2) : ['stories']).flatMap(findStories);
console.log('best  tag-reader  gap  longest  story');
for (const file of files) {
  const story = compileInkFile(file).story;
  if (!story) {
    console.log(`does not compile: ${file}`);
    continue;
  }
  const graph = exploreStory(story).graph;
  const best = bestPath(scoreRange(story, graph, withAssumptions(EMPTY_VIEW, story.header))).total;
  const greedy = playWith(story, tagReader);
  const longest = playWith(story, longestChoice);
  const gap = best - greedy.report.total;
  console.log(
    `${String(best).padStart(4)}  ${String(greedy.report.total).padStart(10)}  ${String(gap).padStart(3)}${gap >= 15 ? ' ' : '!'} ${String(longest.report.total).padStart(7)}${longest.report.passed ? ' PASSED' : '       '}  ${file} [${greedy.path.join(',')}]`,
  );
}
