import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixture } from '../support/stories';

const run = promisify(execFile);
const play = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/play.ts', ...args], { cwd: process.cwd() }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

describe('npm run play', () => {
  it('plays the given choices and prints one JSON report', async () => {
    const { code, stdout } = await play(fixture('minimal.ink'), '--choices', '1,1,1', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({
      ended: true,
      ending: 'next_step_agreed',
      minutes: 15,
      passed: true,
      failures: [],
      violations: [],
      customer: { state: 'engaged', rapport: 75, patience: 50 },
      promises: [],
      promised: [],
    });
    expect(Object.keys(report.dimensions)).toEqual(['opening', 'discovery', 'closing', 'compliance']);
    expect(report.dimensions.opening).toMatchObject({ score: 100 });
    expect(report.transcript.filter((t: { kind: string }) => t.kind === 'move')).toHaveLength(3);
    expect(report.scenario).toBe('ink');
  });

  it('says "ended": false when the choices run out first, and lists the rule broken', async () => {
    const { stdout } = await play(fixture('minimal.ink'), '--choices', '1,3', '--json');
    const report = JSON.parse(stdout);
    expect(report.ended).toBe(false);
    expect(report.passed).toBe(false);
    expect(report.failures[0]).toEqual({ condition: 'not_ended' });
    expect(report.violations).toMatchObject([{ rule: 'improper_benefit', move: { turn: 2 } }]);
    expect(report.choices).toEqual(['Summarise and propose a next step', 'Leave']);
  });

  it('gives no verdict in the readable report of a visit that has not ended', async () => {
    const { stdout } = await play(fixture('minimal.ink'), '--choices', '1');
    expect(stdout).toContain('Not finished: no verdict yet');
    expect(stdout).not.toContain('Not passed');
    const ended = await play(fixture('minimal.ink'), '--choices', '2');
    expect(ended.stdout).toContain('Not passed');
  });

  it('prints a readable report in the story’s language, or the one asked for', async () => {
    const en = await play(fixture('minimal.ink'), '--choices', '1,1,1');
    expect(en.stdout).toContain('Total: ');
    const zh = await play(fixture('minimal.ink'), '--choices', '1,1,1', '--lang', 'zh-CN');
    expect(zh.stdout).toContain('总分');
  });

  it('exits non-zero on a choice that was not offered, naming what was', async () => {
    const { code, stderr } = await play(fixture('minimal.ink'), '--choices', '1,4');
    expect(code).toBe(1);
    expect(stderr).toContain('decision 2 (choice 4): choice 4 was not offered');
    expect(stderr).toContain('3. Offer a gift');
  });

  it('exits non-zero on a missing or broken story, with path:line', async () => {
    const missing = await play('nope.ink');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('play: nope.ink: no such file\n');
    const broken = await play(fixture('syntax-error.ink'));
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/syntax-error\.ink:5: Expected some kind of logic/);
  });

  it('exits non-zero on choices after the visit ended', async () => {
    const { code, stderr } = await play(fixture('minimal.ink'), '--choices', '2,1');
    expect(code).toBe(1);
    expect(stderr).toContain('the visit had already ended after 1 choices');
  });

  it('refuses an option it does not know, so a typo never plays silently: exit 2 with the usage', async () => {
    for (const args of [
      ['--choice', '2,1,3'],
      ['--bogus', '1'],
    ]) {
      const { code, stdout, stderr } = await play(fixture('minimal.ink'), ...args);
      expect(code).toBe(2);
      expect(stderr).toContain(`play: unknown option ${args[0]}\nusage: npm run play --`);
      expect(stdout).toBe('');
    }
    const flagWithValue = await play(fixture('minimal.ink'), '--json=yes');
    expect(flagWithValue.code).toBe(2);
    expect(flagWithValue.stderr).toContain('play: --json takes no value');
    const valueMissing = await play(fixture('minimal.ink'), '--difficulty');
    expect(valueMissing.code).toBe(2);
    expect(valueMissing.stderr).toContain('play: --difficulty needs a value');
  });

  it('prints a fault of the running story as play: file:line: message and exits 1, with no stack trace', async () => {
    const { code, stdout, stderr } = await play(fixture('runtime-errors.ink'), '--choices', '2');
    expect(code).toBe(1);
    expect(stderr).toBe(
      `play: ${relative(process.cwd(), fixture('runtime-errors.ink'))}:8: RANDOM was called with minimum as 5 and maximum as 1. The maximum must be larger\n`,
    );
    expect(stdout).toBe('');
    const external = await play(fixture('missing-external.ink'));
    expect(external.code).toBe(1);
    expect(external.stderr).toMatch(/^play: .*missing-external\.ink: EXTERNAL weather is not one the game provides/);
    expect(external.stderr).not.toMatch(/\n\s+at /);
  });

  it('says in one line that a folder or a binary file is not a story', async () => {
    const folder = await play('stories');
    expect(folder.code).toBe(1);
    expect(folder.stderr).toBe('play: stories: is a folder, not an ink file\n');
    const binary = await play('assets/audio/ui-click.ogg');
    expect(binary.code).toBe(1);
    expect(binary.stderr).toBe('play: assets/audio/ui-click.ogg: is not a text file: an ink story is UTF-8 text\n');
  });

  it('plays a story whose first line is an INCLUDE, with its header intact', async () => {
    const { code, stdout } = await play(fixture('include-first.ink'), '--choices', '1,1,1', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ title: 'Minimal visit, included first', ended: true });
  });

  it('plays visits in sequence with a memory file: a missing file is empty, and the visit is written back', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'reprounds-memory-')), 'memory.json');
    const first = JSON.parse((await play(fixture('memory.ink'), '--choices', '1', '--memory', file, '--json')).stdout);
    // With no earlier visit, the follow-up starts from what its header assumes.
    expect(first.promises).toEqual([{ id: 'renal_card', kept: true }]);
    const memory = JSON.parse(readFileSync(file, 'utf8'));
    expect(memory.customers.lin).toMatchObject([{ scenario: 'ink', kept: ['renal_card'], ending: 'kept' }]);
    const broken = join(tmpdir(), `reprounds-broken-${process.pid}.json`);
    writeFileSync(broken, '{"format": 1, "customers": {"lin": [{"seq": "x"}]}}');
    const bad = await play(fixture('memory.ink'), '--memory', broken);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--memory .*: memory\.customers\.lin\.0\./);
    expect(readFileSync(broken, 'utf8')).toContain('"seq": "x"');
  });
});
