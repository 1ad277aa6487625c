import type { StoryChoice, StoryLine } from '../ink/types';
import type { GraphEdge, StoryGraph } from './explore';

/**
 * The same graph with decisions that offer the same moves, saying the same, to the same futures made one.
 * The search keeps apart decisions that differ in the customer's numbers, but where those never change
 * what comes next, scoring cannot tell them apart, and walking one of them is enough. A graph with a
 * cycle is given back as it is: the scoring walk reports the loop.
 */
export function minimiseGraph(graph: StoryGraph): StoryGraph {
  if (graph.start === null) return graph;
  const { decisions } = graph;
  const canonical = new Int32Array(decisions.length).fill(-1);
  const onPath = new Uint8Array(decisions.length);
  const byKey = new Map<string, number>();
  const reduced: { edges: GraphEdge[] }[] = [];
  const labels = new Labels();

  // Depth first, each decision after every decision it leads to.
  const stack: { node: number; next: number }[] = [{ node: graph.start, next: 0 }];
  onPath[graph.start] = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const edges = decisions[top.node].edges;
    if (top.next < edges.length) {
      const to = edges[top.next++].to;
      if (to === null || canonical[to] >= 0) continue;
      if (onPath[to]) return graph;
      onPath[to] = 1;
      stack.push({ node: to, next: 0 });
      continue;
    }
    stack.pop();
    onPath[top.node] = 0;
    const key = edges
      .map(
        (e) =>
          `${labels.ofChoice(e.choice)}>${labels.ofLines(e.lines)}>${e.endReason}>${e.to === null ? '' : canonical[e.to]}`,
      )
      .join(';');
    let id = byKey.get(key);
    if (id === undefined) {
      id = reduced.length;
      byKey.set(key, id);
      reduced.push({ edges: edges.map((e) => ({ ...e, to: e.to === null ? null : canonical[e.to] })) });
    }
    canonical[top.node] = id;
  }
  return { opening: graph.opening, start: canonical[graph.start], decisions: reduced };
}

/** Short names for what scoring reads of a choice or of lines; the search hands the same objects round. */
class Labels {
  private readonly choices = new Map<StoryChoice, number>();
  private readonly lines = new Map<readonly StoryLine[], number>();
  private readonly byText = new Map<string, number>();

  ofChoice(choice: StoryChoice): number {
    let n = this.choices.get(choice);
    if (n === undefined) {
      const { text: _text, source: _source, ...scored } = choice;
      n = this.name(`c${JSON.stringify(scored)}`);
      this.choices.set(choice, n);
    }
    return n;
  }

  ofLines(lines: readonly StoryLine[]): number {
    let n = this.lines.get(lines);
    if (n === undefined) {
      n = this.name(`l${JSON.stringify(lines.map(({ text: _text, ...scored }) => scored))}`);
      this.lines.set(lines, n);
    }
    return n;
  }

  private name(text: string): number {
    let n = this.byText.get(text);
    if (n === undefined) {
      n = this.byText.size;
      this.byText.set(text, n);
    }
    return n;
  }
}
