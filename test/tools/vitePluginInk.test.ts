import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { inkPlugin } from '../../src/tools/vitePluginInk';
import minimal from '../fixtures/ink/minimal.ink';

const root = resolve(import.meta.dirname, '../..');

/** Builds `entry` as a library; the build checks the stories in `check` (none by default). */
async function bundle(entry: string, check: string[] = []): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'reprounds-build-'));
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [inkPlugin({ check })],
    build: { outDir, lib: { entry: resolve(root, entry), formats: ['es'], fileName: 'out' }, minify: false },
  });
  return readdirSync(outDir)
    .map((f) => readFileSync(join(outDir, f), 'utf8'))
    .join('\n');
}

describe('the ink Vite plugin', () => {
  it('compiles .ink on import, here in Vitest', () => {
    expect(minimal.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(Object.keys(minimal.knots)).toContain('wrap_up');
  });

  it('builds a bundle that carries the compiled story and the ink runtime, not the compiler', async () => {
    const code = await bundle('test/fixtures/build/good.ts');
    expect(code).toContain('Dr Lin looks up.');
    expect(code).toContain('ChooseChoiceIndex');
    expect(code).not.toContain('InkParser');
    expect(code).not.toContain('Compilation failed');
  });

  it('fails the build on a story that loops, with the loop at its file and line, as stories:check does', async () => {
    const file = 'test/fixtures/ink/endless.ink';
    await expect(bundle('test/fixtures/build/good.ts', [file])).rejects.toThrow(
      new RegExp(`${file.replaceAll('.', '\\.')}:\\d+: .*knot 'silent' ran 100,000 steps`),
    );
  });

  it('fails the build on a broken story, naming its file and line', async () => {
    const file = relative(root, resolve(root, 'test/fixtures/ink/unknown-ids.ink'));
    await expect(bundle('test/fixtures/build/broken.ts')).rejects.toThrow(`${file}:5: unknown act 'opening.bribe'`);
  });
});
