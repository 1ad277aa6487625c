import type { ScenarioEntry } from '../../core/ink/catalog';
import { knownBefore, memoryViewFor } from '../../core/memory/memory';
import { SEGMENT_IDS, STAGE_IDS } from '../../core/methodology/stages';
import { DIFFICULTIES, DIFFICULTY_LABEL, type Difficulty } from '../../core/visit/difficulty';
import { customerOf } from '../../core/world/cast';
import { FLOOR_ROOMS } from '../../core/world/floor';
import { isNewcomer, PRACTICE_SCENARIO } from '../../core/world/practice';
import { button, el } from '../ui/dom';
import { portraitKey, whenAssetsReady } from './AssetsScene';
import { GameScene } from './GameScene';

/** The floor with its departments and customers; the same visits as a list for keyboard and screen reader. */
export class HospitalScene extends GameScene {
  private card: HTMLElement | null = null;
  protected override back = () => this.scene.start('title');

  constructor() {
    super('hospital');
  }

  create(): void {
    this.backdrop('floor', 0xd9cfc0);
    const { catalog } = this.services;
    for (const room of FLOOR_ROOMS) {
      this.add.text(room.x + 18, room.y + 14, this.roomName(room.id), {
        fontFamily: 'sans-serif',
        fontSize: this.fontSize(22),
        resolution: this.renderScale,
        color: '#24476b',
        fixedWidth: room.w - 36,
      });
    }
    whenAssetsReady(this, () => this.placeCustomers());

    const view = this.mountView();
    // The practice visit first, under its own heading; then every scenario by stage, then by segment.
    const list = el('div', { className: 'visit-groups' });
    const practice = catalog.find((e) => e.id === PRACTICE_SCENARIO);
    if (practice)
      list.append(
        el('h3', { text: this.t('startHere') }),
        el('ul', { className: 'visit-list' }, [this.listItem(practice)]),
      );
    for (const stage of STAGE_IDS) {
      const inStage = catalog.filter((e) => e.stage === stage && e !== practice);
      if (!inStage.length) continue;
      const items = el('ul', { className: 'visit-list' });
      for (const segment of SEGMENT_IDS) {
        for (const entry of inStage.filter((e) => e.segment === segment)) items.append(this.listItem(entry));
      }
      list.append(el('h3', { text: this.strings.stages[stage] }), items);
    }
    // The suggested order is the list's: getting the visit, first visits, then follow-ups. The first not
    // yet played is marked as the one to play next.
    const played = new Set(this.services.store.getState().finished.map((f) => f.scenario));
    const next = [...list.querySelectorAll<HTMLElement>('[data-testid^=visit-]')].find(
      (b) => !played.has(b.dataset.testid?.slice('visit-'.length) ?? ''),
    );
    next?.after(el('span', { className: 'suggested', testid: 'suggested', text: this.t('suggestedNext') }));
    this.card = el('div', { className: 'card', attrs: { 'aria-live': 'polite' } });
    const waiting = el('div', { className: 'waiting', attrs: { 'aria-live': 'polite' } });
    view.root.append(
      el('aside', { className: 'panel hospital-panel' }, [
        el('h1', { text: this.t('hospitalTitle') }),
        waiting,
        el('h2', { text: this.t('visitsHeading') }),
        list,
        this.card,
        button(this.t('back'), () => this.scene.start('title'), { className: 'link' }),
      ]),
    );
    (list.querySelector('button') as HTMLButtonElement | null)?.focus();
    // A newcomer finds the practice visit open, its Start button focused.
    if (practice && isNewcomer(this.services.store.getState())) this.select(practice, false);
    this.showWaiting(waiting);
    const unsubscribe = this.services.store.subscribe(() => this.showWaiting(waiting));
    this.events.once('shutdown', unsubscribe);
  }

  /**
   * The visit in progress, if any, above the list: resumable here, or, while another tab plays it, named
   * as such with the offer to take it over; no new visit starts over it meanwhile.
   */
  private showWaiting(box: HTMLElement): void {
    const { visit, visitOpenElsewhere } = this.services.store.getState();
    const elsewhere = visitOpenElsewhere();
    const state = visit ? (elsewhere ? 'elsewhere' : 'here') : 'none';
    if (box.dataset.state === state) return;
    box.dataset.state = state;
    for (const start of this.card?.querySelectorAll('button[data-testid=start-visit]') ?? [])
      (start as HTMLButtonElement).disabled = elsewhere;
    if (!visit) {
      box.replaceChildren();
      return;
    }
    const resume = () => {
      this.services.store.getState().takeOverVisit();
      this.scene.start('visit', { scenario: visit.scenario, resume: true });
    };
    box.replaceChildren(
      el('p', { testid: 'visit-waiting', text: this.t(elsewhere ? 'visitElsewhere' : 'visitWaiting') }),
      button(this.t(elsewhere ? 'takeOver' : 'continueGame'), resume, { testid: elsewhere ? 'take-over' : 'resume' }),
    );
  }

  private listItem(entry: ScenarioEntry): HTMLElement {
    const customer = customerOf(entry.customer, entry.segment);
    const title = entry.locales[this.locale]?.title ?? Object.values(entry.locales)[0]?.title ?? entry.id;
    const levels = DIFFICULTIES.map((d) => DIFFICULTY_LABEL[d][this.locale]).join(' / ');
    return el('li', {}, [
      button(`${customer.name[this.locale]} — ${title}`, () => this.select(entry), { testid: `visit-${entry.id}` }),
      el('span', {
        className: 'muted',
        // The room is said here too: on the floor it is only drawn.
        text: `${this.strings.segments[entry.segment]} · ${this.roomName(customer.room)} · ${this.t('available')} · ${levels} · ${this.record(entry.id)}`,
      }),
    ]);
  }

  /** Each customer's portrait, once, in the room where they work; clicking one opens their first visit. */
  private placeCustomers(): void {
    const byCustomer = new Map<string, ScenarioEntry>();
    for (const entry of this.services.catalog) {
      const id = customerOf(entry.customer, entry.segment).id;
      if (!byCustomer.has(id)) byCustomer.set(id, entry);
    }
    const perRoom = new Map<string, number>();
    for (const entry of byCustomer.values()) {
      const customer = customerOf(entry.customer, entry.segment);
      const room = FLOOR_ROOMS.find((r) => r.id === customer.room) ?? FLOOR_ROOMS[0];
      const slot = perRoom.get(room.id) ?? 0;
      perRoom.set(room.id, slot + 1);
      const key = portraitKey(this, customer, 'neutral');
      if (!this.textures.exists(key)) continue;
      // Up to three a room, each on a tile with the name under it, wrapped inside the room.
      const x = room.x + 60 + slot * 105;
      const y = room.y + 102;
      this.add.rectangle(x, y, 94, 104, 0xe8f1f8).setStrokeStyle(2, 0xcfd6dd);
      const face = this.add
        .image(x, y + 2, key)
        .setDisplaySize(84, 100)
        .setInteractive({ useHandCursor: true });
      face.on('pointerdown', () => this.select(entry));
      this.add
        // The name without the role a long one carries ("Wang Li, deputy director of pharmacy").
        .text(x, y + 58, customer.name[this.locale].split(/[,，]/)[0], {
          fontFamily: 'sans-serif',
          fontSize: this.fontSize(15),
          resolution: this.renderScale,
          color: '#1f2d3d',
          align: 'center',
          wordWrap: { width: 100 },
        })
        .setOrigin(0.5, 0);
    }
  }

  private roomName(id: string): string {
    const names: Record<string, [string, string]> = {
      cardiology: ['Cardiology', '心内科'],
      arrhythmia: ['Arrhythmia service', '心律失常专业'],
      pharmacy: ['Pharmacy', '药剂科'],
      neurology: ['Neurology', '神经内科'],
      geriatrics: ['Geriatrics', '老年医学科'],
      emergency: ['Emergency', '急诊科'],
    };
    const [en, zh] = names[id] ?? [id, id];
    return this.locale === 'zh-CN' ? zh : en;
  }

  /** The best total and the last attempt of a scenario, as the list shows them; null when never played. */
  private record(scenario: string): string {
    const played = this.services.store.getState().finished.filter((f) => f.scenario === scenario);
    const last = played.at(-1);
    if (!last) return this.t('notPlayed');
    const best = Math.max(...played.map((f) => f.total));
    const result = (last.passed ? this.t('passed') : this.t('notPassed')).toLowerCase();
    return `${this.t('bestScore', { score: best })} · ${this.t('lastResult', { score: last.total, result })}`;
  }

  private select(entry: ScenarioEntry, clicked = true): void {
    if (!this.card) return;
    if (clicked) this.services.audio.play('ui-click');
    const customer = customerOf(entry.customer, entry.segment);
    const known = el('ul', { className: 'known' }, [el('li', { text: this.t('knownNothing') })]);
    const level = el('select', { testid: 'difficulty', attrs: { 'aria-label': this.t('difficulty') } });
    for (const d of DIFFICULTIES)
      level.append(el('option', { text: DIFFICULTY_LABEL[d][this.locale], attrs: { value: d } }));
    const start = button(
      this.t('startVisit'),
      () => this.scene.start('visit', { scenario: entry.id, difficulty: level.value as Difficulty }),
      { className: 'primary', testid: 'start-visit' },
    );
    start.disabled = this.services.store.getState().visitOpenElsewhere();
    // The card opens inside the visit chosen, which is marked as chosen.
    const item = this.view?.root.querySelector(`[data-testid="visit-${entry.id}"]`);
    for (const other of this.view?.root.querySelectorAll('.visit-list [aria-current]') ?? [])
      other.removeAttribute('aria-current');
    item?.setAttribute('aria-current', 'true');
    item?.closest('li')?.append(this.card);
    this.card.replaceChildren(
      ...(entry.id === PRACTICE_SCENARIO
        ? [el('p', { className: 'coach', testid: 'practice-intro', text: this.t('practiceIntro') })]
        : []),
      el('h3', { text: `${this.t('labelled', { name: this.t('customerCard') })}${customer.name[this.locale]}` }),
      el('dl', {}, [
        el('dt', { text: this.t('segment') }),
        el('dd', { text: this.strings.segments[entry.segment] }),
        el('dt', { text: this.t('department') }),
        el('dd', { text: customer.department[this.locale] }),
        el('dt', { text: this.t('goal') }),
        el('dd', { testid: 'goal', text: this.strings.goals[entry.stage] }),
        el('dt', { text: this.t('timeAvailable') }),
        el('dd', { text: this.strings.times[entry.stage] }),
        el('dt', { text: this.t('known') }),
        el('dd', {}, [known]),
        el('dt', { text: this.t('difficulty') }),
        el('dd', {}, [level]),
      ]),
      start,
    );
    start.focus();
    this.fillKnown(entry, known);
  }

  /** What earlier visits with this customer revealed, promised and how the last one ended. */
  private fillKnown(entry: ScenarioEntry, list: HTMLElement): void {
    const { memory } = this.services.store.getState();
    const known = knownBefore(memoryViewFor(memory, entry.customer, entry.id), entry.needs);
    const title = (id: string) => this.services.catalog.find((e) => e.id === id)?.locales[this.locale]?.title ?? id;
    const items = [
      ...known.needs.map((n) => n.text),
      ...(known.openPromises.length ? [this.t('promisedEarlier', { list: known.openPromises.join(', ') })] : []),
      ...(known.last
        ? [
            this.t('lastVisit', {
              title: title(known.last.scenario),
              result: known.last.passed ? this.t('passed') : this.t('notPassed'),
            }),
          ]
        : []),
    ];
    if (items.length) list.replaceChildren(...items.map((text) => el('li', { text })));
  }
}
