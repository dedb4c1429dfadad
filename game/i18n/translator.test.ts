import { describe, expect, it } from 'vitest';
import counsellorDe from '../../public/locales/de/counsellor.json';
import counsellorEn from '../../public/locales/en/counsellor.json';
import translationDe from '../../public/locales/de/translation.json';
import translationEn from '../../public/locales/en/translation.json';
import { createTranslator, pickUiLanguage } from './translator.ts';

const PUBLIC_FILES: Record<string, unknown> = {
  '/locales/en/translation.json': translationEn,
  '/locales/de/translation.json': translationDe,
  '/locales/en/counsellor.json': counsellorEn,
  '/locales/de/counsellor.json': counsellorDe,
};

/** Answers with the shipped public/ files, as the game's origin does. */
const publicFetch: typeof fetch = async (input) => {
  const file = PUBLIC_FILES[new URL(String(input), 'http://game.test').pathname];
  return file === undefined
    ? new Response('not found', { status: 404 })
    : new Response(JSON.stringify(file), { status: 200 });
};

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    keysOf(inner, prefix ? `${prefix}.${key}` : key),
  );
}

describe('pickUiLanguage', () => {
  it('takes the first browser language the UI speaks, by its base language', () => {
    expect(pickUiLanguage(['fr-FR', 'de-AT', 'en'])).toBe('de');
    expect(pickUiLanguage(['EN-gb'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(pickUiLanguage(['fr', 'tr'])).toBe('en');
    expect(pickUiLanguage([])).toBe('en');
  });
});

describe('createTranslator', () => {
  it('translates with the shipped resources and interpolates without HTML escaping', async () => {
    const { language, t } = await createTranslator({ preferred: ['de-DE'], fetchFn: publicFetch });
    expect(language).toBe('de');
    expect(t('story.end')).toBe('Ende');
    expect(t('story.speaker', { name: "O'Brien & Co" })).toBe("O'Brien & Co:");
  });

  it('ships the same keys in every language', () => {
    expect(keysOf(translationDe).sort()).toEqual(keysOf(translationEn).sort());
    expect(keysOf(counsellorDe).sort()).toEqual(keysOf(counsellorEn).sort());
  });

  it('fails when the resources cannot be fetched', async () => {
    await expect(
      createTranslator({ preferred: ['en'], namespace: 'missing', fetchFn: publicFetch }),
    ).rejects.toThrow('/locales/en/missing.json answered 404');
  });
});
