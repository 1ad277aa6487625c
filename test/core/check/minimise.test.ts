import { describe, expect, it } from 'vitest';
import type { GraphEdge, StoryGraph } from '../../../src/core/check/explore';
import { minimiseGraph } from '../../../src/core/check/minimise';
import { choice, line } from '../../support/moves';

const good = choice({ index: 0, id: 'k.0.c-0', acts: ['discovery.open_question'] });
const poor = choice({ index: 1, id: 'k.0.c-1', acts: ['discovery.closed_question'] });
const end = (c = good, endReason = 'story_ended'): GraphEdge => ({ choice: c, lines: [], to: null, endReason });
const to = (node: number, c = good): GraphEdge => ({ choice: c, lines: [], to: node, endReason: null });
const graph = (...decisions: GraphEdge[][]): StoryGraph => ({
  opening: [],
  start: 0,
  decisions: decisions.map((edges) => ({ edges })),
});

describe('minimising a story graph for scoring', () => {
  it('makes one of decisions with the same moves to the same futures', () => {
    // Two decisions the search kept apart (say, rapport 50 and 55) that go on alike.
    const g = graph([to(1, good), to(2, poor)], [end()], [end()]);
    const m = minimiseGraph(g);
    expect(m.decisions).toHaveLength(2);
    expect(m.decisions[m.start as number].edges.map((e) => e.to)).toEqual([0, 0]);
  });

  it('keeps apart decisions whose moves or lines differ', () => {
    const said = { ...end(), lines: [line({ needs: ['renal'] })] };
    const m = minimiseGraph(graph([to(1), to(2, poor)], [end()], [said]));
    expect(m.decisions).toHaveLength(3);
    const left = minimiseGraph(graph([to(1), to(2, poor)], [end()], [end(good, 'patience_exhausted')]));
    expect(left.decisions).toHaveLength(3);
  });

  it('keeps the order of each decision’s moves, so paths read off it are paths of the story', () => {
    const m = minimiseGraph(graph([to(1, good), to(1, poor)], [end(poor), end(good)]));
    const first = m.decisions[m.start as number];
    expect(first.edges.map((e) => e.choice.index)).toEqual([0, 1]);
    expect(m.decisions[first.edges[0].to as number].edges.map((e) => e.choice.index)).toEqual([1, 0]);
  });

  it('gives back a graph with a cycle as it is', () => {
    const g = graph([to(1)], [to(0), end()]);
    expect(minimiseGraph(g)).toBe(g);
  });
});
