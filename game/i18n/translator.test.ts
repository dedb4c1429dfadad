import { describe, expect, it } from 'vitest';
import counsellorDe from '../../public/locales/de/counsellor.json';
import counsellorEn from '../../public/locales/en/counsellor.json';
import shellDe from '../../public/locales/de/shell.json';
import shellEn from '../../public/locales/en/shell.json';
import storyDe from '../../public/locales/de/story.json';
import storyEn from '../../public/locales/en/story.json';
import artDe from '../../public/locales/de/art.json';
import artEn from '../../public/locales/en/art.json';
import chatDe from '../../public/locales/de/chat.json';
import chatEn from '../../public/locales/en/chat.json';
import { createTranslator, pickUiLanguage } from './translator.ts';

const PUBLIC_FILES: Record<string, unknown> = {
  '/locales/en/shell.json': shellEn,
  '/locales/de/shell.json': shellDe,
  '/locales/en/story.json': storyEn,
  '/locales/de/story.json': storyDe,
  '/locales/en/art.json': artEn,
  '/locales/de/art.json': artDe,
  '/locales/en/chat.json': chatEn,
  '/locales/de/chat.json': chatDe,
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

  it('switches language, fetching the new strings once, and keeps t working', async () => {
    const requested: string[] = [];
    const countingFetch: typeof fetch = async (input, init) => {
      requested.push(new URL(String(input), 'http://game.test').pathname);
      return publicFetch(input, init);
    };
    const translator = await createTranslator({ preferred: ['en-GB'], fetchFn: countingFetch });
    const { t } = translator;
    expect(t('story.end')).toBe('The end');
    await translator.changeLanguage('de');
    expect(translator.language).toBe('de');
    expect(t('story.end')).toBe('Ende');
    await translator.changeLanguage('en');
    await translator.changeLanguage('de');
    expect(requested.filter((path) => path.startsWith('/locales/de/')).sort()).toEqual([
      '/locales/de/art.json',
      '/locales/de/chat.json',
      '/locales/de/shell.json',
      '/locales/de/story.json',
    ]);
  });

  it('fails when the resources cannot be fetched', async () => {
    await expect(
      createTranslator({ preferred: ['en'], namespaces: ['missing'], fetchFn: publicFetch }),
    ).rejects.toThrow('/locales/en/missing.json answered 404');
  });
});
