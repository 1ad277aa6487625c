import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { FLOORS, formatCoverage, measureCoverage } from '../core/check/coverage';

/** Each scenario's English story and the files it INCLUDEs, the language the coverage is read from. */
function scenarioSources(root: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const entry of readdirSync(root, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const main = join(root, entry.name, 'en.ink');
    if (!entry.isDirectory() || !existsSync(main)) continue;
    const text = readFileSync(main, 'utf8');
    const includes = [...text.matchAll(/^\s*INCLUDE\s+(.+?)\s*$/gm)].map((m) =>
      readFileSync(resolve(dirname(main), m[1]), 'utf8'),
    );
    out.set(entry.name, [text, ...includes]);
  }
  return out;
}

const coverage = measureCoverage(scenarioSources(process.argv[2] ?? 'stories'));
console.log(formatCoverage(coverage));
console.log('');
if (coverage.shortfalls.length) {
  console.log(
    `Under the floors (every act ${FLOORS.usesPerAct}+ times, every rule trapped, ${FLOORS.endingsPerScenario}+ endings a scenario):`,
  );
  for (const s of coverage.shortfalls) console.log(`  ${s}`);
  process.exitCode = 1;
} else console.log(`The library keeps every floor across ${coverage.scenarios.length} scenarios.`);
