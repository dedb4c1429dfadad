/**
 * A save that no longer fits the story (it was updated, or the save cannot be read): said
 * kindly, with a clean way to start again. Never a crash, never a dead end.
 */
import type { Translate } from '../i18n/translator.ts';
import { el, focusStatic } from './dom.ts';
import { equalButtons } from './equalButtons.ts';

export interface SavedPlaceLostOptions {
  t: Translate;
  title: string;
  reason: 'content-changed' | 'unreadable';
  onRestart(): void;
  onBack(): void;
}

export function renderSavedPlaceLost(root: HTMLElement, options: SavedPlaceLostOptions): void {
  const { t } = options;
  const heading = el('h1', {}, t('savedPlace.heading'));
  root.replaceChildren(
    el(
      'div',
      { class: 'saved-place-lost screen-panel' },
      heading,
      el('p', { class: 'saved-place-story' }, options.title),
      el(
        'p',
        {},
        options.reason === 'content-changed' ? t('savedPlace.changed') : t('savedPlace.unreadable'),
      ),
      el('p', {}, t('savedPlace.nothingWrong')),
      equalButtons(
        { label: t('library.restart'), onClick: options.onRestart },
        { label: t('story.backToLibrary'), onClick: options.onBack },
      ),
    ),
  );
  focusStatic(heading);
}
