import type { Locale } from '../methodology/locale';
import type { TranscriptItem } from '../visit/transcript';
import { debriefOf } from './debrief';
import type { ScoreReport } from './report';

const HEAD = { en: { total: 'Total', compliance: 'Compliance' }, 'zh-CN': { total: '总分', compliance: '合规' } };

/** The debrief as plain text for a terminal, in one language: the same view the game's debrief renders. */
export function formatReport(report: ScoreReport, locale: Locale, transcript: readonly TranscriptItem[] = []): string {
  const view = debriefOf(report, transcript, locale);
  const h = HEAD[locale];
  const out: string[] = [];
  out.push(`${view.title} — ${view.verdict}`);
  out.push(`${h.total}: ${view.total}/100`);
  for (const f of view.failures) out.push(`  ✗ ${f}`);
  out.push('', `${h.compliance}: ${view.compliance.summary}`);
  for (const v of view.compliance.violations) {
    out.push(`  ✗ ${v.rule}`, `    ${v.quote}${v.source ? ` (${v.source})` : ''}`, `    ${v.feedback}`);
  }
  for (const d of view.dimensions) {
    out.push('', `${d.label} (${d.id}): ${d.score}/100`);
    if (d.note) out.push(`  ${d.note}`);
    for (const e of d.evidence) {
      out.push(`  ${e.sign.padStart(4)}  ${e.what}`);
      if (e.quote) out.push(`        ${e.quote}${e.source ? ` (${e.source})` : ''}`);
      out.push(`        ${e.feedback}`);
      for (const note of e.notes) out.push(`        ${note}`);
    }
  }
  if (view.promises.length) out.push('', ...view.promises);
  out.push('', view.leftOut);
  return out.join('\n');
}
