/**
 * Plays a story on the page: its text as paragraphs in a live region, its choices as buttons.
 * Keyboard: Tab/Enter/Space on the buttons, or the number keys 1–9. After each choice the
 * focus moves to the first new paragraph, so reading goes on from there and Tab reaches
 * the choices that follow.
 */
import type { StoryLine, StoryStep } from '../../core/story/storyRunner.ts';
import { findTag } from '../../core/story/tags.ts';
import type { Translate } from '../i18n/translator.ts';
import { el, focusStatic } from './dom.ts';

export interface StoryPlayerViewOptions {
  t: Translate;
  title: string;
  /** `index` as StoryRunner.choose expects it; `text` as the player saw it. */
  onChoose(index: number, text: string): void;
  onLeave(): void;
  contentNoteLabel(note: string): string;
}

const MAX_NUMBER_KEY = 9;

export class StoryPlayerView {
  private readonly text: HTMLElement;
  private readonly choices: HTMLElement;
  private readonly ending: HTMLElement;
  private readonly endHeading: HTMLElement;
  private readonly notice: HTMLElement;
  private currentChoices: StoryStep['choices'] = [];
  private readonly onKeyDown = (event: KeyboardEvent) => this.handleKey(event);

  constructor(
    root: HTMLElement,
    private readonly options: StoryPlayerViewOptions,
  ) {
    const { t } = options;
    const leave = el('button', { type: 'button', class: 'button-quiet' }, t('story.leave'));
    leave.addEventListener('click', () => options.onLeave());
    this.text = el('section', {
      class: 'story-text',
      'aria-label': t('story.region'),
      'aria-live': 'polite',
    });
    this.choices = el('div', {
      class: 'story-choices',
      role: 'group',
      'aria-label': t('story.choices'),
      'aria-describedby': 'story-keys-hint',
    });
    this.endHeading = el('h2', { tabindex: -1 }, t('story.end'));
    const back = el(
      'button',
      { type: 'button', class: 'button-primary' },
      t('story.backToLibrary'),
    );
    back.addEventListener('click', () => options.onLeave());
    this.ending = el('div', { class: 'story-end', hidden: true }, this.endHeading, back);
    this.notice = el('p', { class: 'story-notice', role: 'status' });
    root.replaceChildren(
      el(
        'div',
        { class: 'story-player' },
        el('header', { class: 'story-header' }, el('h1', {}, options.title), leave),
        this.notice,
        this.text,
        el('p', { id: 'story-keys-hint', class: 'story-keys-hint' }, t('story.keysHint')),
        this.choices,
        this.ending,
      ),
    );
    document.addEventListener('keydown', this.onKeyDown);
  }

  /** Adds a step's text (after the choice that led to it) and shows its choices or the end. */
  showStep(step: StoryStep, chosenText?: string): void {
    const added: HTMLElement[] = [];
    if (chosenText !== undefined) {
      added.push(
        el(
          'p',
          { class: 'story-chosen' },
          el('span', { class: 'visually-hidden' }, `${this.options.t('story.chosen')} `),
          chosenText,
        ),
      );
    }
    for (const line of step.lines) added.push(...this.renderLine(line));
    this.text.append(...added);
    this.showChoices(step);
    const firstNew =
      added.find((paragraph) => !paragraph.classList.contains('story-chosen')) ?? added[0];
    if (step.ended) focusStatic(this.endHeading);
    else if (firstNew) focusStatic(firstNew);
  }

  /** Replaces the choices only: the text so far stays (after a story reload that kept the place). */
  showChoices(step: StoryStep): void {
    this.currentChoices = step.choices;
    this.choices.replaceChildren(
      ...step.choices.map((choice, position) => {
        const key = position < MAX_NUMBER_KEY ? String(position + 1) : undefined;
        const button = el(
          'button',
          { type: 'button', class: 'story-choice', 'aria-keyshortcuts': key },
          key && el('span', { class: 'story-choice-key', 'aria-hidden': 'true' }, key),
          choice.text,
        );
        button.addEventListener('click', () => this.choose(position));
        return button;
      }),
    );
    this.choices.hidden = step.choices.length === 0;
    this.ending.hidden = !step.ended;
  }

  /** Clears the text (a restart) and says why. */
  restart(step: StoryStep, notice: string): void {
    this.text.replaceChildren();
    this.showNotice(notice);
    this.showStep(step);
  }

  showNotice(message: string): void {
    this.notice.textContent = message;
  }

  destroy(): void {
    document.removeEventListener('keydown', this.onKeyDown);
  }

  private choose(position: number): void {
    const choice = this.currentChoices[position];
    if (!choice) return;
    // Until the next step is shown, nothing can be chosen twice.
    this.currentChoices = [];
    this.choices.replaceChildren();
    this.showNotice('');
    this.options.onChoose(choice.index, choice.text);
  }

  private handleKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.repeat || event.altKey || event.ctrlKey || event.metaKey)
      return;
    const target = event.target;
    if (
      target instanceof HTMLElement &&
      (target.isContentEditable || target.closest('input, textarea, select'))
    ) {
      return;
    }
    if (!/^[1-9]$/.test(event.key)) return;
    const position = Number(event.key) - 1;
    if (position >= this.currentChoices.length) return;
    event.preventDefault();
    this.choose(position);
  }

  private renderLine(line: StoryLine): HTMLElement[] {
    const { t } = this.options;
    const paragraphs: HTMLElement[] = [];
    const note = findTag(line.tags, 'cw');
    if (note) {
      paragraphs.push(
        el(
          'p',
          { class: 'story-content-note' },
          t('story.contentNote', { note: this.options.contentNoteLabel(note.note) }),
        ),
      );
    }
    if (line.text.trim() === '') return paragraphs;
    const speaker = findTag(line.tags, 'speaker');
    const phone = findTag(line.tags, 'ui')?.mode === 'phone';
    const classes = ['story-line', phone && 'story-line-phone', speaker && 'story-line-spoken'];
    paragraphs.push(
      el(
        'p',
        { class: classes.filter(Boolean).join(' ') },
        speaker &&
          el('span', { class: 'story-speaker' }, t('story.speaker', { name: speaker.name })),
        speaker && ' ',
        line.text,
      ),
    );
    return paragraphs;
  }
}
