/**
 * Two story states are one when they differ only in bookkeeping the story never reads: turn numbers, and
 * the visit counts of containers no condition, once-only choice or sequence looks at.
 */
export function stateKey(
  inkState: string,
  minutes: number,
  relevant: ReadonlySet<string> | null,
  onReentry: (container: string) => void,
): string {
  if (relevant === null) return hash(`${minutes}|${inkState}`);
  const { turnIndices: _t, turnIdx: _i, visitCounts = {}, flows, ...rest } = JSON.parse(inkState);
  for (const [path, count] of Object.entries(visitCounts as Record<string, number>)) if (count > 1) onReentry(path);
  const counts = [...relevant].map((path) => visitCounts[path] ?? 0);
  // Output is cleared by the next Continue, and thread numbers are only names.
  const flowKeys = Object.entries(flows as Record<string, InkFlowJson>).map(([name, flow]) => {
    const threads = flow.callstack.threads.map(({ threadIndex: _n, ...thread }) => thread);
    return [name, threads, flow.currentChoices];
  });
  return hash(`${minutes}|${counts.join(',')}|${JSON.stringify(flowKeys)}|${JSON.stringify(rest)}`);
}

/** A 106-bit string hash (two 53-bit cyrb53 runs): keeps the seen-set small with no practical collision. */
function hash(text: string): string {
  const run = (seed: number) => {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  };
  return `${run(1).toString(36)}.${run(2).toString(36)}`;
}

interface InkFlowJson {
  readonly callstack: { readonly threads: readonly Record<string, unknown>[] };
  readonly currentChoices: unknown;
}
