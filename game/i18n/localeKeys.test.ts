import { describe, expect, it } from 'vitest';
import ethicsConfig from '../../ethics.config.json';
import { HOOK_TYPES } from '../../core/story/tags.ts';
import { DYNAMIC_KEY_PREFIXES, type KeySlugSource } from './dynamicKeys.ts';
import { checkLocaleKeys, scanStringLiterals, type LocaleCheckInput } from './localeKeys.ts';
import { GAME_NAMESPACES } from './translator.ts';

describe('scanStringLiterals', () => {
  it('finds strings and templates, and which are the key of a t() call', () => {
    const source = [
      "const a = t('library.heading');",
      'const b = i18n.t("title", { x: 1 });',
      "const c = label('story.end');",
      'const d = t(`technique.${slug}.title`, { defaultValue: `${slug}` });',
      "const e = format(t( 'spaced.key' ));",
    ].join('\n');
    expect(scanStringLiterals(source)).toEqual([
      { line: 1, parts: ['library.heading'], inTranslateCall: true },
      { line: 2, parts: ['title'], inTranslateCall: true },
      { line: 3, parts: ['story.end'], inTranslateCall: false },
      { line: 4, parts: ['technique.', '.title'], inTranslateCall: true },
      { line: 4, parts: ['', ''], inTranslateCall: false },
      { line: 5, parts: ['spaced.key'], inTranslateCall: true },
    ]);
  });

  it('skips comments and regular expressions, and follows nested templates', () => {
    const source = [
      "// t('in.a.comment')",
      "/* t('in.a.block') */ const re = /['\"`]/g, half = 4 / 2;",
      "const s = `a ${`b ${t('nested.key')}`} c`;",
      "const escaped = 'it\\'s';",
    ].join('\n');
    const found = scanStringLiterals(source);
    expect(found.filter((literal) => literal.inTranslateCall)).toEqual([
      { line: 3, parts: ['nested.key'], inTranslateCall: true },
    ]);
    expect(found.map((literal) => literal.parts)).toContainEqual(["it's"]);
    expect(found.flatMap((literal) => literal.parts).join(' ')).not.toContain('comment');
  });
});

const NO_SLUGS: Record<KeySlugSource, string[]> = { contentNotes: [], techniques: [], hooks: [] };

function input(
  code: string,
  strings: { en: unknown; de: unknown },
  slugs: Partial<Record<KeySlugSource, string[]>> = {},
): LocaleCheckInput {
  return {
    scopes: [
      { name: 'game', namespaces: ['shell'], sources: [{ path: 'game/view.ts', text: code }] },
    ],
    locales: [
      { language: 'en', namespace: 'shell', path: 'en/shell.json', strings: strings.en },
      { language: 'de', namespace: 'shell', path: 'de/shell.json', strings: strings.de },
    ],
    dynamicPrefixes: { 'technique.': 'techniques' },
    slugs: { ...NO_SLUGS, ...slugs },
  };
}

describe('checkLocaleKeys', () => {
  const both = (strings: unknown) => ({ en: strings, de: strings });

  it('passes when code and every language agree', () => {
    const code = "t('menu.open'); const LABELS = { a: 'menu.close' }; t('items', { count });";
    const strings = { menu: { open: 'Open', close: 'Close' }, items_one: '1', items_other: 'n' };
    expect(checkLocaleKeys(input(code, both(strings)))).toEqual([]);
  });

  it('names a key the code uses that a language lacks, with the line using it', () => {
    const code = "\nt('menu.open');\nt('menu.missing');";
    const problems = checkLocaleKeys(
      input(code, { en: { menu: { open: 'Open' } }, de: { menu: { open: 'Öffnen' } } }),
    );
    expect(problems).toEqual([
      'game/view.ts:3: "menu.missing" is in no game translation file (shell) of de, en',
    ]);
  });

  it('names a key no code uses, and a language with different keys', () => {
    const problems = checkLocaleKeys(
      input("t('menu.open');", {
        en: { menu: { open: 'Open', old: 'Old' } },
        de: { menu: { open: 'Auf' } },
      }),
    );
    expect(problems).toEqual([
      'de/shell.json: lacks "menu.old", which other languages have',
      '"menu.old" is used by no game code (en/shell.json)',
    ]);
  });

  it('checks keys built from slugs against the slugs the stories use', () => {
    const code = 't(`technique.${slug}.title`);';
    const strings = { technique: { isolation: { title: 'Isolation' }, retired: { title: 'Old' } } };
    expect(
      checkLocaleKeys(input(code, both(strings), { techniques: ['isolation', 'love-bombing'] })),
    ).toEqual([
      'game/view.ts:1 (techniques: "love-bombing"): "technique.love-bombing.title" is in no game translation file (shell) of de, en',
      '"technique.retired.title" is used by no game code; no slug of its source makes it from "technique." (de/shell.json, en/shell.json)',
    ]);
  });

  it('refuses a key built at run time from an undeclared prefix', () => {
    expect(checkLocaleKeys(input('t(`menu.${item}`);', both({})))).toEqual([
      'game/view.ts:1: t(`menu.${…}`) builds a key at run time: declare its prefix "menu." in DYNAMIC_KEY_PREFIXES (game/i18n/dynamicKeys.ts)',
    ]);
  });
});

// The shipped files, read through Vite (no Node file API in game/): code, translations, stories.
const gameSources = import.meta.glob<string>(['/game/**/*.ts', '!**/*.test.ts', '!/game/e2e/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const counsellorSources = import.meta.glob<string>(
  ['/counsellor/**/*.ts', '!**/*.test.ts', '!/counsellor/e2e/**'],
  { query: '?raw', import: 'default', eager: true },
);
const localeFiles = import.meta.glob<unknown>('/public/locales/*/*.json', {
  import: 'default',
  eager: true,
});
const storyMetas = import.meta.glob<{ contentNotes?: string[] }>('/stories/*/story.json', {
  import: 'default',
  eager: true,
});
const inkSources = import.meta.glob<string>('/stories/**/*.ink', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function tagValues(tag: string): string[] {
  const pattern = new RegExp(`#\\s*${tag}\\s*:\\s*([a-z0-9-]+)`, 'g');
  return Object.values(inkSources).flatMap((text) =>
    [...text.matchAll(pattern)].map((match) => match[1] ?? ''),
  );
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
const sourceFiles = (files: Record<string, string>) =>
  Object.entries(files).map(([path, text]) => ({ path: path.slice(1), text }));

function shippedInput(): LocaleCheckInput {
  return {
    scopes: [
      { name: 'game', namespaces: GAME_NAMESPACES, sources: sourceFiles(gameSources) },
      { name: 'counsellor', namespaces: ['counsellor'], sources: sourceFiles(counsellorSources) },
    ],
    locales: Object.entries(localeFiles).map(([path, strings]) => {
      const [, language = '', file = ''] = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
      return { language, namespace: file, path: path.slice(1), strings };
    }),
    dynamicPrefixes: DYNAMIC_KEY_PREFIXES,
    slugs: {
      contentNotes: sorted([
        ...ethicsConfig.content.allowedContentNotes,
        ...Object.values(storyMetas).flatMap((meta) => meta.contentNotes ?? []),
        ...tagValues('cw'),
      ]),
      techniques: sorted(tagValues('technique')),
      hooks: sorted(HOOK_TYPES),
    },
  };
}

describe('the shipped translations', () => {
  it('were all found', () => {
    const input = shippedInput();
    expect(input.scopes[0]?.sources.map((file) => file.path)).toContain('game/main.ts');
    expect(input.locales.map((file) => file.path)).toContain('public/locales/de/shell.json');
    expect(input.slugs.techniques).toContain('isolation');
  });

  it('match the code: no key missing in any language, none unused', () => {
    expect(checkLocaleKeys(shippedInput())).toEqual([]);
  });
});
