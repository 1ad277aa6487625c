import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { formatDiagnostic, hasErrors } from '../core/check/diagnostics';
import { StoryError } from '../core/ink/adapter';
import {
  EMPTY_MEMORY,
  type Memory,
  MemoryFormatError,
  memoryViewFor,
  outcomeOf,
  readMemory,
  rememberVisit,
} from '../core/memory/memory';
import { ACTS } from '../core/methodology/acts';
import { isLocale, type Locale } from '../core/methodology/locale';
import { RULES } from '../core/methodology/rules';
import { formatReport } from '../core/scoring/formatReport';
import { formatSource } from '../core/scoring/formatSource';
import { isDifficulty } from '../core/visit/difficulty';
import { transcriptOf } from '../core/visit/transcript';
import { VisitSession } from '../core/visit/visitSession';
import { compileInkFile } from '../tools/compileInk';
import { type OptionSpec, parseArgs, UsageError } from './args';

const USAGE = `usage: npm run play -- <story.ink> [--choices 1,2,1] [--json] [--lang en|zh-CN]
                     [--difficulty standard|demanding] [--memory memory.json]
       npm run play -- --vocabulary
Plays the story, taking the Nth offered choice (1-based) at each decision, and prints the score report.
--memory reads what customers remember of earlier visits (a missing file is an empty memory) and writes it
back once the visit has ended, so visits can be played in sequence.`;

const OPTIONS: OptionSpec = {
  choices: 'value',
  json: 'flag',
  lang: 'value',
  difficulty: 'value',
  memory: 'value',
  vocabulary: 'flag',
  help: 'flag',
};

/** The visit could not be played as asked: the choices do not fit it, or the story failed. */
class PlayError extends Error {}

export function main(argv: readonly string[]): number {
  try {
    const { positional, options } = parseArgs(argv, OPTIONS);
    if (options.has('help')) return print(USAGE);
    if (options.has('vocabulary')) return print(vocabulary());
    if (positional.length !== 1) throw new UsageError('name one story file');
    const [file] = positional;
    const choices = parseChoices(options.get('choices'));
    const lang = options.get('lang');
    if (lang !== undefined && (typeof lang !== 'string' || !isLocale(lang)))
      throw new UsageError('--lang is en or zh-CN');
    const difficulty = options.get('difficulty') ?? 'standard';
    if (typeof difficulty !== 'string' || !isDifficulty(difficulty))
      throw new UsageError('--difficulty is standard or demanding');
    const memoryFile = options.get('memory');
    const memory = typeof memoryFile === 'string' ? loadMemory(memoryFile) : EMPTY_MEMORY;

    const compiled = compileInkFile(file);
    const [only] = compiled.diagnostics;
    // A file that is not a story at all (missing, a folder, not text) is one line.
    if (!compiled.story && compiled.diagnostics.length === 1 && only.line === null) return fail(formatDiagnostic(only));
    for (const d of compiled.diagnostics) console.error(formatDiagnostic(d));
    if (!compiled.story || hasErrors(compiled.diagnostics)) return fail(`${file}: the story does not compile`);
    const story = compiled.story;
    const scenario = basename(dirname(file));
    const customer = story.header.customer;
    const visit = VisitSession.start(story, {
      difficulty,
      scenario,
      memory: memoryViewFor(memory, customer, scenario),
    });
    choices.forEach((n, i) => {
      const where = `decision ${i + 1} (choice ${n})`;
      if (visit.failure) throw new PlayError(visit.failure);
      if (visit.ended) throw new PlayError(`${where}: the visit had already ended after ${i} choices`);
      if (n > visit.choices.length) {
        const offered = visit.choices.map((c, j) => `  ${j + 1}. ${c.text}`).join('\n');
        throw new PlayError(`${where}: choice ${n} was not offered; the choices were:\n${offered}`);
      }
      visit.choose(n - 1);
    });
    if (visit.failure) return fail(visit.failure);

    const report = visit.report;
    if (typeof memoryFile === 'string' && report.ended) {
      const after = rememberVisit(memory, customer, outcomeOf(report));
      writeFileSync(memoryFile, `${JSON.stringify(after, null, 2)}\n`);
    }
    const transcript = transcriptOf(visit.context);
    if (options.has('json')) {
      const { rapport, patience, state } = visit.context.customer;
      const json = {
        scenario: report.scenario,
        title: report.title,
        ended: report.ended,
        endReason: report.endReason,
        ending: report.ending,
        minutes: report.minutes,
        passed: report.passed,
        failures: report.failures,
        passMark: report.passMark,
        total: report.total,
        dimensions: report.dimensions,
        leftOut: report.leftOut,
        violations: report.violations.map((v) => ({ ...v, source: v.move ? formatSource(v.move.source) : null })),
        customer: { state, rapport, patience },
        promises: report.promises,
        promised: report.promised,
        transcript,
        choices: visit.choices.map((c) => c.text),
      };
      return print(JSON.stringify(json, null, 2));
    }
    const locale: Locale = (lang as Locale | undefined) ?? visit.header.lang;
    const lines = transcript.map((t) =>
      t.kind === 'line' ? `${t.speaker}: ${t.text}` : `\n> ${t.turn}. ${t.text}  [${t.acts.join(', ')}]\n`,
    );
    const next = visit.choices.map((c, j) => `  ${j + 1}. ${c.text}`);
    return print(
      [...lines, ...(next.length ? ['', ...next] : []), '', '—'.repeat(40), formatReport(report, locale)].join('\n'),
    );
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`play: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof PlayError || error instanceof StoryError || error instanceof MemoryFormatError)
      return fail(error.message);
    throw error;
  }
}

/** The memory file, or an empty memory when there is none yet; a damaged file is an error naming the place. */
function loadMemory(file: string): Memory {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_MEMORY;
    throw new PlayError(`--memory ${file}: ${(error as Error).message}`);
  }
  try {
    return readMemory(JSON.parse(text));
  } catch (error) {
    const why = error instanceof SyntaxError ? `not JSON (${error.message})` : (error as Error).message;
    throw new MemoryFormatError(`--memory ${file}: ${why}; the file is left as it is`);
  }
}

function parseChoices(value: string | true | undefined): number[] {
  if (value === undefined || value === true) return [];
  if (!/^\d+(,\d+)*$/.test(value.replace(/\s/g, ''))) {
    throw new UsageError('--choices takes 1-based choice numbers separated by commas, e.g. --choices 1,2,1');
  }
  const numbers = value.replace(/\s/g, '').split(',').map(Number);
  if (numbers.some((n) => n < 1)) throw new UsageError('--choices numbers start at 1');
  return numbers;
}

function vocabulary(): string {
  const acts = Object.values(ACTS).map((a) => `  ${a.polarity > 0 ? '+' : '-'} ${a.id.padEnd(36)} ${a.label.en}`);
  const rules = Object.values(RULES).map((r) => `    ${r.id.padEnd(36)} ${r.label.en}`);
  return ['Acts (# act:)', ...acts, '', 'Compliance rules (# violation:)', ...rules].join('\n');
}

function print(text: string): number {
  process.stdout.write(`${text}\n`);
  return 0;
}

function fail(message: string): number {
  process.stderr.write(`play: ${message}\n`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
