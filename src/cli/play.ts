import { formatDiagnostic, hasErrors } from '../core/check/diagnostics';
import { StoryError } from '../core/ink/adapter';
import { ACTS } from '../core/methodology/acts';
import { isLocale, type Locale } from '../core/methodology/locale';
import { RULES } from '../core/methodology/rules';
import { formatReport, formatSource } from '../core/scoring/formatReport';
import { isDifficulty } from '../core/visit/difficulty';
import { transcriptOf } from '../core/visit/transcript';
import { VisitSession } from '../core/visit/visitSession';
import { compileInkFile } from '../tools/compileInk';
import { parseArgs, UsageError } from './args';

const USAGE = `usage: npm run play -- <story.ink> [--choices 1,2,1] [--json] [--lang en|zh-CN] [--difficulty standard|demanding]
       npm run play -- --vocabulary
Plays the story, taking the Nth offered choice (1-based) at each decision, and prints the score report.`;

export function main(argv: readonly string[]): number {
  try {
    const { positional, options } = parseArgs(argv, ['json', 'vocabulary', 'help']);
    if (options.has('help')) return print(USAGE);
    if (options.has('vocabulary')) return print(vocabulary());
    if (positional.length !== 1) throw new UsageError(`name one story file\n${USAGE}`);
    const [file] = positional;
    const choices = parseChoices(options.get('choices'));
    const lang = options.get('lang');
    if (lang !== undefined && (typeof lang !== 'string' || !isLocale(lang)))
      throw new UsageError('--lang is en or zh-CN');

    const compiled = compileInkFile(file);
    for (const d of compiled.diagnostics) console.error(formatDiagnostic(d));
    if (!compiled.story || hasErrors(compiled.diagnostics)) return fail(`${file}: the story does not compile`);

    const difficulty = options.get('difficulty') ?? 'standard';
    if (typeof difficulty !== 'string' || !isDifficulty(difficulty))
      throw new UsageError('--difficulty is standard or demanding');
    const visit = VisitSession.start(compiled.story, difficulty);
    choices.forEach((n, i) => {
      const where = `decision ${i + 1} (choice ${n})`;
      if (visit.ended) throw new UsageError(`${where}: the visit had already ended after ${i} choices`);
      if (n > visit.choices.length) {
        const offered = visit.choices.map((c, j) => `  ${j + 1}. ${c.text}`).join('\n');
        throw new UsageError(`${where}: choice ${n} was not offered; the choices were:\n${offered}`);
      }
      visit.choose(n - 1);
    });

    const report = visit.report;
    if (options.has('json')) {
      const { scenario, title, ended, endReason, ending, minutes, passed, passMark, total, dimensions, leftOut } =
        report;
      const violations = report.violations.map((v) => ({ ...v, source: formatSource(v.move.source) }));
      const transcript = transcriptOf(visit.context);
      const next = visit.choices.map((c) => c.text);
      const json = { scenario, title, ended, endReason, ending, minutes, passed, passMark, total, dimensions, leftOut };
      return print(JSON.stringify({ ...json, violations, transcript, choices: next }, null, 2));
    }
    const locale: Locale = (lang as Locale | undefined) ?? visit.header.lang;
    const lines = transcriptOf(visit.context).map((t) =>
      t.kind === 'line' ? `${t.speaker}: ${t.text}` : `\n> ${t.turn}. ${t.text}  [${t.acts.join(', ')}]\n`,
    );
    const next = visit.choices.map((c, j) => `  ${j + 1}. ${c.text}`);
    return print(
      [...lines, ...(next.length ? ['', ...next] : []), '', '—'.repeat(40), formatReport(report, locale)].join('\n'),
    );
  } catch (error) {
    if (error instanceof UsageError || error instanceof StoryError) return fail(error.message);
    throw error;
  }
}

function parseChoices(value: string | true | undefined): number[] {
  if (value === undefined) return [];
  if (value === true || !/^\d+(,\d+)*$/.test(value.replace(/\s/g, ''))) {
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
