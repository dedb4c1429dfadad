/** The first screen: the stories the server offers, each with what a player should know first. */
import type { StorySummary } from '../api/storyClient.ts';
import type { Translate } from '../i18n/translator.ts';
import { el, focusStatic } from './dom.ts';

export interface StoryLibraryViewOptions {
  t: Translate;
  /** The UI language: titles and summaries are shown in it when the story has it. */
  language: string;
  stories: readonly StorySummary[];
  onPlay(story: StorySummary): void;
  /** Focus the heading (when coming back from a story), not on first load. */
  focusHeading?: boolean;
}

export function localised(
  text: Record<string, string>,
  language: string,
  fallback: string,
): string {
  return text[language] ?? text.en ?? Object.values(text)[0] ?? fallback;
}

export function contentNoteLabel(t: Translate, note: string): string {
  return t(`contentNote.${note}`, { defaultValue: note.replaceAll('-', ' ') });
}

export function renderStoryLibrary(root: HTMLElement, options: StoryLibraryViewOptions): void {
  const { t, language, stories } = options;
  const heading = el('h1', {}, t('library.heading'));
  const cards = stories.map((story) => {
    const title = localised(story.title, language, story.id);
    const titleId = `story-title-${story.id}`;
    const play = el(
      'button',
      { type: 'button', class: 'button-primary' },
      t('library.play', { title }),
    );
    play.addEventListener('click', () => options.onPlay(story));
    const notes = story.contentNotes.map((note) => contentNoteLabel(t, note)).join(', ');
    const card = el(
      'article',
      { class: 'story-card', 'aria-labelledby': titleId },
      el('h2', { id: titleId }, title),
      el('p', { class: 'story-summary' }, localised(story.summary, language, '')),
      el(
        'dl',
        { class: 'story-facts' },
        el(
          'div',
          {},
          el('dt', {}, t('library.minAgeLabel')),
          el('dd', {}, t('library.minAge', { age: story.minAge })),
        ),
        notes && el('div', {}, el('dt', {}, t('library.contentNotesLabel')), el('dd', {}, notes)),
      ),
      play,
    );
    return el('li', {}, card);
  });
  root.replaceChildren(
    el(
      'div',
      { class: 'library' },
      heading,
      el('p', { class: 'library-intro' }, t('library.intro')),
      cards.length > 0
        ? el('ul', { class: 'story-list' }, ...cards)
        : el('p', { role: 'status' }, t('library.empty')),
    ),
  );
  if (options.focusHeading) focusStatic(heading);
}

/** A failure the player can retry, announced to screen readers. */
export function renderLoadFailure(
  root: HTMLElement,
  options: { t: Translate; message: string; onRetry(): void },
): void {
  const retry = el(
    'button',
    { type: 'button', class: 'button-primary' },
    options.t('errors.retry'),
  );
  retry.addEventListener('click', options.onRetry);
  root.replaceChildren(
    el('div', { class: 'load-failure', role: 'alert' }, el('p', {}, options.message), retry),
  );
  retry.focus();
}

export function renderLoading(root: HTMLElement, t: Translate): void {
  root.replaceChildren(el('p', { class: 'loading', role: 'status' }, t('app.loading')));
}
