/**
 * The story screen: the passage's text in a live region, a beat the player moves past
 * (`# pause`), an offer of help when the prompt policy allows one, the choices as buttons, and
 * at the end the debrief. Keyboard: Tab/Enter/Space on the buttons, the number keys 1–9 for
 * choices, Enter or Space (or a tap on the text) past a beat. Nothing on it is timed.
 */
import type { StoryChoice } from '../../core/story/storyRunner.ts';
import type { Translate } from '../i18n/translator.ts';
import type { ShownEntry } from '../play/shownLine.ts';
import { BACKLOG_ID, backlogPanel } from './backlogView.ts';
import { el, focusStatic } from './dom.ts';
import { appendEntries } from './passageView.ts';
import { reviewBanner } from './reviewBanner.ts';

export interface StoryPlayerViewOptions {
  t: Translate;
  title: string;
  reviewed: boolean;
  contentNoteLabel(note: string): string;
  /** `position` in the choices shown (as `showChoices` got them). */
  onChoose(position: number): void;
  /** The player moved past a beat. */
  onReveal(): void;
  onLeave(): void;
  /** Everything seen so far in this playthrough, for the backlog. */
  backlogEntries(): readonly ShownEntry[];
}

export interface PassageDisplay {
  animate: boolean;
  /** An ending: its `# debrief` lines go to the debrief. */
  ended: boolean;
}

const MAX_NUMBER_KEY = 9;

export class StoryPlayerView {
  private readonly text: HTMLElement;
  private readonly choices: HTMLElement;
  private readonly keysHint: HTMLElement;
  private readonly beat: HTMLButtonElement;
  private readonly promptSlot: HTMLElement;
  private readonly endSlot: HTMLElement;
  private readonly notice: HTMLElement;
  private readonly backlogButton: HTMLButtonElement;
  private readonly backlogSlot: HTMLElement;
  private currentChoices: readonly StoryChoice[] = [];
  private beatPending = false;
  private readonly onKeyDown = (event: KeyboardEvent) => this.handleKey(event);

  constructor(
    root: HTMLElement,
    private readonly options: StoryPlayerViewOptions,
  ) {
    const { t } = options;
    this.backlogButton = el(
      'button',
      {
        type: 'button',
        class: 'button-quiet',
        'aria-expanded': 'false',
        'aria-controls': BACKLOG_ID,
      },
      t('backlog.open'),
    );
    this.backlogButton.addEventListener('click', () => this.toggleBacklog());
    this.backlogSlot = el('div', { class: 'story-backlog-slot' });
    const leave = el('button', { type: 'button', class: 'button-quiet' }, t('story.leave'));
    leave.addEventListener('click', () => options.onLeave());
    this.text = el('section', {
      class: 'story-text',
      'aria-label': t('story.region'),
      'aria-live': 'polite',
    });
    this.text.addEventListener('click', (event) => {
      if (this.beatPending && !(event.target as Element).closest('button, a')) this.reveal();
    });
    this.beat = el(
      'button',
      { type: 'button', class: 'button-quiet story-beat', hidden: true },
      t('story.beat'),
    );
    this.beat.addEventListener('click', () => this.reveal());
    this.promptSlot = el('div', { class: 'story-prompt-slot' });
    this.keysHint = el(
      'p',
      { id: 'story-keys-hint', class: 'story-keys-hint', hidden: true },
      t('story.keysHint'),
    );
    this.choices = el('div', {
      class: 'story-choices',
      role: 'group',
      'aria-label': t('story.choices'),
      'aria-describedby': 'story-keys-hint',
      hidden: true,
    });
    this.endSlot = el('div', { class: 'story-end-slot' });
    this.notice = el('p', { class: 'story-notice', role: 'status' });
    root.replaceChildren(
      el(
        'div',
        { class: 'story-player screen-panel' },
        el(
          'header',
          { class: 'story-header' },
          el('h1', {}, options.title),
          el('div', { class: 'story-tools' }, this.backlogButton, leave),
        ),
        !options.reviewed && reviewBanner(t),
        this.backlogSlot,
        this.notice,
        this.text,
        this.beat,
        this.promptSlot,
        this.keysHint,
        this.choices,
        this.endSlot,
      ),
    );
    document.addEventListener('keydown', this.onKeyDown);
  }

  /** Replaces the text with a passage; returns the elements showing each entry's text. */
  showPassage(entries: readonly ShownEntry[], display: PassageDisplay): HTMLElement[] {
    this.closeBacklog({ restoreFocus: false });
    this.text.replaceChildren();
    this.promptSlot.replaceChildren();
    this.endSlot.replaceChildren();
    return this.appendToPassage(entries, display);
  }

  appendToPassage(entries: readonly ShownEntry[], display: PassageDisplay): HTMLElement[] {
    return appendEntries(this.text, entries, {
      t: this.options.t,
      contentNoteLabel: this.options.contentNoteLabel,
      animate: display.animate,
      skipDebriefLines: display.ended,
    });
  }

  /** More of the passage waits behind a beat: no choices until the player moves on. */
  showBeat(): void {
    this.beatPending = true;
    this.beat.hidden = false;
    this.setChoices([]);
  }

  showChoices(choices: readonly StoryChoice[]): void {
    this.beatPending = false;
    this.beat.hidden = true;
    this.setChoices(choices);
  }

  showPrompt(prompt: HTMLElement | undefined): void {
    this.promptSlot.replaceChildren(...(prompt ? [prompt] : []));
  }

  showEnding(ending: HTMLElement): void {
    this.beatPending = false;
    this.beat.hidden = true;
    this.setChoices([]);
    this.endSlot.replaceChildren(ending);
  }

  showNotice(message: string): void {
    this.notice.textContent = message;
  }

  /** Where reading goes on: the first choice, or the first thing after the text. */
  focusNextStep(): void {
    const control = this.choices.querySelector('button') ?? (this.beat.hidden ? null : this.beat);
    if (control) control.focus();
    else {
      const heading = this.endSlot.querySelector<HTMLElement>('h2');
      if (heading) focusStatic(heading);
    }
  }

  destroy(): void {
    document.removeEventListener('keydown', this.onKeyDown);
  }

  private toggleBacklog(): void {
    if (this.backlogButton.getAttribute('aria-expanded') === 'true') {
      this.closeBacklog({ restoreFocus: true });
      return;
    }
    const panel = backlogPanel({
      t: this.options.t,
      entries: this.options.backlogEntries(),
      contentNoteLabel: this.options.contentNoteLabel,
      onClose: () => this.closeBacklog({ restoreFocus: true }),
    });
    this.backlogSlot.replaceChildren(panel.element);
    this.backlogButton.setAttribute('aria-expanded', 'true');
    panel.focus();
  }

  private closeBacklog({ restoreFocus }: { restoreFocus: boolean }): void {
    if (this.backlogButton.getAttribute('aria-expanded') !== 'true') return;
    this.backlogSlot.replaceChildren();
    this.backlogButton.setAttribute('aria-expanded', 'false');
    if (restoreFocus) this.backlogButton.focus();
  }

  private setChoices(choices: readonly StoryChoice[]): void {
    this.currentChoices = choices;
    this.choices.replaceChildren(
      ...choices.map((choice, position) => {
        const key = position < MAX_NUMBER_KEY ? String(position + 1) : undefined;
        const button = el(
          'button',
          { type: 'button', class: 'story-choice', 'aria-keyshortcuts': key },
          key && el('span', { class: 'story-choice-key', 'aria-hidden': 'true' }, key),
          el('span', { class: 'story-choice-text' }, choice.text),
        );
        button.addEventListener('click', () => this.choose(position));
        return button;
      }),
    );
    this.choices.hidden = choices.length === 0;
    this.keysHint.hidden = choices.length === 0;
  }

  private reveal(): void {
    if (!this.beatPending) return;
    this.beatPending = false;
    this.beat.hidden = true;
    this.options.onReveal();
  }

  private choose(position: number): void {
    if (!this.currentChoices[position]) return;
    // Until the next step is shown, nothing can be chosen twice.
    this.setChoices([]);
    this.showNotice('');
    this.options.onChoose(position);
  }

  private handleKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.repeat || event.altKey || event.ctrlKey || event.metaKey)
      return;
    const target = event.target;
    if (
      target instanceof Element &&
      (target.closest('input, textarea, select, dialog, [role="dialog"], [aria-modal="true"]') ||
        (target instanceof HTMLElement && target.isContentEditable))
    ) {
      return;
    }
    if (document.querySelector('dialog:modal')) return;
    if (this.beatPending && (event.key === 'Enter' || event.key === ' ')) {
      // On a button, Enter and Space are that button's; elsewhere they move past the beat.
      if (target instanceof Element && target.closest('button, a, summary')) return;
      event.preventDefault();
      this.reveal();
      return;
    }
    if (!/^[1-9]$/.test(event.key)) return;
    const position = Number(event.key) - 1;
    if (position >= this.currentChoices.length) return;
    event.preventDefault();
    this.choose(position);
  }
}
