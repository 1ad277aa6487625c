import { execFile } from 'node:child_process';
import { relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixture } from '../support/stories';

const run = promisify(execFile);
const check = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/storiesCheck.ts', ...args]).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

describe('npm run stories:check', () => {
  it('passes a sound story and lists its endings', async () => {
    const { code, stdout } = await check(fixture('minimal.ink'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/ok {3}.*minimal\.ink: standard: \d+ states; best 73 \[1,1,1\], worst 0 \[2\]; 3 endings: /);
    expect(stdout).toMatch(/demanding: \d+ states/);
  });

  it('fails the folder of broken fixtures, with every problem as path:line: message', async () => {
    const { code, stdout } = await check(FIXTURES);
    expect(code).toBe(1);
    const dir = relative(process.cwd(), FIXTURES);
    expect(stdout).toContain(`${dir}/dead-end.ink:5: after choices 1: dead end`);
    expect(stdout).toContain(`${dir}/dead-end.ink:13: knot 'orphan' is never reached`);
    expect(stdout).toContain(`${dir}/no-act.ink:5: warning: choice has no # act: or # violation: tag`);
    expect(stdout).toContain(`${dir}/unknown-ids.ink:5: unknown act 'opening.bribe'`);
    expect(stdout).toContain(`${dir}/syntax-error.ink:5: Expected some kind of logic`);
    expect(stdout).not.toContain('_shared.ink: ');
    expect(stdout).toContain(`${dir}/no-act.ink: no path passes at standard`);
    expect(stdout).toContain(`${dir}/endless.ink:11: after choices 1: knot 'silent' ran 100,000 steps`);
    expect(stdout).toContain(`${dir}/endless.ink:17: after choices 2: knot 'chatter' ran 100,000 steps`);
    expect(stdout).toContain(
      `${dir}/many-choices.ink:6: warning: a decision offers 10 choices, but the number keys reach only 9`,
    );
    expect(stdout).toContain(`${dir}/runtime-errors.ink:9: after choices 3: a number in the line "Result Infinity."`);
    expect(stdout).toContain(
      `${dir}/missing-external.ink: at the start: EXTERNAL weather is not one the game provides`,
    );
    expect(stdout).toMatch(/6 of 17 stories passed the check \(.* s, \d+ jobs\)/);
  });

  it('refuses an option it does not know with exit 2 and the usage, checking nothing', async () => {
    const { code, stdout, stderr } = await check(fixture('minimal.ink'), '--bogus', '1');
    expect(code).toBe(2);
    expect(stderr).toContain('stories:check: unknown option --bogus\nusage: npm run stories:check');
    expect(stdout).toBe('');
  });

  it('fails a check the state bound stopped, since it is not complete', async () => {
    const { code, stdout } = await check(fixture('minimal.ink'), '--max-states', '2');
    expect(code).toBe(1);
    expect(stdout).toContain('stopped at the bound of 2: paths beyond it were not played');
    expect(stdout).toContain('the check stopped at its bound of 2 decisions (standard), so it is not complete');
  });
});
