import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { findStories } from '../cli/findStories';
import { formatDiagnostic } from '../core/check/diagnostics';
import { buildCatalog } from './catalog';
import { compileInkFile } from './compileInk';

/** `import catalog from 'virtual:reprounds/catalog'`: every scenario's header, without loading the stories. */
export const CATALOG = 'virtual:reprounds/catalog';
const RESOLVED_CATALOG = `\0${CATALOG}`;

/** The bound `stories:check` plays to by default; the build checks to the same. */
const MAX_STATES = 250_000;

/**
 * Compiles `.ink` on import, in the build, the dev server and Vitest, into a module whose default export
 * is a `CompiledStory`. Any compiler error or warning, and any tag outside the contract, fails the build.
 * The build also runs `stories:check` on every story it has not checked as it stands (results are kept
 * by the story's sources), so a story that loops, dead-ends or cannot pass never ships.
 */
export function inkPlugin(options: { readonly check?: readonly string[] } = {}): Plugin {
  let root = process.cwd();
  let building = false;
  return {
    name: 'reprounds:ink',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
    },
    async buildStart() {
      if (!building) return;
      const files = (options.check ?? ['stories'])
        .flatMap((path) => findStories(resolve(root, path)))
        .map((f) => relative(process.cwd(), f));
      // Loaded only when building, through tsx: the checker is not bundled into Vite's config.
      const { tsImport } = await import('tsx/esm/api');
      const { checkAll }: typeof import('../cli/checkPool') = await tsImport('../cli/checkPool.ts', import.meta.url);
      const started = Date.now();
      let told = started;
      // Stories checked before come back at once; a line every few seconds shows the others' progress.
      const results = await checkAll(files, {
        maxStates: MAX_STATES,
        jobs: Math.min(availableParallelism(), files.length),
        cache: { reuse: true },
        onResult: (_, done) => {
          if (Date.now() - told < 3000) return;
          told = Date.now();
          this.info(`stories:check: ${done} of ${files.length} stories checked`);
        },
      });
      const seconds = (Date.now() - started) / 1000;
      if (seconds > 3) this.info(`stories:check: ${files.length} stories checked in ${seconds.toFixed(1)} s`);
      const failed = results.filter((r) => !r.ok);
      if (failed.length) {
        this.error(
          `stories:check: ${failed.length} of ${files.length} stories fail:\n${failed.map((r) => r.text).join('\n')}`,
        );
      }
    },
    resolveId(id) {
      return id === CATALOG ? RESOLVED_CATALOG : null;
    },
    load(id) {
      if (id === RESOLVED_CATALOG) {
        const { entries, files } = buildCatalog(root);
        for (const file of files) this.addWatchFile(file);
        return `export default ${JSON.stringify(entries)};`;
      }
      const [file] = id.split('?', 1);
      if (!file.endsWith('.ink')) return null;
      const result = compileInkFile(file, { root });
      for (const included of result.files) this.addWatchFile(included);
      if (!result.story || result.diagnostics.length > 0) {
        this.error(`ink: ${file}\n${result.diagnostics.map(formatDiagnostic).join('\n')}`);
      }
      return { code: `export default ${JSON.stringify(result.story)};`, map: null };
    },
  };
}
