/**
 * UI strings through i18next. Resources are public/locales/<lng>/<namespace>.json, fetched
 * from the game's own origin; the language follows the browser, falling back to English, and
 * can be switched at any time (the other language's files are fetched when first needed).
 */
import i18next from 'i18next';

export const UI_LANGUAGES = ['en', 'de'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const FALLBACK_LANGUAGE: UiLanguage = 'en';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface Translator {
  /** The current UI language; it changes with `changeLanguage`. */
  readonly language: UiLanguage;
  /** Always translates into the current language, so it may be kept across a switch. */
  t: Translate;
  /** Resolves once the strings of `language` are loaded and in use. */
  changeLanguage(language: UiLanguage): Promise<void>;
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return UI_LANGUAGES.some((language) => language === value);
}

/** The first of the browser's languages the UI speaks (`de-AT` counts as `de`). */
export function pickUiLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isUiLanguage(base)) return base;
  }
  return FALLBACK_LANGUAGE;
}

async function fetchResources(
  fetchFn: typeof fetch,
  url: string,
): Promise<Record<string, unknown>> {
  const response = await fetchFn(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  const data: unknown = await response.json();
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(`GET ${url} is not an object of strings`);
  }
  return data as Record<string, unknown>;
}

/**
 * The game's namespaces, one file each per language. Each part of the game keeps its strings
 * in its own file under its own top-level keys, so a key is found whatever file it is in.
 */
export const GAME_NAMESPACES = ['shell', 'story', 'art', 'chat'] as const;

export async function createTranslator(options: {
  preferred: readonly string[];
  namespaces?: readonly string[];
  base?: string;
  fetchFn?: typeof fetch;
}): Promise<Translator> {
  const namespaces = options.namespaces ?? GAME_NAMESPACES;
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const fetchFn = options.fetchFn ?? fetch.bind(globalThis);
  const loadLanguage = async (lng: UiLanguage) => {
    const files = await Promise.all(
      namespaces.map((ns) => fetchResources(fetchFn, `${base}locales/${lng}/${ns}.json`)),
    );
    return Object.fromEntries(namespaces.map((ns, index) => [ns, files[index] ?? {}]));
  };

  const initial = pickUiLanguage(options.preferred);
  const languages = [...new Set([initial, FALLBACK_LANGUAGE])];
  const loaded = await Promise.all(languages.map(loadLanguage));
  const instance = i18next.createInstance();
  await instance.init({
    lng: initial,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: [...UI_LANGUAGES],
    ns: [...namespaces],
    defaultNS: namespaces[0],
    fallbackNS: namespaces.slice(1),
    resources: Object.fromEntries(languages.map((lng, index) => [lng, loaded[index] ?? {}])),
    // Text reaches the page through textContent, never as HTML, so nothing needs escaping.
    interpolation: { escapeValue: false },
  });

  let current: UiLanguage = initial;
  return {
    get language() {
      return current;
    },
    t: (key, values) => instance.t(key, values ?? {}),
    async changeLanguage(language) {
      if (!instance.hasResourceBundle(language, namespaces[0] ?? '')) {
        const resources = await loadLanguage(language);
        for (const [ns, strings] of Object.entries(resources)) {
          instance.addResourceBundle(language, ns, strings, true, true);
        }
      }
      await instance.changeLanguage(language);
      current = language;
    },
  };
}
