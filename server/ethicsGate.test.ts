/**
 * The ethics review as the server enforces it. The first part runs the app in-process; the
 * last test works on a temporary copy of the project with the real `offramp` command and
 * the real production entry point.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { gameConfigResponseSchema } from '../core/protocol/gameConfigApi.ts';
import { storyListResponseSchema } from '../core/protocol/storyApi.ts';
import type { EthicsConfig } from '../core/ethics/ethicsConfig.ts';
import { storyContentHash } from '../core/ethics/storyContentHash.node.ts';
import { permissiveEthicsConfig } from '../core/testing/ethicsFixtures.node.ts';
import { writeTree } from '../core/testing/inkFixtures.node.ts';
import { createApp } from './app.ts';
import { startServer, type RunningServer } from './startServer.ts';
import { builtStorySource } from './storySource.ts';
import { lineMatching, runMain, type Run } from './testing/mainProcess.ts';
import { buildDist, writeStoriesDir } from './testing/storyFixtures.ts';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const INK = 'Hello.\n* [Think] A quiet moment. # calm # hook: reflect\n  -> END\n';

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function serve(config: EthicsConfig, showUnreviewed: boolean, storiesDir: string) {
  const app = createApp({
    mode: 'production',
    stories: builtStorySource(buildDist(storiesDir)),
    ethics: { config, showUnreviewed },
    frontend: { handler: (_request, response) => void response.status(404).end() },
  });
  running = await startServer(app, { port: 0, host: '127.0.0.1' });
  return (route: string) => fetch(`http://127.0.0.1:${running?.port}${route}`);
}

describe('the server and the ethics review', () => {
  const storiesDir = writeStoriesDir([
    { id: 'approved', ink: { en: { 'main.ink': INK } } },
    { id: 'draft', ink: { en: { 'main.ink': INK } } },
  ]);
  const config = permissiveEthicsConfig();
  config.stories['approved'] = {
    status: 'approved',
    contentHash: storyContentHash(storiesDir, 'approved'),
    reviewer: 'Board',
    date: '2026-11-27',
    hooks: ['reflect'],
  };

  it('serves only approved stories in production, with the hooks the approval allows', async () => {
    const get = await serve(config, false, storiesDir);
    const list = storyListResponseSchema.parse(await (await get('/api/stories')).json());
    expect(list.stories.map((s) => [s.id, s.review])).toEqual([
      ['approved', { reviewed: true, allowedHooks: ['reflect'] }],
    ]);
    expect((await get('/api/stories/approved/en')).status).toBe(200);
    const draft = await get('/api/stories/draft/en');
    expect(draft.status).toBe(404);
    expect(await draft.json()).toEqual({ error: 'no story draft in locale en' });
  });

  it('also serves unreviewed stories, marked as such, when asked to', async () => {
    const get = await serve(config, true, storiesDir);
    const list = storyListResponseSchema.parse(await (await get('/api/stories')).json());
    expect(list.stories.map((s) => [s.id, s.review.reviewed])).toEqual([
      ['approved', true],
      ['draft', false],
    ]);
    const story = (await (await get('/api/stories/draft/en')).json()) as { review: unknown };
    expect(story.review).toEqual({ reviewed: false, allowedHooks: config.hooks.allowed });
  });

  it('gives the game its part of the config, and checks the locale', async () => {
    const get = await serve(config, false, storiesDir);
    const view = gameConfigResponseSchema.parse(await (await get('/api/config?locale=de')).json());
    expect(view).toMatchObject({
      locale: 'de',
      safety: config.safety,
      prompts: config.hooks.prompts,
    });
    const bad = await get('/api/config?locale=<script>');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: expect.stringMatching(/^locale: /) });
    expect((await get('/api/config')).status).toBe(400);
  });
});

describe('an edit to an approved story, in a copy of the project', () => {
  const runs: Run[] = [];
  afterEach(async () => {
    for (const run of runs.splice(0)) {
      run.child.kill('SIGTERM');
      await run.exited;
    }
  });

  function offramp(project: string, args: string[]) {
    return spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin/offramp.mjs'), ...args], {
      cwd: project,
      env: {
        ...process.env,
        OFFRAMP_STORIES_DIR: path.join(project, 'stories'),
        OFFRAMP_ETHICS_CONFIG: path.join(project, 'ethics.config.json'),
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
  }

  async function servedStories(project: string, env: Record<string, string> = {}) {
    buildDist(path.join(project, 'stories'), path.join(project, 'dist'));
    const run = runMain(project, {
      PORT: '0',
      OFFRAMP_ETHICS_CONFIG: 'ethics.config.json',
      ...env,
    });
    runs.push(run);
    const { port } = JSON.parse(await lineMatching(run, /Offramp is serving/)) as { port: number };
    const base = `http://127.0.0.1:${port}`;
    const list = storyListResponseSchema.parse(await (await fetch(`${base}/api/stories`)).json());
    const story = await fetch(`${base}/api/stories/demo/en`);
    run.child.kill('SIGTERM');
    await run.exited;
    return { list: list.stories.map((s) => [s.id, s.review.reviewed]), storyStatus: story.status };
  }

  it('stops the server serving it until the board approves it again', async () => {
    const project = writeTree({}, 'offramp-project-');
    cpSync(path.join(PROJECT_ROOT, 'stories/demo'), path.join(project, 'stories/demo'), {
      recursive: true,
    });
    cpSync(path.join(PROJECT_ROOT, 'ethics.config.json'), path.join(project, 'ethics.config.json'));

    const approve = offramp(project, ['approve', 'demo', '--reviewer', 'Test board']);
    expect(approve.stderr).toBe('');
    expect(approve.status).toBe(0);
    expect(await servedStories(project)).toEqual({ list: [['demo', true]], storyStatus: 200 });

    const ink = path.join(project, 'stories/demo/en/main.ink');
    writeFileSync(ink, `${readFileSync(ink, 'utf8')}\n// one small edit\n`);
    const check = offramp(project, ['check', 'demo']);
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(
      /ethics\.config\.json:\d+: warning: approval of "demo" .* is void/,
    );

    expect(await servedStories(project)).toEqual({ list: [], storyStatus: 404 });
    expect(await servedStories(project, { OFFRAMP_SHOW_UNREVIEWED: '1' })).toEqual({
      list: [['demo', false]],
      storyStatus: 200,
    });

    expect(offramp(project, ['approve', 'demo', '--reviewer', 'Test board']).status).toBe(0);
    expect(await servedStories(project)).toEqual({ list: [['demo', true]], storyStatus: 200 });
  }, 90_000);
});
