import type { SourcePos } from '../ink/types';
import { ACTS } from '../methodology/acts';
import { DIMENSIONS } from '../methodology/dimensions';
import type { Locale } from '../methodology/locale';
import type { ScoreReport } from './report';

const WORDS = {
  en: {
    passed: 'PASSED',
    failed: 'NOT PASSED',
    total: 'Total',
    passMark: 'pass mark',
    minutes: 'minutes',
    notEnded: 'The visit has not ended: the choices ran out first.',
    compliance: 'Compliance',
    clean: 'no violation',
    leftOut: 'Not scored in this scenario',
    turn: (n: number) => `move ${n}`,
    visit_length: 'Visit length',
    violation: 'Violation',
  },
  'zh-CN': {
    passed: '通过',
    failed: '未通过',
    total: '总分',
    passMark: '及格线',
    minutes: '分钟',
    notEnded: '拜访尚未结束：选择已用完。',
    compliance: '合规',
    clean: '无违规',
    leftOut: '本场景不评分的维度',
    turn: (n: number) => `第${n}步`,
    visit_length: '拜访时长',
    violation: '违规',
  },
} as const;

export const formatSource = (source: SourcePos | null): string => (source ? `${source.file}:${source.line}` : '');

/** The score report as plain text for a terminal, in one language. */
export function formatReport(report: ScoreReport, locale: Locale): string {
  const w = WORDS[locale];
  const out: string[] = [];
  out.push(`${report.title} — ${report.passed ? w.passed : w.failed}`);
  out.push(`${w.total}: ${report.total}/100 (${w.passMark} ${report.passMark}) · ${report.minutes} ${w.minutes}`);
  if (!report.ended) out.push(w.notEnded);
  out.push('');
  out.push(`${w.compliance}: ${report.violations.length ? '' : w.clean}`);
  for (const v of report.violations) {
    out.push(`  ✗ ${v.rule} — ${v.label[locale]}`);
    out.push(`    ${w.turn(v.move.turn)}: "${v.move.text}" (${formatSource(v.move.source)})`);
    out.push(`    ${v.feedback[locale]}`);
  }
  for (const [id, dim] of Object.entries(report.dimensions)) {
    if (id === 'compliance' || !dim) continue;
    out.push('');
    out.push(`${DIMENSIONS[id as keyof typeof DIMENSIONS].label[locale]} (${id}): ${dim.score}/100`);
    for (const e of dim.evidence) {
      const sign = e.points > 0 ? `+${e.points}` : `${e.points}`;
      const what = e.kind === 'act' ? `${ACTS[e.act].label[locale]} [${e.act}]` : w[e.fact];
      out.push(`  ${sign.padStart(4)}  ${what}`);
      if (e.move) out.push(`        ${w.turn(e.move.turn)}: "${e.move.text}" (${formatSource(e.move.source)})`);
      out.push(`        ${e.feedback[locale]}`);
      if (e.note) out.push(`        ${e.note[locale]}`);
    }
  }
  if (report.leftOut.length) out.push('', `${w.leftOut}: ${report.leftOut.join(', ')}`);
  return out.join('\n');
}
