import { basename, dirname, relative, resolve } from 'node:path';
import { findStories } from '../cli/findStories';
import { formatDiagnostic } from '../core/check/diagnostics';
import { InkAdapter } from '../core/ink/adapter';
import type { ScenarioEntry } from '../core/ink/catalog';
import { compileInkFile } from './compileInk';

/** Reads every story under `storiesDir` into the scenario list; a story that does not compile is an error. */
export function buildCatalog(root: string, storiesDir = 'stories'): { entries: ScenarioEntry[]; files: string[] } {
  const byId = new Map<string, ScenarioEntry>();
  const files: string[] = [];
  for (const file of findStories(resolve(root, storiesDir))) {
    const result = compileInkFile(file, { root });
    files.push(...result.files);
    if (!result.story) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
    const header = new InkAdapter(result.story).header;
    const id = basename(dirname(file));
    const entry = byId.get(id) ?? {
      id,
      segment: header.segment,
      stage: header.stage,
      customer: header.customer,
      locales: {},
    };
    const path = `/${relative(root, file).split('\\').join('/')}`;
    byId.set(id, { ...entry, locales: { ...entry.locales, [header.lang]: { title: header.title, path } } });
  }
  return { entries: [...byId.values()].sort((a, b) => a.id.localeCompare(b.id)), files };
}
