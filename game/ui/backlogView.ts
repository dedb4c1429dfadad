/**
 * The backlog: every line the player has seen in this playthrough, with who said it, to read
 * again at their own pace. It opens in the page above the current passage, not as a modal,
 * so the top bar (above all Quick exit) stays in reach; Escape or Close return the focus to
 * the button that opened it.
 */
import type { Translate } from '../i18n/translator.ts';
import type { ShownEntry } from '../play/shownLine.ts';
import { el, focusStatic } from './dom.ts';

export const BACKLOG_ID = 'story-backlog';

export function backlogPanel(options: {
  t: Translate;
  entries: readonly ShownEntry[];
  contentNoteLabel(note: string): string;
  onClose(): void;
}): { element: HTMLElement; focus(): void } {
  const { t } = options;
  const headingId = `${BACKLOG_ID}-heading`;
  const heading = el('h2', { id: headingId }, t('backlog.heading'));
  const close = el('button', { type: 'button', class: 'button-quiet' }, t('backlog.close'));
  close.addEventListener('click', options.onClose);
  const items = options.entries.flatMap((entry) => backlogItem(entry, options));
  const element = el(
    'section',
    { id: BACKLOG_ID, class: 'backlog', 'aria-labelledby': headingId },
    el('div', { class: 'backlog-header' }, heading, close),
    items.length > 0
      ? el('ol', { class: 'backlog-list' }, ...items)
      : el('p', {}, t('backlog.empty')),
  );
  element.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    options.onClose();
  });
  return { element, focus: () => focusStatic(heading) };
}

function backlogItem(
  entry: ShownEntry,
  options: { t: Translate; contentNoteLabel(note: string): string },
): HTMLElement[] {
  const { t } = options;
  if (entry.kind === 'chosen') {
    return [
      el(
        'li',
        { class: 'backlog-chosen' },
        el('span', { class: 'backlog-label' }, t('story.chosen')),
        ' ',
        entry.text,
      ),
    ];
  }
  const items: HTMLElement[] = [];
  if (entry.contentNote) {
    items.push(
      el(
        'li',
        { class: 'backlog-note' },
        t('story.contentNote', { note: options.contentNoteLabel(entry.contentNote) }),
      ),
    );
  }
  if (entry.text.trim() === '') return items;
  const speaker = entry.phone?.outgoing ? t('phone.you') : entry.speaker;
  items.push(
    el(
      'li',
      { class: entry.phone ? 'backlog-line backlog-phone' : 'backlog-line' },
      speaker !== undefined &&
        el('span', { class: 'backlog-label' }, t('story.speaker', { name: speaker })),
      speaker !== undefined && ' ',
      entry.phone && el('span', { class: 'visually-hidden' }, `${t('backlog.phoneMessage')} `),
      entry.text,
    ),
  );
  return items;
}
