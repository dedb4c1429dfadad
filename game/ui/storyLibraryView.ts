/** The first screen: the stories the server offers, each with what a player should know first. */
import type { StorySummary } from '../api/storyClient.ts';
import type { Translate } from '../i18n/translator.ts';
import { el, focusStatic } from './dom.ts';
import { reviewBanner } from './reviewBanner.ts';
import { contentNoteLabel, localised } from './storyLabels.ts';

/** Start from the beginning, continue a save, or drop the save and start again. */
export type StartMode = 'start' | 'continue' | 'restart';

export interface StoryLibraryViewOptions {
  t: Translate;
  /** The UI language: titles and summaries are shown in it when the story has it. */
  language: string;
  stories: readonly StorySummary[];
  hasSave(storyId: string): boolean;
  onStart(story: StorySummary, mode: StartMode): void;
  /** Focus the heading (when coming back from a story), not on first load. */
  focusHeading?: boolean;
}

export function renderStoryLibrary(root: HTMLElement, options: StoryLibraryViewOptions): void {
  const { t, stories } = options;
  const heading = el('h1', {}, t('library.heading'));
  const cards = stories.map((story) => el('li', {}, storyCard(story, options)));
  root.replaceChildren(
    el(
      'div',
      { class: 'library screen-panel' },
      heading,
      el('p', { class: 'library-intro' }, t('library.intro')),
      cards.length > 0
        ? el('ul', { class: 'story-list' }, ...cards)
        : el('p', { role: 'status' }, t('library.empty')),
    ),
  );
  if (options.focusHeading) focusStatic(heading);
}

function storyCard(story: StorySummary, options: StoryLibraryViewOptions): HTMLElement {
  const { t, language } = options;
  const title = localised(story.title, language, story.id);
  const titleId = `story-title-${story.id}`;
  const action = (mode: StartMode, label: string, className: string) => {
    // The title is part of the name, so a list of buttons says which story each one starts.
    const button = el(
      'button',
      { type: 'button', class: className },
      label,
      el('span', { class: 'visually-hidden' }, ` – ${title}`),
    );
    button.addEventListener('click', () => options.onStart(story, mode));
    return button;
  };
  const actions = options.hasSave(story.id)
    ? [
        action('continue', t('library.continue'), 'button-primary'),
        action('restart', t('library.restart'), 'button-quiet'),
      ]
    : [action('start', t('library.start'), 'button-primary')];
  const notes = story.contentNotes.map((note) => contentNoteLabel(t, note)).join(', ');
  return el(
    'article',
    { class: 'story-card', 'aria-labelledby': titleId },
    el('h2', { id: titleId }, title),
    !story.review.reviewed && reviewBanner(t),
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
    el('div', { class: 'button-row' }, ...actions),
  );
}
