/**
 * Test helpers: tiny real stories on disk, and a dist/ folder built from them the way the
 * production build lays it out (compiled for real, with a real manifest).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileStoryBundle, writeStoryBundle } from '../../core/stories/storyBundle.node.ts';
import type { StoryMeta } from '../../core/stories/storyMeta.ts';
import { writeTree } from '../../core/testing/inkFixtures.node.ts';

export interface StoryFixture {
  id: string;
  /** Ink sources per locale: `{ en: { 'main.ink': '…' } }`. */
  ink: Record<string, Record<string, string>>;
  minAge?: number;
  contentNotes?: string[];
}

export function storyMetaFor(fixture: StoryFixture): StoryMeta {
  const locales = Object.keys(fixture.ink);
  const perLocale = (text: string) =>
    Object.fromEntries(locales.map((locale) => [locale, `${text} (${locale})`]));
  return {
    id: fixture.id,
    title: perLocale(`Title of ${fixture.id}`),
    summary: perLocale(`Summary of ${fixture.id}`),
    minAge: fixture.minAge ?? 13,
    contentNotes: fixture.contentNotes ?? [],
    themes: [],
    locales,
    entry: 'main.ink',
  };
}

/** Writes stories/<id>/story.json and the ink of each locale to a new temporary folder. */
export function writeStoriesDir(fixtures: StoryFixture[]): string {
  const files: Record<string, string> = {};
  for (const fixture of fixtures) {
    files[`${fixture.id}/story.json`] = JSON.stringify(storyMetaFor(fixture), null, 2);
    for (const [locale, sources] of Object.entries(fixture.ink)) {
      for (const [name, source] of Object.entries(sources)) {
        files[`${fixture.id}/${locale}/${name}`] = source;
      }
    }
  }
  return writeTree(files, 'offramp-stories-');
}

export const GAME_PAGE =
  '<!doctype html><title>Offramp game</title><script type="module" src="/assets/game-3f2a1b.js"></script>';
export const COUNSELLOR_PAGE = '<!doctype html><title>Offramp counsellor</title>';
export const GAME_SCRIPT = 'console.log("the game");\n';

/**
 * Compiles every story of `storiesDir` into `<distDir>/stories/` with a manifest, next to
 * minimal game and counsellor pages and one hashed asset. Returns the dist folder.
 */
export function buildDist(storiesDir: string, distDir = writeTree({}, 'offramp-dist-')): string {
  writeStoryBundle(compileStoryBundle(storiesDir), path.join(distDir, 'stories'));
  const write = (name: string, contents: string): void => {
    mkdirSync(path.dirname(path.join(distDir, name)), { recursive: true });
    writeFileSync(path.join(distDir, name), contents);
  };
  write('game/index.html', GAME_PAGE);
  write('counsellor/index.html', COUNSELLOR_PAGE);
  write('assets/game-3f2a1b.js', GAME_SCRIPT);
  write('favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return distDir;
}
