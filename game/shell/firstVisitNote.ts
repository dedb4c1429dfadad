/**
 * Before the first story (DESIGN.md, "Quick exit"): a short note on what quick exit does and
 * what it cannot do. It sits in the page flow above the stories, not over them, so nothing
 * is blocked while it is there; dismissing it is remembered in the settings.
 */
import type { Translate } from '../i18n/translator.ts';
import { el } from '../ui/dom.ts';
import { quickExitExplanation } from './helpPanel.ts';

export function renderFirstVisitNote(
  container: HTMLElement,
  options: { t: Translate; onDismiss(): void },
): void {
  const { t } = options;
  const dismiss = el(
    'button',
    { type: 'button', class: 'button-primary' },
    t('firstVisit.dismiss'),
  );
  dismiss.addEventListener('click', () => options.onDismiss());
  container.replaceChildren(
    el(
      'aside',
      { class: 'first-visit-note', 'aria-labelledby': 'first-visit-note-title' },
      el('h2', { id: 'first-visit-note-title' }, t('firstVisit.heading')),
      ...quickExitExplanation(t),
      dismiss,
    ),
  );
}

export function removeFirstVisitNote(container: HTMLElement): void {
  container.replaceChildren();
}
