/**
 * The counsellor workspace (a later issue). For now a placeholder page, in the language of
 * the browser (en or de), with its strings in public/locales/<lng>/counsellor.json.
 */
import i18next from 'i18next';
import './counsellor.css';

const LANGUAGES = ['en', 'de'] as const;
const FALLBACK = 'en';
const NAMESPACE = 'counsellor';

function pickLanguage(preferred: readonly string[]): string {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (LANGUAGES.some((language) => language === base)) return base as string;
  }
  return FALLBACK;
}

async function loadStrings(language: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${import.meta.env.BASE_URL}locales/${language}/${NAMESPACE}.json`);
  if (!response.ok) throw new Error(`${NAMESPACE}.json for ${language}: ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

async function start(): Promise<void> {
  const language = pickLanguage(navigator.languages);
  const languages = [...new Set([language, FALLBACK])];
  const strings = await Promise.all(languages.map(loadStrings));
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: language,
    fallbackLng: FALLBACK,
    ns: [NAMESPACE],
    defaultNS: NAMESPACE,
    resources: Object.fromEntries(
      languages.map((lng, index) => [lng, { [NAMESPACE]: strings[index] ?? {} }]),
    ),
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
  document.title = i18n.t('title');
  const heading = document.createElement('h1');
  heading.textContent = i18n.t('heading');
  const note = document.createElement('p');
  note.textContent = i18n.t('comingSoon');
  document.getElementById('workspace')?.replaceChildren(heading, note);
}

void start();
