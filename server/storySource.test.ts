import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { writeTree } from '../core/testing/inkFixtures.node.ts';
import { Story } from '../core/story/inkRuntime.ts';
import { createApp } from './app.ts';
import { startServer, type RunningServer } from './startServer.ts';
import {
  builtStorySource,
  liveStorySource,
  StoryBuildError,
  StoryManifestError,
  type StorySource,
} from './storySource.ts';
import {
  buildDist,
  storyMetaFor,
  writeStoriesDir,
  type StoryFixture,
} from './testing/storyFixtures.ts';
import { permissiveEthicsConfig } from '../core/testing/ethicsFixtures.node.ts';

/** Serves every story, as in development: the review gate has tests of its own. */
const SHOW_ALL = { config: permissiveEthicsConfig(), showUnreviewed: true };

const tempDirs: string[] = [];
const tracked = (dir: string): string => {
  tempDirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

const GREETING: StoryFixture = {
  id: 'greeting',
  ink: {
    en: {
      'main.ink': 'INCLUDE more.ink\nHello {5 / 2.0}.\n-> more\n',
      'more.ink': '== more ==\nBye.\n-> END\n',
    },
    de: { 'main.ink': 'Hallo.\n-> END\n' },
  },
};
const OTHER: StoryFixture = { id: 'other', ink: { en: { 'main.ink': 'Other.\n-> END\n' } } };

function play(json: string): string {
  const story = new Story(json);
  let out = '';
  while (story.canContinue) out += story.Continue();
  return out;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('liveStorySource (development)', () => {
  it('compiles stories on request and lists them', async () => {
    const dir = tracked(writeStoriesDir([GREETING, OTHER]));
    const source = liveStorySource(dir);
    expect((await source.list()).map((story) => story.id)).toEqual(['greeting', 'other']);
    const en = await source.get('greeting', 'en');
    expect(en?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(play(en?.json ?? '')).toBe('Hello 2.5.\nBye.\n');
    expect(await source.get('greeting', 'fr')).toBeUndefined();
    expect(await source.get('missing', 'en')).toBeUndefined();
  });

  it('recompiles when an included file changes, and only then', async () => {
    const dir = tracked(writeStoriesDir([GREETING]));
    const source = liveStorySource(dir);
    const before = await source.get('greeting', 'en');
    expect(await source.get('greeting', 'en')).toBe(before);

    writeFileSync(path.join(dir, 'greeting/en/more.ink'), '== more ==\nSee you soon.\n-> END\n');
    const after = await source.get('greeting', 'en');
    expect(after?.contentHash).not.toBe(before?.contentHash);
    expect(play(after?.json ?? '')).toBe('Hello 2.5.\nSee you soon.\n');
  });

  it('leaves a story whose ink does not compile out of the list and names file:line', async () => {
    const dir = tracked(writeStoriesDir([GREETING, OTHER]));
    const source = liveStorySource(dir);
    writeFileSync(path.join(dir, 'greeting/de/main.ink'), 'Hallo.\n-> nowhere\n');

    expect((await source.list()).map((story) => story.id)).toEqual(['other']);
    const error = await rejection(source.get('greeting', 'de'));
    expect(error).toBeInstanceOf(StoryBuildError);
    expect((error as StoryBuildError).message).toMatch(/greeting\/de\/main\.ink:2: .*nowhere/);
    // The locale that still compiles can still be played.
    expect(play((await source.get('greeting', 'en'))?.json ?? '')).toContain('Hello');

    writeFileSync(path.join(dir, 'greeting/de/main.ink'), 'Hallo wieder.\n-> END\n');
    expect((await source.list()).map((story) => story.id)).toEqual(['greeting', 'other']);
  });

  it('reports a broken story.json by its file', async () => {
    const dir = tracked(writeStoriesDir([GREETING]));
    const source = liveStorySource(dir);
    writeFileSync(
      path.join(dir, 'greeting/story.json'),
      JSON.stringify({ ...storyMetaFor(GREETING), minAge: 'young' }),
    );
    expect(await source.list()).toEqual([]);
    const error = await rejection(source.get('greeting', 'en'));
    expect((error as StoryBuildError).message).toMatch(/greeting\/story\.json:\d+: minAge: /);
  });

  it('notices stories that appear and disappear', async () => {
    const dir = tracked(writeStoriesDir([OTHER]));
    const source = liveStorySource(dir);
    expect((await source.list()).map((story) => story.id)).toEqual(['other']);
    mkdirSync(path.join(dir, 'greeting/en'), { recursive: true });
    writeFileSync(
      path.join(dir, 'greeting/story.json'),
      JSON.stringify(storyMetaFor({ id: 'greeting', ink: { en: {} } })),
    );
    writeFileSync(path.join(dir, 'greeting/en/main.ink'), 'New.\n-> END\n');
    expect((await source.list()).map((story) => story.id)).toEqual(['greeting', 'other']);
    rmSync(path.join(dir, 'other'), { recursive: true });
    expect((await source.list()).map((story) => story.id)).toEqual(['greeting']);
    expect(await source.get('other', 'en')).toBeUndefined();
  });
});

describe('the app in development', () => {
  let running: RunningServer | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });

  async function serveDev(
    stories: StorySource,
    mode: 'development' | 'production' = 'development',
  ) {
    const app = createApp({
      mode,
      stories,
      ethics: SHOW_ALL,
      frontend: {
        handler: (request, response) => {
          response.type('text').send(`dev frontend: ${request.path}`);
        },
      },
    });
    running = await startServer(app, { port: 0, host: '127.0.0.1' });
    return running.url;
  }

  it('shows the author where the ink broke, in development only', async () => {
    const dir = tracked(writeStoriesDir([GREETING]));
    writeFileSync(path.join(dir, 'greeting/en/more.ink'), '== more ==\n* [Go] -> gone\n');
    const source = liveStorySource(dir);

    const devUrl = await serveDev(source);
    const dev = await fetch(`${devUrl}/api/stories/greeting/en`);
    expect(dev.status).toBe(500);
    const { error } = (await dev.json()) as { error: string };
    expect(error).toMatch(/^.*greeting\/en\/more\.ink:2: .*gone/);
    expect(error).not.toContain('\n');
    await running?.close();

    const productionUrl = await serveDev(source, 'production');
    const production = await fetch(`${productionUrl}/api/stories/greeting/en`);
    expect(production.status).toBe(500);
    expect(await production.text()).toBe('{"error":"internal error"}');
  });

  it('serves the API first and hands everything else to the dev frontend', async () => {
    const url = await serveDev(liveStorySource(tracked(writeStoriesDir([OTHER]))));
    expect(await (await fetch(`${url}/api/health`)).text()).toBe('{"ok":true}');
    expect(await (await fetch(`${url}/api/nothing`)).text()).toBe('{"error":"not found"}');
    expect(await (await fetch(`${url}/`)).text()).toBe('dev frontend: /');
    expect(await (await fetch(`${url}/counsellor/`)).text()).toBe('dev frontend: /counsellor/');
  });

  it("relaxes the Content Security Policy only as far as Vite's dev server needs", async () => {
    const url = await serveDev(liveStorySource(tracked(writeStoriesDir([OTHER]))));
    const csp = (await fetch(`${url}/`)).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self' 'unsafe-inline';");
    expect(csp).toContain("connect-src 'self' ws:;");
    expect(csp).not.toContain('unsafe-eval');
  });
});

describe('builtStorySource (production)', () => {
  function distWith(files: Record<string, string>): string {
    return tracked(writeTree(files, 'offramp-dist-'));
  }

  function startupError(distDir: string): string {
    try {
      builtStorySource(distDir);
    } catch (error) {
      expect(error).toBeInstanceOf(StoryManifestError);
      return (error as Error).message;
    }
    throw new Error('expected builtStorySource to refuse');
  }

  const manifest = (compiled: Record<string, { file: string; contentHash: string }>) =>
    JSON.stringify({
      version: 1,
      stories: [
        {
          ...storyMetaFor(OTHER),
          themes: undefined,
          entry: undefined,
          sourceHash: 'a'.repeat(64),
          compiled,
        },
      ],
    });

  it('serves what the build compiled', async () => {
    const dist = tracked(buildDist(tracked(writeStoriesDir([GREETING]))));
    const source = builtStorySource(dist);
    expect((await source.list()).map((story) => story.locales)).toEqual([['en', 'de']]);
    expect(play((await source.get('greeting', 'en'))?.json ?? '')).toBe('Hello 2.5.\nBye.\n');
    expect(await source.get('greeting', 'fr')).toBeUndefined();
    expect(await source.get('__proto__', 'en')).toBeUndefined();
  });

  it('refuses to start without a manifest', () => {
    expect(startupError(distWith({}))).toMatch(
      /stories\/manifest\.json not found; run npm run build first$/,
    );
  });

  it('refuses a manifest that is not JSON', () => {
    expect(startupError(distWith({ 'stories/manifest.json': '{"version":' }))).toMatch(
      /stories\/manifest\.json is not valid JSON \(.+\); run npm run build again$/,
    );
  });

  it('refuses a manifest of the wrong shape, naming the field', () => {
    expect(
      startupError(distWith({ 'stories/manifest.json': '{"version":1,"stories":[{}]}' })),
    ).toMatch(/stories\/manifest\.json: stories\.0\.id: .*; run npm run build again$/);
  });

  it('refuses a manifest whose compiled file is missing', () => {
    const dist = distWith({
      'stories/manifest.json': manifest({ en: { file: 'other.en.json', contentHash: 'x' } }),
    });
    expect(startupError(dist)).toMatch(
      /stories\/other\.en\.json is missing; run npm run build first$/,
    );
  });

  it('refuses a manifest that points outside dist/stories', () => {
    const dist = distWith({
      'secret.json': '{}',
      'stories/manifest.json': manifest({ en: { file: '../secret.json', contentHash: 'x' } }),
    });
    expect(startupError(dist)).toMatch(/\.\.\/secret\.json lies outside /);
  });

  it('refuses a manifest that lacks a listed locale', () => {
    const dist = distWith({ 'stories/manifest.json': manifest({}) });
    expect(startupError(dist)).toMatch(/story other has no compiled en file$/);
  });
});
