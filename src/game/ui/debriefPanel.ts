import type { DebriefView, DimensionView, EvidenceView } from '../../core/scoring/debrief';
import { button, el, icon } from './dom';
import type { GuideId } from './methodGuide';

/** The debrief's sections as DOM, from core's debrief view: compliance first, then each dimension, then the transcript. */
export interface DebriefWords {
  readonly compliance: string;
  readonly transcript: string;
  readonly replayFrom: string;
}

/** Opens the method guide at the part of the method a score comes from. */
export type OpenGuide = (section: GuideId) => void;

/** The part of the method a score comes from, as a link into the method guide. */
const methodLink = (text: string, section: GuideId, open: OpenGuide) =>
  button(text, () => open(section), { className: 'link method', testid: `method-link-${section}` });

export function complianceSection({ compliance }: DebriefView, words: DebriefWords, guide: OpenGuide): HTMLElement {
  const items = compliance.violations.map((v) =>
    el('li', {}, [
      el('strong', { text: v.rule }),
      el('p', { text: v.quote }),
      el('p', { text: v.feedback }),
      methodLink(v.method, 'compliance', guide),
    ]),
  );
  return el(
    'section',
    { className: `compliance ${compliance.clean ? 'clean' : 'broken'}`, testid: 'debrief-compliance' },
    [
      el('h2', {}, [icon(compliance.clean ? 'shield' : 'shield-broken'), el('span', { text: words.compliance })]),
      el('p', { text: compliance.summary }),
      items.length ? el('ul', {}, items) : null,
    ],
  );
}

/** The three moves to do differently next time, each with what the method asks instead. */
export function nextTimeSection(view: DebriefView, title: string): HTMLElement | null {
  if (!view.nextTime.length) return null;
  return el('section', { className: 'next-time', testid: 'next-time' }, [
    el('h2', { text: title }),
    el(
      'ol',
      {},
      view.nextTime.map((n) =>
        el('li', {}, [
          el('strong', { text: n.what }),
          el('p', { className: 'quote', text: n.quote }),
          el('p', { text: n.feedback }),
        ]),
      ),
    ),
  ]);
}

/** A dimension's score, with its evidence folded away until asked for. */
export function dimensionSection(d: DimensionView, guide: OpenGuide): HTMLElement {
  return el('details', { className: 'dimension' }, [
    el('summary', {}, [el('span', { text: d.label }), el('span', { className: 'score', text: String(d.score) })]),
    d.note ? el('p', { className: 'muted', text: d.note }) : null,
    methodLink(d.method, d.id, guide),
    el(
      'ul',
      {},
      d.evidence.map((e) => evidenceItem(e)),
    ),
  ]);
}

function evidenceItem(e: EvidenceView): HTMLElement {
  return el('li', { className: e.tone }, [
    el('span', { className: 'points', text: e.sign }),
    el('strong', { text: e.what }),
    e.quote ? el('p', { className: 'quote', text: e.quote }) : null,
    el('p', { text: e.feedback }),
    ...e.notes.map((n) => el('p', { className: 'muted', text: n })),
  ]);
}

export function transcriptSection(
  view: DebriefView,
  words: DebriefWords,
  replayFrom: (turn: number) => void,
): HTMLElement {
  const list = el('ol', { className: 'transcript' });
  for (const item of view.transcript) {
    if (item.kind === 'line') {
      list.append(
        el('li', { className: `line ${item.who}` }, [
          item.speaker ? el('strong', { text: `${item.speaker}: ` }) : null,
          document.createTextNode(item.text),
        ]),
      );
      continue;
    }
    list.append(
      el('li', { className: 'move' }, [
        el('strong', { text: `${item.label}: ${item.text}` }),
        el(
          'ul',
          { className: 'annotations' },
          item.annotations.map((text) => el('li', { text })),
        ),
        button(words.replayFrom, () => replayFrom(item.turn), {
          className: 'link',
          testid: `replay-${item.turn}`,
        }),
      ]),
    );
  }
  return el('details', { className: 'transcript-panel' }, [el('summary', { text: words.transcript }), list]);
}

/** A visit that stopped before its end: how it stood at that point, compliance first. */
export function reportSoFarSection(
  view: DebriefView,
  words: DebriefWords & { readonly soFar: string },
  guide: OpenGuide,
): HTMLElement {
  return el('section', { className: 'report-so-far', testid: 'report-so-far' }, [
    el('h2', { text: words.soFar }),
    el('p', { className: `total ${view.passed ? 'pass' : 'fail'}` }, [
      el('span', { testid: 'report-so-far-total', text: String(view.total) }),
      el('span', { className: 'of', text: '/100' }),
    ]),
    complianceSection(view, words, guide),
    ...view.dimensions.map((d) => dimensionSection(d, guide)),
  ]);
}
