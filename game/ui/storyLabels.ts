/** Words about stories that come from their data: titles in the right language, content notes, techniques. */
import type { Translate } from '../i18n/translator.ts';
import { humaniseSlug } from '../play/techniques.ts';

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

export interface TechniqueText {
  title: string;
  /** Empty when the translations do not explain this technique. */
  description: string;
}

export function techniqueText(t: Translate, slug: string): TechniqueText {
  return {
    title: t(`technique.${slug}.title`, { defaultValue: humaniseSlug(slug) }),
    description: t(`technique.${slug}.description`, { defaultValue: '' }),
  };
}
