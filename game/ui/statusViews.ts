/** Screens for the moments between screens: loading, and a failure the player can retry. */
import type { Translate } from '../i18n/translator.ts';
import { el } from './dom.ts';

export function renderLoading(root: HTMLElement, t: Translate): void {
  root.replaceChildren(el('p', { class: 'loading', role: 'status' }, t('app.loading')));
}

/** A failure the player can retry, announced to screen readers. */
export function renderLoadFailure(
  root: HTMLElement,
  options: { t: Translate; message: string; onRetry(): void; onBack?(): void },
): void {
  const { t } = options;
  const retry = el('button', { type: 'button', class: 'button-primary' }, t('errors.retry'));
  retry.addEventListener('click', options.onRetry);
  const back =
    options.onBack &&
    el('button', { type: 'button', class: 'button-quiet' }, t('story.backToLibrary'));
  if (back && options.onBack) back.addEventListener('click', options.onBack);
  root.replaceChildren(
    el(
      'div',
      { class: 'load-failure screen-panel', role: 'alert' },
      el('p', {}, options.message),
      el('div', { class: 'button-row' }, retry, back),
    ),
  );
  retry.focus();
}
