import { parseTag } from '../ink/tags';
import { ACTS } from '../methodology/acts';
import { RULES } from '../methodology/rules';
import { findTags } from './tagScan';

/** The floors the scenario library must keep, as issue 4 of the project set them. */
export const FLOORS = { usesPerAct: 2, trapsPerRule: 1, endingsPerScenario: 3 } as const;

export interface Coverage {
  readonly scenarios: readonly string[];
  /** act id → scenario id → how many choices carry it */
  readonly acts: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly rules: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly endings: ReadonlyMap<string, readonly string[]>;
  /** Every floor the library is under, in words; empty when it keeps them all. */
  readonly shortfalls: readonly string[];
}

/**
 * Counts, from each scenario's source (one language: the others mirror it), which acts and rules its
 * choices carry and which endings it names, and checks the library's floors.
 */
export function measureCoverage(sources: ReadonlyMap<string, readonly string[]>): Coverage {
  const acts = new Map<string, Map<string, number>>(Object.keys(ACTS).map((id) => [id, new Map()]));
  const rules = new Map<string, Map<string, number>>(Object.keys(RULES).map((id) => [id, new Map()]));
  const endings = new Map<string, string[]>();
  for (const [scenario, texts] of sources) {
    const named = new Set<string>();
    texts.forEach((text, i) => {
      for (const tag of findTags(text, i === 0)) {
        const { key, value } = parseTag(tag.raw);
        const table = tag.place === 'choice' ? (key === 'act' ? acts : key === 'violation' ? rules : null) : null;
        const row = table?.get(value);
        if (row) row.set(scenario, (row.get(scenario) ?? 0) + 1);
        if (key === 'ending') named.add(value);
      }
    });
    endings.set(scenario, [...named].sort());
  }
  const total = (row: ReadonlyMap<string, number>) => [...row.values()].reduce((a, b) => a + b, 0);
  const shortfalls = [
    ...[...acts]
      .filter(([, row]) => total(row) < FLOORS.usesPerAct)
      .map(([id, row]) => `act ${id} is used ${total(row)} times (at least ${FLOORS.usesPerAct})`),
    ...[...rules].filter(([, row]) => total(row) < FLOORS.trapsPerRule).map(([id]) => `rule ${id} is never trapped`),
    ...[...endings]
      .filter(([, names]) => names.length < FLOORS.endingsPerScenario)
      .map(([id, names]) => `scenario ${id} has ${names.length} endings (at least ${FLOORS.endingsPerScenario})`),
  ];
  return { scenarios: [...sources.keys()], acts, rules, endings, shortfalls };
}

/** The act and rule by scenario table, as text: one column per scenario, numbered in a legend. */
export function formatCoverage(c: Coverage): string {
  const cols = c.scenarios.map((_, i) => String(i + 1).padStart(3));
  const width = Math.max(...[...c.acts.keys(), ...c.rules.keys()].map((k) => k.length)) + 2;
  const row = (id: string, cells: ReadonlyMap<string, number>) => {
    const counts = c.scenarios.map((s) => String(cells.get(s) ?? '·').padStart(3));
    const sum = [...cells.values()].reduce((a, b) => a + b, 0);
    return `${id.padEnd(width)}${counts.join('')}  ${String(sum).padStart(3)}`;
  };
  return [
    ...c.scenarios.map((s, i) => `${String(i + 1).padStart(3)}  ${s} (${c.endings.get(s)?.length ?? 0} endings)`),
    '',
    `${'act'.padEnd(width)}${cols.join('')}  all`,
    ...[...c.acts].map(([id, cells]) => row(id, cells)),
    '',
    `${'rule (trapped)'.padEnd(width)}${cols.join('')}  all`,
    ...[...c.rules].map(([id, cells]) => row(id, cells)),
  ].join('\n');
}
