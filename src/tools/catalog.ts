import { readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { findStories } from '../cli/findStories';
import { formatDiagnostic } from '../core/check/diagnostics';
import { revealableNeeds } from '../core/check/moveTags';
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
    const { header } = result.story;
    const needs = [
      ...revealableNeeds(
        result.files.map((f) => readFileSync(f, 'utf8')),
        { assumes: [] },
      ),
    ];
    const id = basename(dirname(file));
    const entry = byId.get(id) ?? {
      id,
      segment: header.segment,
      stage: header.stage,
      customer: header.customer,
      setting: header.setting,
      needs,
      locales: {},
    };
    const path = `/${relative(root, file).split('\\').join('/')}`;
    byId.set(id, { ...entry, locales: { ...entry.locales, [header.lang]: { title: header.title, path } } });
  }
  return { entries: [...byId.values()].sort((a, b) => a.id.localeCompare(b.id)), files };
}
