/**
 * Draws what the player has seen (game/play/shownLine.ts) as story text: paragraphs with
 * speaker name plates, content notes, the choice that led here, and runs of phone lines as
 * a phone. Text always goes in as text, never as HTML.
 */
import type { Translate } from '../i18n/translator.ts';
import type { ShownEntry, ShownLine } from '../play/shownLine.ts';
import { el } from './dom.ts';
import { appendPhoneMessages, isPhoneFrame, phoneFrame, type PhoneLine } from './phoneView.ts';

export interface PassageRenderOptions {
  t: Translate;
  contentNoteLabel(note: string): string;
  /** New phone messages type in (while playing; never when a screen is redrawn). */
  animate: boolean;
  /** In an ending the `# debrief` lines belong to the debrief, not to the story text. */
  skipDebriefLines: boolean;
}

/** Appends entries; returns, in order, the element that shows each entry's text. */
export function appendEntries(
  container: HTMLElement,
  entries: readonly ShownEntry[],
  options: PassageRenderOptions,
): HTMLElement[] {
  const { t } = options;
  const shown: HTMLElement[] = [];
  let phoneRun: PhoneLine[] = [];
  const flushPhone = () => {
    if (phoneRun.length === 0) return;
    let frame = container.lastElementChild;
    if (!isPhoneFrame(frame)) {
      frame = phoneFrame(t);
      container.append(frame);
    }
    shown.push(...appendPhoneMessages(frame as HTMLElement, phoneRun, options));
    phoneRun = [];
  };
  for (const entry of entries) {
    if (entry.kind === 'line' && entry.phone && !entry.contentNote && !skipped(entry, options)) {
      phoneRun.push({ text: entry.text, speaker: entry.speaker, phone: entry.phone });
      continue;
    }
    flushPhone();
    if (entry.kind === 'chosen') {
      const chosen = el(
        'p',
        { class: 'story-chosen' },
        el('span', { class: 'visually-hidden' }, `${t('story.chosen')} `),
        entry.text,
      );
      container.append(chosen);
      shown.push(chosen);
      continue;
    }
    if (entry.contentNote) {
      container.append(
        el(
          'p',
          { class: 'story-content-note' },
          t('story.contentNote', { note: options.contentNoteLabel(entry.contentNote) }),
        ),
      );
    }
    if (skipped(entry, options)) continue;
    if (entry.phone) {
      phoneRun.push({ text: entry.text, speaker: entry.speaker, phone: entry.phone });
      continue;
    }
    const line = lineParagraph(entry, t);
    container.append(line);
    shown.push(line);
  }
  flushPhone();
  return shown;
}

function skipped(entry: ShownLine, options: PassageRenderOptions): boolean {
  return entry.text.trim() === '' || (options.skipDebriefLines && entry.debrief === true);
}

function lineParagraph(entry: ShownLine, t: Translate): HTMLElement {
  if (entry.speaker === undefined) return el('p', { class: 'story-line' }, entry.text);
  return el(
    'p',
    { class: 'story-line story-line-spoken' },
    // The plate is for the eye; a screen reader hears "Name:" before the words.
    el('span', { class: 'speaker-plate', 'aria-hidden': 'true' }, entry.speaker),
    el('span', { class: 'visually-hidden' }, `${t('story.speaker', { name: entry.speaker })} `),
    el('span', { class: 'story-line-text' }, entry.text),
  );
}
