/**
 * Translation keys the code builds at run time from a slug, declared here and nowhere else
 * so that game/i18n/localeKeys.test.ts can check them: for each prefix, every slug its
 * source yields must have its keys in every language, and no other key may sit under it.
 * Build such keys only as a template literal directly inside `t(…)`, e.g.
 * t(`technique.${slug}.title`); any other key is a plain string literal.
 */

/** Where the slugs come from. */
export type KeySlugSource =
  /** story.json `contentNotes`, `# cw:` tags and the ethics config's allowedContentNotes. */
  | 'contentNotes'
  /** `# technique:` tags in the stories. */
  | 'techniques'
  /** The hook types of the tag vocabulary (`# hook:`). */
  | 'hooks';

export const DYNAMIC_KEY_PREFIXES: Readonly<Record<string, KeySlugSource>> = {
  'contentNote.': 'contentNotes',
  'technique.': 'techniques',
  'prompt.': 'hooks',
};
