import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { build, createServer, type Rolldown, type ViteDevServer } from 'vite';
import WebSocket from 'ws';
import { storyManifestSchema } from '../core/protocol/storyApi.ts';
import { StoryRunner } from '../core/story/storyRunner.ts';
import { sha256 } from '../core/stories/storyCatalog.node.ts';
import { STORY_CHANGED_EVENT, inkPlugin, type InkModule } from './vitePluginInk.ts';
import type { EthicsConfig } from '../core/ethics/ethicsConfig.ts';
import {
  permissiveEthicsConfig,
  writeEthicsConfigFile,
} from '../core/testing/ethicsFixtures.node.ts';

let ethicsConfig: EthicsConfig = permissiveEthicsConfig();

let root: string;
let storiesDir: string;

const MAIN_INK = `INCLUDE part.ink
VAR half = 2.0
Five halves make {5 / half}. # scene: kitchen
-> part
`;
const PART_INK = `=== part ===
* [Go on] You go on.
- -> END
`;
const BROKEN_INK = `Hello.
* [Go on] Fine.
- -> nowhere_at_all
`;

function write(relative: string, text: string): string {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

function writeStory(): void {
  write(
    'stories/tiny/story.json',
    JSON.stringify({
      id: 'tiny',
      title: { en: 'Tiny', de: 'Winzig' },
      summary: { en: 'A tiny story.', de: 'Eine winzige Geschichte.' },
      minAge: 13,
      contentNotes: ['manipulation'],
      themes: ['testing'],
      locales: ['en', 'de'],
      entry: 'main.ink',
    }),
  );
  write('stories/tiny/en/main.ink', MAIN_INK);
  write('stories/tiny/en/part.ink', PART_INK);
  write('stories/tiny/de/main.ink', 'Fünf Hälften. # scene: kitchen\n-> END\n');
}

async function buildOnce(entrySource: string): Promise<Rolldown.RolldownOutput> {
  write('entry.js', entrySource);
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [
      inkPlugin({ storiesDir, ethicsConfigFile: writeEthicsConfigFile(root, ethicsConfig) }),
    ],
    build: { write: false, rolldownOptions: { input: path.join(root, 'entry.js') } },
  });
  if (Array.isArray(result) || !('output' in result)) throw new Error('expected one build output');
  return result;
}

interface BuildFailure {
  message: string;
  id?: string;
  loc?: { file?: string; line: number };
}

/** The build's first error: its message as printed, and the location the plugin gave. */
async function buildError(entrySource: string): Promise<BuildFailure> {
  try {
    await buildOnce(entrySource);
  } catch (error) {
    const failure = (error as { errors?: BuildFailure[] }).errors?.[0];
    return { ...failure, message: (error as Error).message };
  }
  throw new Error('the build should have failed');
}

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'offramp-vite-ink-'));
  storiesDir = path.join(root, 'stories');
  ethicsConfig = permissiveEthicsConfig();
  writeStory();
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('.ink imports', () => {
  let server: ViteDevServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function devServer(): Promise<ViteDevServer> {
    server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [inkPlugin({ storiesDir })],
      server: { middlewareMode: true, ws: false, watch: null },
    });
    return server;
  }

  it('yields the compiled JSON, whose whole floats stay floats, and its content hash', async () => {
    const dev = await devServer();
    const loaded = (await dev.ssrLoadModule(path.join(storiesDir, 'tiny/en/main.ink'))) as {
      default: InkModule;
    };
    const { json, contentHash } = loaded.default;
    expect(contentHash).toBe(sha256(json));
    expect(new StoryRunner(json).start().lines[0]?.text).toBe('Five halves make 2.5.');
  });

  it('fails with the file and line of a compile error', async () => {
    const broken = write('stories/tiny/en/main.ink', BROKEN_INK);
    const error = await buildError(
      `import story from './stories/tiny/en/main.ink'; console.log(story);`,
    );
    expect(error.message).toContain('stories/tiny/en/main.ink:3:');
    expect(error.id).toBe(broken);
    expect(error.loc?.line).toBe(3);
  });
});

describe('vite build', () => {
  it('writes every locale of every story and a manifest the server can read', async () => {
    const output = await buildOnce(`console.log('game');`);
    const assets = new Map(
      output.output
        .filter((file): file is Rolldown.OutputAsset => file.type === 'asset')
        .map((asset) => [asset.fileName, String(asset.source)]),
    );
    const manifest = storyManifestSchema.parse(
      JSON.parse(assets.get('stories/manifest.json') ?? ''),
    );
    expect(manifest.stories.map((story) => story.id)).toEqual(['tiny']);
    const tiny = manifest.stories[0];
    expect(tiny?.title).toEqual({ en: 'Tiny', de: 'Winzig' });
    expect(Object.keys(tiny?.compiled ?? {}).sort()).toEqual(['de', 'en']);
    for (const [locale, compiled] of Object.entries(tiny?.compiled ?? {})) {
      expect(compiled.file).toBe(`tiny/${locale}.${compiled.contentHash.slice(0, 8)}.json`);
      const json = assets.get(`stories/${compiled.file}`);
      expect(json && sha256(json)).toBe(compiled.contentHash);
    }
    const english = assets.get(`stories/${tiny?.compiled.en?.file}`) ?? '';
    expect(new StoryRunner(english).start().lines[0]?.text).toBe('Five halves make 2.5.');
  });

  it('fails on a broken story with its file and line', async () => {
    write('stories/tiny/de/main.ink', BROKEN_INK);
    const error = await buildError(`console.log('game');`);
    expect(error.message).toContain('stories/tiny/de/main.ink:3:');
    expect(error.loc?.line).toBe(3);
  });

  it('fails on an invalid ethics config, naming the field', async () => {
    ethicsConfig = {
      ...permissiveEthicsConfig(),
      data: { chatRetentionDays: 0, ipLogging: 'off' },
    };
    const error = await buildError(`console.log('game');`);
    expect(error.message).toContain('ethics.config.json: invalid ethics config');
    expect(error.message).toContain('data.chatRetentionDays: Too small');
  });

  it('fails on a story.json with wrong fields, naming the file and the field', async () => {
    write('stories/tiny/story.json', JSON.stringify({ id: 'tiny' }));
    const error = await buildError(`console.log('game');`);
    expect(error.message).toContain('stories/tiny/story.json: title');
  });
});

describe('dev server hot reload', () => {
  let server: ViteDevServer | undefined;
  let httpServer: http.Server | undefined;
  let socket: WebSocket | undefined;
  afterEach(async () => {
    socket?.close();
    await server?.close();
    await new Promise((resolve) => (httpServer ? httpServer.close(resolve) : resolve(undefined)));
    server = undefined;
    httpServer = undefined;
    socket = undefined;
  });

  type HmrMessage = {
    type: string;
    event?: string;
    data?: unknown;
    err?: { message: string; id?: string; loc?: { file?: string; line: number } };
  };

  /** Connects to the HMR socket as the page does; `next` waits (bounded) for a matching message. */
  async function connect(): Promise<
    (matches: (message: HmrMessage) => boolean) => Promise<HmrMessage>
  > {
    httpServer = http.createServer();
    server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [inkPlugin({ storiesDir })],
      // No file watcher: the test emits the watcher's events itself, so nothing depends on timing.
      server: { middlewareMode: true, ws: { server: httpServer }, watch: null },
    });
    await new Promise<void>((resolve) => httpServer?.listen(0, '127.0.0.1', resolve));
    const { port } = httpServer.address() as AddressInfo;
    const token = server.config.webSocketToken;
    const received: HmrMessage[] = [];
    const waiting = new Set<() => void>();
    socket = new WebSocket(`ws://127.0.0.1:${port}/?token=${token}`, 'vite-hmr');
    socket.on('message', (data) => {
      received.push(JSON.parse(String(data)) as HmrMessage);
      for (const wake of waiting) wake();
    });
    const next = (matches: (message: HmrMessage) => boolean): Promise<HmrMessage> =>
      new Promise((resolve, reject) => {
        const check = () => {
          const index = received.findIndex(matches);
          if (index === -1) return;
          waiting.delete(check);
          clearTimeout(timer);
          resolve(received.splice(0, index + 1).at(-1) as HmrMessage);
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`no matching HMR message; received ${JSON.stringify(received)}`));
        }, 10_000);
        waiting.add(check);
        check();
      });
    await next((message) => message.type === 'connected');
    return next;
  }

  it('tells the page which story changed when an included file is edited', async () => {
    const next = await connect();
    const part = write('stories/tiny/en/part.ink', PART_INK.replace('You go on.', 'You carry on.'));
    server?.watcher.emit('change', part);
    const message = await next((m) => m.type === 'custom' || m.type === 'error');
    expect(message).toMatchObject({
      type: 'custom',
      event: STORY_CHANGED_EVENT,
      data: { id: 'tiny', locale: 'en' },
    });
  });

  it('tells the page about every locale when story.json changes', async () => {
    const next = await connect();
    const meta = path.join(storiesDir, 'tiny/story.json');
    server?.watcher.emit('change', meta);
    const first = await next((m) => m.type === 'custom');
    const second = await next((m) => m.type === 'custom');
    expect([first.data, second.data]).toEqual([
      { id: 'tiny', locale: 'en' },
      { id: 'tiny', locale: 'de' },
    ]);
  });

  it('shows a compile error in the overlay with its file and line, then recovers', async () => {
    const next = await connect();
    const main = write('stories/tiny/en/main.ink', BROKEN_INK);
    server?.watcher.emit('change', main);
    const failure = await next((m) => m.type === 'custom' || m.type === 'error');
    expect(failure.type).toBe('error');
    expect(failure.err?.message).toContain('stories/tiny/en/main.ink:3:');
    expect(failure.err?.loc).toMatchObject({ file: main, line: 3 });

    write('stories/tiny/en/main.ink', MAIN_INK);
    server?.watcher.emit('change', main);
    const recovered = await next((m) => m.type === 'custom' || m.type === 'error');
    expect(recovered).toMatchObject({ type: 'custom', data: { id: 'tiny', locale: 'en' } });
  });

  it('reloads a page that imports an .ink file when a file it INCLUDEs changes', async () => {
    const next = await connect();
    write('entry.js', `import story from './stories/tiny/en/main.ink'; console.log(story);`);
    await server?.environments.client.transformRequest('/entry.js');
    await server?.environments.client.transformRequest('/stories/tiny/en/main.ink?import');
    server?.watcher.emit('change', path.join(storiesDir, 'tiny/en/part.ink'));
    expect(await next((m) => m.type === 'full-reload' || m.type === 'update')).toMatchObject({
      type: 'full-reload',
    });
  });

  it('ignores files that are not part of a story', async () => {
    const next = await connect();
    const notes = write('stories/tiny/notes.txt', 'not a story file');
    server?.watcher.emit('change', notes);
    const part = path.join(storiesDir, 'tiny/en/part.ink');
    server?.watcher.emit('change', part);
    const message = await next((m) => m.type === 'custom' || m.type === 'error');
    expect(message.data).toEqual({ id: 'tiny', locale: 'en' });
  });
});
