import type { StoryHeader } from '../ink/types';
import { EMPTY_VIEW, type MemoryView, remembers, withAssumptions } from '../memory/memory';

const ASKS = /\b(remembers|promise_open)\s*\(\s*"([a-z][a-z0-9_]*)"\s*\)/g;

/**
 * The memories a story's questions can meet: the one it assumes (what a trainee playing it from the
 * library gets), no memory at all, and each answer it asks about turned the other way.
 */
export function memoryVariants(sources: Iterable<string>, header: Pick<StoryHeader, 'assumes'>): MemoryView[] {
  const asked = { remembers: new Set<string>(), promise_open: new Set<string>(), visits: false };
  for (const source of sources) {
    for (const m of source.matchAll(ASKS)) asked[m[1] as 'remembers' | 'promise_open'].add(m[2]);
    if (/\bvisits_before\s*\(/.test(source)) asked.visits = true;
  }
  const base = withAssumptions(EMPTY_VIEW, header);
  const variants: MemoryView[] = [base];
  const add = (view: MemoryView) => {
    if (!variants.some((v) => JSON.stringify(v) === JSON.stringify(view))) variants.push(view);
  };
  if (asked.remembers.size || asked.promise_open.size || asked.visits) add(EMPTY_VIEW);
  for (const id of asked.remembers) {
    add(
      remembers(base, id)
        ? {
            ...base,
            needs: base.needs.filter((n) => n.id !== id),
            promised: base.promised.filter((p) => p !== id),
            openPromises: base.openPromises.filter((p) => p !== id),
          }
        : { ...base, visits: Math.max(1, base.visits), needs: [...base.needs, { id, text: '' }] },
    );
  }
  for (const id of asked.promise_open) {
    add(
      base.openPromises.includes(id)
        ? { ...base, openPromises: base.openPromises.filter((p) => p !== id) }
        : {
            ...base,
            visits: Math.max(1, base.visits),
            openPromises: [...base.openPromises, id],
            promised: [...new Set([...base.promised, id])],
          },
    );
  }
  if (asked.visits) add({ ...base, visits: base.visits > 0 ? 0 : 1 });
  return variants;
}
