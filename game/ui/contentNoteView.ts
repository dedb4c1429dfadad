/**
 * Before a story starts (or continues): what it touches on, once more, with "start" and
 * "back" equally easy to take.
 */
import type { StorySummary } from '../api/storyClient.ts';
import type { Translate } from '../i18n/translator.ts';
import { el, focusStatic } from './dom.ts';
import { equalButtons } from './equalButtons.ts';
import { reviewBanner } from './reviewBanner.ts';
import type { StartMode } from './storyLibraryView.ts';
import { contentNoteLabel, localised } from './storyLabels.ts';

export interface ContentNoteViewOptions {
  t: Translate;
  language: string;
  story: StorySummary;
  mode: StartMode;
  onConfirm(): void;
  onBack(): void;
}

const CONFIRM_LABEL_KEYS: Record<StartMode, string> = {
  start: 'library.start',
  continue: 'library.continue',
  restart: 'library.restart',
};

export function renderContentNotes(root: HTMLElement, options: ContentNoteViewOptions): void {
  const { t, language, story } = options;
  const heading = el('h1', {}, localised(story.title, language, story.id));
  const notes = story.contentNotes.map((note) => contentNoteLabel(t, note));
  root.replaceChildren(
    el(
      'div',
      { class: 'content-notes screen-panel' },
      heading,
      !story.review.reviewed && reviewBanner(t),
      el(
        'p',
        { class: 'content-notes-list' },
        notes.length > 0 ? t('notes.touchesOn', { notes: notes.join(', ') }) : t('notes.noNotes'),
      ),
      el('p', {}, t('notes.minAge', { age: story.minAge })),
      el('p', { class: 'content-notes-leave' }, t('notes.leaveAnyTime')),
      options.mode === 'restart' && el('p', {}, t('notes.restartWarning')),
      equalButtons(
        { label: t(CONFIRM_LABEL_KEYS[options.mode]), onClick: options.onConfirm },
        { label: t('notes.back'), onClick: options.onBack },
      ),
    ),
  );
  focusStatic(heading);
}
