/**
 * The workspace's strings: public/locales/<lng>/counsellor.json, in the browser's language
 * (English or German), English where a string is missing.
 */
import i18next from 'i18next';

export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
const FALLBACK: Language = 'en';
const NAMESPACE = 'counsellor';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const match = LANGUAGES.find((language) => language === base);
    if (match) return match;
  }
  return FALLBACK;
}

async function loadStrings(language: Language): Promise<Record<string, unknown>> {
  const url = `${import.meta.env.BASE_URL}locales/${language}/${NAMESPACE}.json`;
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

export async function createTranslate(
  preferred: readonly string[],
): Promise<{ language: Language; t: Translate }> {
  const language = pickLanguage(preferred);
  const languages = [...new Set([language, FALLBACK])];
  const strings = await Promise.all(languages.map(loadStrings));
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: FALLBACK,
    ns: [NAMESPACE],
    defaultNS: NAMESPACE,
    resources: Object.fromEntries(
      languages.map((lng, index) => [lng, { [NAMESPACE]: strings[index] ?? {} }]),
    ),
    // Text goes into text nodes only (dom.ts): escaping would show &amp; to the reader.
    interpolation: { escapeValue: false },
  });
  return { language, t: (key, values) => instance.t(key, values) };
}
