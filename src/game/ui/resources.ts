import type { Locale } from '../../core/methodology/locale';
import { GLOSSARY } from '../../core/world/glossary';
import { CLAIM_TOPICS, CLAIMS } from '../../core/world/product';
import { button, el } from './dom';
import { Popup } from './popup';

export interface ResourceWords {
  readonly title: string;
  /** The sheet's heading, with the product's name. */
  readonly claims: string;
  readonly claimsNote: string;
  readonly glossary: string;
  readonly guide: string;
  readonly close: string;
}

/**
 * What a trainee may look up during a visit: the product's approved claims sheet (what may be said, and
 * nothing else), a glossary of the terms the scenarios use, and the way into the method guide. Esc or
 * Close puts it away.
 */
export class ResourcesDrawer extends Popup {
  constructor(
    root: HTMLElement,
    private readonly words: () => ResourceWords,
    private readonly locale: () => Locale,
    private readonly openGuide: () => void,
  ) {
    super(root);
  }

  protected build() {
    const words = this.words();
    const locale = this.locale();
    const topics = [...new Set(CLAIMS.map((c) => c.topic))];
    const close = button(words.close, () => this.close(), { className: 'primary', testid: 'resources-close' });
    const panel = el(
      'aside',
      {
        className: 'resources',
        testid: 'resources',
        attrs: { role: 'dialog', 'aria-label': words.title, tabindex: '-1' },
      },
      [
        el('div', { className: 'row' }, [el('h2', { text: words.title }), close]),
        el('details', { attrs: { open: '' } }, [
          el('summary', { text: words.claims }),
          el('p', { className: 'muted', text: words.claimsNote }),
          ...topics.flatMap((topic) => [
            el('h3', { text: CLAIM_TOPICS[topic][locale] }),
            el(
              'ul',
              {},
              CLAIMS.filter((c) => c.topic === topic).map((c) => el('li', { text: c.text[locale] })),
            ),
          ]),
        ]),
        el('details', {}, [
          el('summary', { text: words.glossary }),
          el(
            'dl',
            { className: 'glossary' },
            GLOSSARY.flatMap((g) => [el('dt', { text: g.term[locale] }), el('dd', { text: g.meaning[locale] })]),
          ),
        ]),
        button(words.guide, () => this.openGuide(), { testid: 'open-guide' }),
      ],
    );
    return { panel, focus: close };
  }
}
