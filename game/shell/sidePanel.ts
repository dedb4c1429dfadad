/**
 * A panel beside the game (help, settings): a non-modal dialog, so the top bar — above all
 * its Quick exit button — stays usable while it is open, and the game stays in view.
 * Opening moves the focus to its heading; Escape or its close button close it and return the
 * focus to what opened it.
 */
import { el, focusStatic } from '../ui/dom.ts';

export class SidePanel {
  readonly element: HTMLDialogElement;
  readonly body: HTMLElement;
  private readonly heading: HTMLHeadingElement;
  private readonly closeButton: HTMLButtonElement;
  private returnFocusTo: HTMLElement | undefined;

  constructor(
    readonly id: string,
    private readonly onToggle: (open: boolean) => void,
    /** Takes the focus on closing when what opened the panel has left the page. */
    private readonly fallbackFocus: () => HTMLElement,
  ) {
    const titleId = `${id}-title`;
    this.heading = el('h2', { id: titleId, class: 'side-panel-title', tabindex: -1 });
    this.closeButton = el('button', { type: 'button', class: 'button-quiet side-panel-close' });
    this.closeButton.addEventListener('click', () => this.close());
    this.body = el('div', { class: 'side-panel-body' });
    this.element = el(
      'dialog',
      { id, class: 'side-panel', 'aria-labelledby': titleId },
      el('div', { class: 'side-panel-header' }, this.heading, this.closeButton),
      this.body,
    );
    this.element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.close();
      }
      // The story's number keys must not pick a choice behind the panel. Quick exit still
      // hears every key: it listens on the window, in the capture phase.
      event.stopPropagation();
    });
  }

  get isOpen(): boolean {
    return this.element.open;
  }

  setTexts(title: string, closeLabel: string): void {
    this.heading.textContent = title;
    this.closeButton.textContent = closeLabel;
  }

  open(opener: HTMLElement | undefined): void {
    if (!this.isOpen) {
      this.returnFocusTo = opener;
      this.element.show();
      this.onToggle(true);
    }
    this.focusHeading();
  }

  focusHeading(): void {
    focusStatic(this.heading);
  }

  /** `restoreFocus: false` when another panel takes over the focus. */
  close({ restoreFocus = true } = {}): void {
    if (!this.isOpen) return;
    this.element.close();
    this.onToggle(false);
    const opener = this.returnFocusTo;
    this.returnFocusTo = undefined;
    if (restoreFocus) (opener?.isConnected ? opener : this.fallbackFocus()).focus();
  }
}
