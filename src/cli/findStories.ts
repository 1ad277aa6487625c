import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Story files under a folder; files starting with `_` are INCLUDE pieces, not stories. */
export function findStories(path: string): string[] {
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = join(path, entry.name);
      if (entry.isDirectory()) return findStories(full);
      return entry.name.endsWith('.ink') && !entry.name.startsWith('_') ? [full] : [];
    });
}
