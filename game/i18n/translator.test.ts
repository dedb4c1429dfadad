import { describe, expect, it } from 'vitest';
import counsellorDe from '../../public/locales/de/counsellor.json';
import counsellorEn from '../../public/locales/en/counsellor.json';
import shellDe from '../../public/locales/de/shell.json';
import shellEn from '../../public/locales/en/shell.json';
import storyDe from '../../public/locales/de/story.json';
import storyEn from '../../public/locales/en/story.json';
import artDe from '../../public/locales/de/art.json';
import artEn from '../../public/locales/en/art.json';
import { createTranslator, pickUiLanguage } from './translator.ts';

const PUBLIC_FILES: Record<string, unknown> = {
  '/locales/en/shell.json': shellEn,
  '/locales/de/shell.json': shellDe,
  '/locales/en/story.json': storyEn,
  '/locales/de/story.json': storyDe,
  '/locales/en/art.json': artEn,
  '/locales/de/art.json': artDe,
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
    expect(t('app.title')).toBe('Offramp');
  });

  it('ships the same keys in every language', () => {
    expect(keysOf(shellDe).sort()).toEqual(keysOf(shellEn).sort());
    expect(keysOf(storyDe).sort()).toEqual(keysOf(storyEn).sort());
    expect(keysOf(artDe).sort()).toEqual(keysOf(artEn).sort());
    expect(keysOf(counsellorDe).sort()).toEqual(keysOf(counsellorEn).sort());
  });

  it('fails when the resources cannot be fetched', async () => {
    await expect(
      createTranslator({ preferred: ['en'], namespaces: ['missing'], fetchFn: publicFetch }),
    ).rejects.toThrow('/locales/en/missing.json answered 404');
  });
});
