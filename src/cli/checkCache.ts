import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FileCheck } from './checkFile';

const root = resolve(import.meta.dirname, '../..');
export const CHECK_CACHE = resolve(root, 'node_modules/.cache/reprounds/checks');

/** Every file whose code decides a check's result: a change to any of them makes every stored result stale. */
function codeDigest(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) hash.update(full.slice(root.length)).update(readFileSync(full));
    }
  };
  walk(resolve(root, 'src/core'));
  for (const file of ['src/cli/checkFile.ts', 'src/tools/compileInk.ts', 'package-lock.json'])
    hash.update(file).update(readFileSync(resolve(root, file)));
  return hash.digest('hex');
}

let digest: string | null = null;

/**
 * Results of `stories:check` stored by what they depend on (the story's sources, the bound, the checking
 * code), so a build checks only the stories that changed since they were last checked.
 */
export interface CheckCache {
  keyOf(sources: ReadonlyMap<string, string>, maxStates: number): string;
  get(key: string): FileCheck | null;
  set(key: string, result: FileCheck): void;
}

export function diskCheckCache(dir = CHECK_CACHE, reuse = true): CheckCache {
  return {
    keyOf: (sources, maxStates) => {
      digest ??= codeDigest();
      const hash = createHash('sha256').update(digest).update(String(maxStates));
      for (const [file, text] of [...sources].sort(([a], [b]) => a.localeCompare(b))) hash.update(file).update(text);
      return hash.digest('hex').slice(0, 32);
    },
    get: (key) => {
      if (!reuse) return null;
      try {
        return JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as FileCheck;
      } catch {
        return null;
      }
    },
    set: (key, result) => {
      try {
        mkdirSync(dir, { recursive: true });
        // Written whole, then renamed: a reader in another worker never sees half a result.
        const part = join(dir, `${key}.${process.pid}.part`);
        writeFileSync(part, JSON.stringify(result));
        renameSync(part, join(dir, `${key}.json`));
      } catch {
        // A cache that cannot be written only costs the next build a check.
      }
    },
  };
}
