import type { StoryChoice } from '../../core/ink/types';
import type { TranscriptEntry, VisitContext } from '../../core/visit/visitMachine';
import { button, el, icon, type View } from './dom';

export interface VisitKeys {
  choose(index: number): void;
  menu(): void;
  resources(): void;
  escape(): void;
  readonly labels: { readonly menu: string; readonly resources: string };
}

/** The practice visit's tips: on reading on, on the first decision, after it, and at the end. */
export interface CoachTips {
  readonly read: string;
  readonly choose: string;
  readonly watch: string;
  readonly end: string;
}

export const coachTips = (
  say: (key: 'coachRead' | 'coachChoose' | 'coachWatch' | 'coachEnd') => string,
): CoachTips => ({
  read: say('coachRead'),
  choose: say('coachChoose'),
  watch: say('coachWatch'),
  end: say('coachEnd'),
});

export interface PanelAction {
  readonly text: string;
  run(): void;
  readonly testid: string;
}

/** The visit's DOM: the bar with phase and clock, the notes, the dialogue log and what can be done now. */
export class VisitPanel {
  private readonly heading = el('h1', { className: 'visually-hidden' });
  private readonly phase = el('p', { className: 'phase' });
  private readonly clock = el('p', { className: 'clock-text' });
  private readonly mood = el('p', { className: 'mood', testid: 'mood', attrs: { 'aria-live': 'polite' } });
  private readonly bar = el('header', { className: 'visit-bar' }, [
    this.heading,
    this.phase,
    icon('clock'),
    this.clock,
    this.mood,
  ]);
  private readonly log = el('div', {
    className: 'log',
    attrs: { 'aria-live': 'polite', role: 'log', tabindex: '0' },
  });
  // Focusable, so the choices can be scrolled by keyboard and focus can wait there without choosing.
  private readonly actions = el('div', { className: 'actions', attrs: { tabindex: '-1' } });
  private readonly notes = el('ul', { className: 'notes' });
  private shown = 0;
  private readonly root: HTMLElement;
  private tips: CoachTips | null = null;
  private decisions = 0;

  constructor(
    view: View,
    notesTitle: string,
    /** A speaker's name as it leads their line: `Dr Lin: `, `你：`. */
    private readonly labelOf: (speaker: string) => string,
    private readonly smooth: () => boolean,
    private readonly click: () => void,
  ) {
    this.root = view.root;
    view.root.append(
      this.bar,
      el('aside', { className: 'panel notes-panel' }, [
        el('h2', {}, [icon('notes'), el('span', { text: notesTitle })]),
        this.notes,
      ]),
      el('div', { className: 'dialogue' }, [this.log, this.actions]),
    );
  }

  /** The visit's title, and its setting as a class on the view, so the phone's thread lays out as one. */
  setScene({ title, setting }: { readonly title: string; readonly setting: string }): void {
    this.heading.textContent = title;
    this.root.classList.add(`setting-${setting}`);
  }

  showBar(words: { readonly phase: string; readonly clock: string; readonly mood: string }): void {
    this.phase.textContent = words.phase;
    this.clock.textContent = words.clock;
    this.mood.textContent = words.mood;
  }

  /** Adds to the log what the trainee has now read: lines said, and their own moves. */
  showUpTo(context: Pick<VisitContext, 'transcript' | 'moves' | 'passage'>): void {
    const visible = context.transcript.length - (context.passage.lines.length - context.passage.read);
    for (const entry of context.transcript.slice(this.shown, visible)) this.append(entry, context);
    this.shown = Math.max(this.shown, visible);
    this.log.lastElementChild?.scrollIntoView({ block: 'end', behavior: this.smooth() ? 'smooth' : 'auto' });
  }

  private append(entry: TranscriptEntry, context: Pick<VisitContext, 'moves'>): void {
    if (entry.kind === 'move') {
      this.log.append(
        el('p', { className: 'line move' }, [
          el('strong', { text: this.labelOf('rep') }),
          document.createTextNode(context.moves[entry.turn - 1].choice.text),
        ]),
      );
      return;
    }
    const who = entry.speaker === 'rep' ? 'rep' : entry.speaker === 'narrator' ? 'narrator' : 'customer';
    const name = who === 'narrator' ? '' : this.labelOf(entry.speaker);
    this.log.append(
      el('p', { className: `line ${who}` }, [
        name ? el('strong', { text: name }) : null,
        document.createTextNode(entry.text),
      ]),
    );
  }

  notice(text: string): void {
    this.log.append(el('p', { className: 'notice', text }));
  }

  /** Tips for a newcomer, shown over the actions at the first steps of the visit: the practice visit's. */
  coach(tips: CoachTips): void {
    this.tips = tips;
  }

  /** The tip for this step, if coaching, above what can be done now. */
  private tip(kind: keyof CoachTips | null): HTMLElement[] {
    if (!this.tips || !kind) return [];
    return [el('p', { className: 'coach', testid: `coach-${kind}`, text: this.tips[kind], attrs: { role: 'note' } })];
  }

  /** Reading on: how, before the first decision; what the screen shows of a move, just after it. */
  private readingTip(): keyof CoachTips | null {
    return this.decisions === 0 ? 'read' : this.decisions === 1 ? 'watch' : null;
  }

  /** One button in the actions area, focused. */
  offer(text: string, onClick: () => void, testid: string, tip = this.readingTip()): void {
    const next = button(
      text,
      () => {
        this.click();
        onClick();
      },
      { className: 'primary', testid },
    );
    this.actions.replaceChildren(...this.tip(tip), next);
    next.focus();
  }

  /** A second, lesser button beside the one offered. */
  extra(text: string, onClick: () => void, testid = 'extra'): void {
    this.actions.append(button(text, onClick, { testid }));
  }

  /**
   * The visit stops here: what happened, in words, under the dialogue; the first action is offered, the
   * others beside it, and anything more (such as the report so far) below them.
   */
  stop(notices: readonly (string | Node)[], [first, ...others]: readonly PanelAction[]): void {
    for (const notice of notices) if (typeof notice === 'string') this.notice(notice);
    this.log.lastElementChild?.scrollIntoView({ block: 'end' });
    this.offer(first.text, first.run, first.testid, 'end');
    for (const other of others) this.extra(other.text, other.run, other.testid);
    for (const notice of notices) if (typeof notice !== 'string') this.actions.append(notice);
  }

  /**
   * The choices of a decision. Focus goes to the panel that holds them, not to a choice: Enter pressed to
   * read on never commits a move. Number keys choose, or Tab to a choice and Enter. When the choices do not
   * all fit, the panel says that more are below.
   */
  offerChoices(
    choices: readonly StoryChoice[],
    words: { readonly hint: string; readonly more: string },
    onChoose: (index: number) => void,
  ): void {
    const list = el('ol', { className: 'choices', testid: 'choices', attrs: { 'aria-label': words.hint } });
    choices.forEach((choice, i) => {
      list.append(
        el('li', {}, [
          button(`${i + 1}. ${choice.text}`, () => onChoose(i), { attrs: { 'data-choice': String(i + 1) } }),
        ]),
      );
    });
    const more = el('p', {
      className: 'more',
      testid: 'more-choices',
      text: words.more,
      attrs: { 'aria-hidden': 'true' },
    });
    this.decisions++;
    const tip = this.tip(this.decisions === 1 ? 'choose' : null);
    this.actions.replaceChildren(...tip, el('p', { className: 'hint', text: words.hint }), list, more);
    const { actions } = this;
    const showMore = () => {
      const hidden = actions.scrollHeight - actions.scrollTop - actions.clientHeight > 2;
      actions.classList.toggle('scrolls', hidden);
    };
    actions.onscroll = showMore;
    showMore();
    actions.scrollTop = 0;
    actions.focus({ preventScroll: true });
  }

  /** The number keys 1-9 take a choice while choices are offered; Esc and the Menu button open the menu. */
  onKeys(view: View, keys: VisitKeys): void {
    this.bar.append(
      button(keys.labels.resources, () => keys.resources(), { className: 'menu-button', testid: 'resources-open' }),
      button(keys.labels.menu, () => keys.menu(), { className: 'menu-button', testid: 'menu' }),
    );
    view.listen('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        keys.escape();
        return;
      }
      if (event.target instanceof HTMLInputElement || event.altKey || event.ctrlKey || event.metaKey) return;
      if (/^[1-9]$/.test(event.key) && this.actions.querySelector('[data-testid=choices]')) {
        event.preventDefault();
        keys.choose(Number(event.key) - 1);
      }
    });
  }

  /** The needs revealed in this visit, after those the customer told of in earlier ones. */
  setNotes(context: Pick<VisitContext, 'setup' | 'ledger'>, earlier: (text: string) => string, empty: string): void {
    const items: { text: string; earlier?: boolean }[] = [
      ...context.setup.memory.needs
        .filter((n) => n.text && !context.ledger.needs.some((m) => m.id === n.id))
        .map((n) => ({ text: earlier(n.text), earlier: true })),
      ...context.ledger.needs,
    ];
    this.notes.replaceChildren(
      ...(items.length
        ? items.map((n) => el('li', { className: n.earlier ? 'earlier' : '', text: n.text }))
        : [el('li', { className: 'muted', text: empty })]),
    );
  }
}
