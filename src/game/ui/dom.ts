/**
 * Builds DOM for the interface. Text always goes in through textContent: story and player text are never
 * read as HTML.
 */
export interface ElOptions {
  readonly className?: string;
  readonly text?: string;
  readonly testid?: string;
  readonly attrs?: Readonly<Record<string, string>>;
  readonly onClick?: (event: Event) => void;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElOptions = {},
  children: readonly (Node | null | undefined | false)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  if (options.testid) node.dataset.testid = options.testid;
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value);
  if (options.onClick) node.addEventListener('click', options.onClick);
  for (const child of children) if (child) node.append(child);
  return node;
}

export function button(text: string, onClick: () => void, options: Omit<ElOptions, 'text' | 'onClick'> = {}) {
  return el('button', { ...options, text, attrs: { type: 'button', ...options.attrs }, onClick: () => onClick() });
}

/** Sent on the document when the player presses the browser's Back: each screen decides what it means. */
export const BACK_EVENT = 'reprounds:back';
declare global {
  interface DocumentEventMap {
    [BACK_EVENT]: Event;
  }
}

/** A screen's DOM: mounted into the overlay when a scene starts, removed when it stops. */
export class View {
  readonly root: HTMLElement;
  private readonly cleanups: (() => void)[] = [];

  /** `label` names the screen, in the player's language, for screen readers and the page title. */
  constructor(
    overlay: HTMLElement,
    readonly name: string,
    label: string,
  ) {
    this.root = el('section', { className: `view view-${name}`, attrs: { 'aria-label': label } });
    overlay.append(this.root);
    document.title = `${label} · RepRounds`;
  }

  /** Listens until the view is removed. */
  listen<K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void): void {
    document.addEventListener(type, handler);
    this.cleanups.push(() => document.removeEventListener(type, handler));
  }

  remove(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.root.remove();
  }
}

/** Offers a text as a file to download, e.g. a damaged save. */
export function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = el('a', { attrs: { href: url, download: fileName } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** One of the generated icons, decorative: the text beside it says what it means. */
export function icon(name: 'clock' | 'notes' | 'shield' | 'shield-broken'): HTMLImageElement {
  return el('img', { className: 'icon', attrs: { src: `art/icon-${name}.svg`, alt: '', width: '24', height: '24' } });
}

/** The system's own "reduce motion" preference, which the game follows as well as its setting. */
export const systemReducesMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
