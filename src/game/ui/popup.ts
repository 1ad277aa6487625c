/**
 * A panel laid over a screen and taken away again (the visit's menu, its resources): built afresh each
 * time it opens, with focus on the control `build` names, and back where it was when it closes.
 */
export abstract class Popup {
  private shown: HTMLElement | null = null;
  private before: Element | null = null;

  constructor(private readonly root: HTMLElement) {}

  /** The panel, and the control to focus in it. */
  protected abstract build(): { readonly panel: HTMLElement; readonly focus: HTMLElement };

  get isOpen(): boolean {
    return this.shown !== null;
  }

  toggle(): void {
    if (this.shown) this.close();
    else this.open();
  }

  open(): void {
    if (this.shown) return;
    this.before = document.activeElement;
    const { panel, focus } = this.build();
    this.shown = panel;
    this.root.append(panel);
    focus.focus();
  }

  close(): void {
    this.shown?.remove();
    this.shown = null;
    if (this.before instanceof HTMLElement && this.before.isConnected) this.before.focus();
  }
}
