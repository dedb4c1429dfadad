import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../testing/inkFixtures.node.ts';
import {
  compileStoryLocale,
  listStoryIds,
  loadStoryMeta,
  storySourceFiles,
  StoryMetaError,
} from './storyCatalog.node.ts';

const meta = {
  id: 'tiny',
  title: { en: 'Tiny', de: 'Winzig' },
  summary: { en: 'A tiny story.', de: 'Eine winzige Geschichte.' },
  minAge: 13,
  contentNotes: ['manipulation'],
  themes: ['friendship'],
  locales: ['en', 'de'],
  entry: 'main.ink',
};

function metaProblems(storyJson: unknown, files: Record<string, string> = {}): string[] {
  const dir = writeTree({ 'tiny/story.json': JSON.stringify(storyJson), ...files });
  try {
    loadStoryMeta(dir, 'tiny');
  } catch (error) {
    expect(error).toBeInstanceOf(StoryMetaError);
    return (error as StoryMetaError).problems.map((p) => p.message);
  }
  throw new Error('expected story.json to be rejected');
}

describe('story catalog', () => {
  it('lists, loads and compiles a story per locale', () => {
    const dir = writeTree({
      'tiny/story.json': JSON.stringify(meta),
      'tiny/en/main.ink': 'Hello\n-> END\n',
      'tiny/de/main.ink': 'Hallo\n-> END\n',
      'not-a-story/readme.txt': 'x',
    });
    expect(listStoryIds(dir)).toEqual(['tiny']);
    const loaded = loadStoryMeta(dir, 'tiny');
    const de = compileStoryLocale(dir, loaded, 'de');
    expect(de.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(de.json).toContain('Hallo');
    expect(compileStoryLocale(dir, loaded, 'en').contentHash).not.toBe(de.contentHash);
    expect(storySourceFiles(dir, 'tiny').map((f) => path.relative(dir, f))).toEqual([
      'tiny/de/main.ink',
      'tiny/en/main.ink',
      'tiny/story.json',
    ]);
  });

  it('names the field of every story.json problem', () => {
    expect(
      metaProblems(
        { ...meta, minAge: 'thirteen', locales: ['en', 'fr'], extra: 1 },
        {
          'tiny/en/main.ink': 'x',
        },
      ),
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^minAge: /),
        expect.stringMatching(/^\(root\): Unrecognized key: "extra"/),
      ]),
    );
  });

  it('requires the texts of every locale and the entry files', () => {
    expect(metaProblems({ ...meta, locales: ['en', 'fr'] }, { 'tiny/en/main.ink': 'x' })).toEqual([
      'title.fr: missing the fr text',
      'summary.fr: missing the fr text',
    ]);
    expect(metaProblems(meta, { 'tiny/en/main.ink': 'x' })).toEqual([
      expect.stringMatching(/^entry: .*tiny\/de\/main\.ink does not exist$/),
    ]);
  });

  it('rejects an id that differs from the folder and unreadable JSON', () => {
    expect(
      metaProblems({ ...meta, id: 'other' }, { 'tiny/en/main.ink': 'x', 'tiny/de/main.ink': 'x' }),
    ).toEqual(['id: "other" differs from its folder name "tiny"']);
    const dir = writeTree({ 'tiny/story.json': '{ nope' });
    expect(() => loadStoryMeta(dir, 'tiny')).toThrow(/not valid JSON/);
  });
});
