import type { Plugin } from 'vite';
import { formatDiagnostic } from '../core/check/diagnostics';
import { buildCatalog } from './catalog';
import { compileInkFile } from './compileInk';

/** `import catalog from 'virtual:reprounds/catalog'`: every scenario's header, without loading the stories. */
export const CATALOG = 'virtual:reprounds/catalog';
const RESOLVED_CATALOG = `\0${CATALOG}`;

/**
 * Compiles `.ink` on import, in the build, the dev server and Vitest, into a module whose default export
 * is a `CompiledStory`. Any compiler error or warning, and any tag outside the contract, fails the build.
 */
export function inkPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'reprounds:ink',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
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
