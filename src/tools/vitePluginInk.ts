import type { Plugin } from 'vite';
import { formatDiagnostic } from '../core/check/diagnostics';
import { compileInkFile } from './compileInk';

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
    load(id) {
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
