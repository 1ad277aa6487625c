import { GUIDE, GUIDE_PARTS, type GuideSection } from '../../core/methodology/guide';
import type { Locale } from '../../core/methodology/locale';
import type { FlatKey } from '../i18n/strings';
import { button, el } from './dom';
import { Popup } from './popup';

export type GuideId = GuideSection['id'];

export interface GuideWords {
  readonly title: string;
  readonly close: string;
  /** The seed's section number as the guide names it: `Method 1.2.3`. */
  section(seed: string): string;
}

export const guideWords = (say: (key: FlatKey, params?: Record<string, string>) => string): GuideWords => ({
  title: say('methodGuide'),
  close: say('close'),
  section: (seed) => say('guideSection', { section: seed }),
});

/** A section's paragraphs, with its bullet points (`• ` in the guide's text) gathered into one list. */
function body(lines: readonly string[]): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const line of lines) {
    if (!line.startsWith('• ')) out.push(el('p', { text: line }));
    else {
      const last = out.at(-1);
      const list = last?.tagName === 'UL' ? last : el('ul');
      list.append(el('li', { text: line.slice(2) }));
      if (list !== last) out.push(list);
    }
  }
  return out;
}

/**
 * The method the game scores, in the trainee's language, part by part: opened from the debrief at the
 * part a score comes from, or from the start. Esc or Close puts it away.
 */
export class MethodGuide extends Popup {
  private at: GuideId | null = null;

  constructor(
    root: HTMLElement,
    private readonly words: () => GuideWords,
    private readonly locale: () => Locale,
  ) {
    super(root);
  }

  /** Opens the guide at one section (from the top without one), or moves it there when already open. */
  show(section: GuideId | null = null): void {
    this.at = section;
    if (this.isOpen) this.close();
    this.open();
  }

  protected build() {
    const words = this.words();
    const locale = this.locale();
    const close = button(words.close, () => this.close(), { className: 'primary', testid: 'guide-close' });
    const sections = (part: number) =>
      GUIDE.filter((s) => s.part === part).map((s) =>
        el('section', { attrs: { id: `guide-${s.id}` }, testid: `guide-${s.id}` }, [
          el('h4', { text: s.title[locale] }),
          s.seed !== '0' ? el('p', { className: 'method', text: words.section(s.seed) }) : null,
          ...body(s.body[locale]),
        ]),
      );
    const panel = el(
      'aside',
      {
        className: 'resources guide',
        testid: 'method-guide',
        attrs: { role: 'dialog', 'aria-label': words.title, tabindex: '-1' },
      },
      [
        el('div', { className: 'row' }, [el('h2', { text: words.title }), close]),
        ...GUIDE_PARTS.flatMap((p) => [el('h3', { text: p.title[locale] }), ...sections(p.part)]),
      ],
    );
    const target = this.at ? panel.querySelector<HTMLElement>(`#guide-${this.at}`) : null;
    if (target) {
      target.tabIndex = -1;
      // Laid out only once appended: the scroll waits a frame.
      requestAnimationFrame(() => target.scrollIntoView({ block: 'start' }));
    }
    return { panel, focus: target ?? close };
  }
}
