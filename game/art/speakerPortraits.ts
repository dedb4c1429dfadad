/**
 * Which portrait shows for a `# speaker`, per story language, as data: the same person has a
 * different name in each locale (Mum / Mama), and a name without an entry gets the neutral
 * silhouette. Names match without regard to case or surrounding spaces.
 */
export const PORTRAIT_IDS = ['mia', 'kai', 'parent', 'sibling', 'counsellor', 'unknown'] as const;
export type PortraitId = (typeof PORTRAIT_IDS)[number];

export const UNKNOWN_PORTRAIT: PortraitId = 'unknown';

export const SPEAKER_PORTRAITS: Readonly<Record<string, Readonly<Record<string, PortraitId>>>> = {
  en: {
    Mia: 'mia',
    Kai: 'kai',
    Mum: 'parent',
    Mom: 'parent',
    Leo: 'sibling',
    Jonas: 'sibling',
    'Your brother': 'sibling',
    Counsellor: 'counsellor',
    Counselor: 'counsellor',
  },
  de: {
    Mia: 'mia',
    Kai: 'kai',
    Mama: 'parent',
    Mutter: 'parent',
    Leo: 'sibling',
    Jonas: 'sibling',
    'Dein Bruder': 'sibling',
    Beraterin: 'counsellor',
    Berater: 'counsellor',
  },
};

const normalise = (name: string) => name.trim().toLocaleLowerCase();

function lookUp(table: Readonly<Record<string, PortraitId>> | undefined, name: string) {
  if (!table) return undefined;
  const wanted = normalise(name);
  for (const [speaker, portrait] of Object.entries(table)) {
    if (normalise(speaker) === wanted) return portrait;
  }
  return undefined;
}

/**
 * The portrait for a speaker: the story language's table first, then any other language's
 * (a German story may still call someone "Mum"), then the neutral silhouette.
 */
export function portraitFor(name: string, locale: string | undefined): PortraitId {
  const language = locale?.toLowerCase().split('-')[0];
  const own = language ? lookUp(SPEAKER_PORTRAITS[language], name) : undefined;
  if (own) return own;
  for (const table of Object.values(SPEAKER_PORTRAITS)) {
    const portrait = lookUp(table, name);
    if (portrait) return portrait;
  }
  return UNKNOWN_PORTRAIT;
}
