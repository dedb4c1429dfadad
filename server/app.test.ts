import { readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  storyListResponseSchema,
  storyManifestSchema,
  storyResponseSchema,
} from '../core/protocol/storyApi.ts';
import { Story } from '../core/story/inkRuntime.ts';
import { createApp } from './app.ts';
import { createLogger, type LogFields } from './logger.ts';
import { startServer, type RunningServer } from './startServer.ts';
import { builtStorySource, type StorySource } from './storySource.ts';
import {
  buildDist,
  COUNSELLOR_PAGE,
  GAME_PAGE,
  GAME_SCRIPT,
  storyMetaFor,
  writeStoriesDir,
  type StoryFixture,
} from './testing/storyFixtures.ts';
import { permissiveEthicsConfig } from '../core/testing/ethicsFixtures.node.ts';

/** Serves every story, as in development: the review gate has tests of its own. */
const SHOW_ALL = { config: permissiveEthicsConfig(), showUnreviewed: true };

const FLOATS: StoryFixture = {
  id: 'floats',
  ink: {
    en: { 'main.ink': 'Half of five is {5 / 2.0}.\n* [Go on] Twice {2.0 * 3}.\n-> END\n' },
    de: { 'main.ink': 'Die Hälfte von fünf ist {5 / 2.0}.\n-> END\n' },
  },
  contentNotes: ['manipulation'],
};

/** Big enough (tens of kilobytes of JSON) that compression pays. */
const LONG: StoryFixture = {
  id: 'long-story',
  ink: {
    en: {
      'main.ink': [
        '-> knot_0',
        ...Array.from(
          { length: 200 },
          (_, i) =>
            `== knot_${i} ==\nLine ${i} of a long story, long enough to be worth compressing.\n` +
            (i < 199 ? `* [Next] -> knot_${i + 1}\n* [Stay] -> knot_${i}\n` : '-> END\n'),
        ),
      ].join('\n'),
    },
  },
};

/** Reads the compiled story out of a response body without re-serialising it. */
function storyJsonOf(body: string): string {
  const marker = '"story":';
  return body.slice(body.indexOf(marker) + marker.length, -1);
}

function playUntilChoice(json: string): string {
  const story = new Story(json);
  let out = '';
  while (story.canContinue) out += story.Continue();
  return out;
}

interface Harness {
  server: RunningServer;
  log: LogFields[];
  logText: () => string;
}

async function serve(stories: StorySource, distDir: string): Promise<Harness> {
  const lines: string[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => lines.push(line) });
  const app = createApp({
    mode: 'production',
    stories,
    ethics: SHOW_ALL,
    frontend: { distDir },
    logger,
  });
  const server = await startServer(app, { port: 0, host: '127.0.0.1' });
  return {
    server,
    get log() {
      return lines.map((line) => JSON.parse(line) as LogFields);
    },
    logText: () => lines.join(''),
  };
}

const tempDirs: string[] = [];
let storiesDir: string;
let distDir: string;
let harness: Harness;

const url = (pathname: string): string => `${harness.server.url}${pathname}`;

async function getText(pathname: string, init?: RequestInit) {
  const response = await fetch(url(pathname), { redirect: 'manual', ...init });
  return { response, text: await response.text() };
}

/** The raw bytes on the wire, without fetch's transparent decompression. */
function getRaw(
  pathname: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url(pathname), { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

beforeAll(async () => {
  storiesDir = writeStoriesDir([FLOATS, LONG]);
  distDir = buildDist(storiesDir);
  tempDirs.push(storiesDir, distDir);
  harness = await serve(builtStorySource(distDir), distDir);
});

afterAll(async () => {
  await harness?.server.close();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function compiledFile(id: string, locale: string): string {
  const manifest = storyManifestSchema.parse(
    JSON.parse(readFileSync(path.join(distDir, 'stories', 'manifest.json'), 'utf8')),
  );
  const file = manifest.stories.find((story) => story.id === id)?.compiled[locale]?.file ?? '';
  return readFileSync(path.join(distDir, 'stories', file), 'utf8');
}

describe('the API', () => {
  it('answers the health check', async () => {
    const { response, text } = await getText('/api/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(text).toBe('{"ok":true}');
  });

  it('lists the built stories', async () => {
    const { response, text } = await getText('/api/stories');
    expect(response.status).toBe(200);
    const list = storyListResponseSchema.parse(JSON.parse(text));
    const summary = (fixture: StoryFixture) => {
      const { id, title, summary, locales, minAge, contentNotes } = storyMetaFor(fixture);
      const review = {
        reviewed: false,
        allowedHooks: ['chat', 'resources', 'helpline', 'reflect'],
      };
      return { id, title, summary, locales, minAge, contentNotes, review };
    };
    expect(list).toEqual({ version: 1, stories: [summary(FLOATS), summary(LONG)] });
  });

  it('sends the compiled story byte for byte, so whole floats stay floats', async () => {
    const { response, text } = await getText('/api/stories/floats/en');
    expect(response.status).toBe(200);
    const compiled = compiledFile('floats', 'en');
    expect(compiled).toContain('2.0');
    expect(storyJsonOf(text)).toBe(compiled);
    expect(text).toContain('2.0');

    const envelope = storyResponseSchema.parse(JSON.parse(text));
    expect(envelope).toMatchObject({ version: 1, id: 'floats', locale: 'en' });
    expect(envelope.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(playUntilChoice(storyJsonOf(text))).toBe('Half of five is 2.5.\n');
  });

  it('sends each locale of a story', async () => {
    const { text } = await getText('/api/stories/floats/de');
    expect(playUntilChoice(storyJsonOf(text))).toBe('Die Hälfte von fünf ist 2.5.\n');
  });

  it('lets the browser revalidate a story it has', async () => {
    const first = await fetch(url('/api/stories/floats/en'));
    await first.text();
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/"v1-[0-9a-f]{64}-u"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    // fetch() adds `Cache-Control: no-cache` to conditional requests; a browser's cache does not.
    const again = await getRaw('/api/stories/floats/en', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it.each([
    ['/api/stories/Floats/en', '{"error":"id: must be lowercase words joined by hyphens"}'],
    ['/api/stories/floats/english', '{"error":"locale: must be a language code such as en or de"}'],
    ['/api/stories/..%2Fsecret/en', '{"error":"id: must be lowercase words joined by hyphens"}'],
    [`/api/stories/${'a'.repeat(65)}/en`, '{"error":"id: must be at most 64 characters"}'],
    [
      '/api/stories/no_such/xx-yy',
      '{"error":"id: must be lowercase words joined by hyphens; locale: must be a language code such as en or de"}',
    ],
  ])('rejects GET %s with 400', async (pathname, body) => {
    const { response, text } = await getText(pathname);
    expect(response.status).toBe(400);
    expect(text).toBe(body);
  });

  it('answers a malformed escape in an API path with a bare 400', async () => {
    const { response, text } = await getText('/api/stories/%E0%A4%A/en');
    expect(response.status).toBe(400);
    expect(text).toBe('{"error":"bad request"}');
  });

  it.each([
    ['/api/stories/missing/en', '{"error":"no story missing in locale en"}'],
    ['/api/stories/floats/fr', '{"error":"no story floats in locale fr"}'],
    ['/api/stories/floats/en/more', '{"error":"not found"}'],
    ['/api/nothing-here', '{"error":"not found"}'],
    ['/api', '{"error":"not found"}'],
  ])('answers GET %s with 404', async (pathname, body) => {
    const { response, text } = await getText(pathname);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(text).toBe(body);
  });

  it.each([
    ['POST', '/api/health'],
    ['PUT', '/api/stories'],
    ['DELETE', '/api/stories/floats/en'],
    ['PATCH', '/api/stories/missing/en'],
  ])('answers %s %s with 405', async (method, pathname) => {
    const { response, text } = await getText(pathname, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(text).toBe('{"error":"method not allowed"}');
  });

  it('compresses a large story for a client that accepts gzip', async () => {
    const { headers, body } = await getRaw('/api/stories/long-story/en', {
      'Accept-Encoding': 'gzip',
    });
    expect(headers['content-encoding']).toBe('gzip');
    const plain = gunzipSync(body).toString('utf8');
    expect(storyJsonOf(plain)).toBe(compiledFile('long-story', 'en'));
    expect(plain.length).toBeGreaterThan(20_000);
    expect(body.length).toBeLessThan(plain.length / 4);
  });

  it('sends uncompressed bytes to a client that does not accept compression', async () => {
    const { headers, body } = await getRaw('/api/stories/long-story/en', {
      'Accept-Encoding': 'identity',
    });
    expect(headers['content-encoding']).toBeUndefined();
    expect(storyJsonOf(body.toString('utf8'))).toBe(compiledFile('long-story', 'en'));
  });
});

describe('security headers', () => {
  it('sends a strict Content Security Policy in production', async () => {
    const { response } = await getText('/');
    const csp = response.headers.get('content-security-policy') ?? '';
    const directives = Object.fromEntries(
      csp.split(';').map((directive) => {
        const [name = '', ...values] = directive.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'script-src-attr': "'none'",
      'style-src': "'self'",
      'img-src': "'self' data: blob:",
      'connect-src': "'self'",
      'font-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
      'form-action': "'self'",
    });
    expect(csp).not.toContain('unsafe');
  });

  it.each(['/', '/api/health', '/api/stories/missing/en', '/no-such-page'])(
    'protects %s with the other headers too',
    async (pathname) => {
      const { response } = await getText(pathname);
      const headers = response.headers;
      expect(headers.get('x-powered-by')).toBeNull();
      expect(headers.get('content-security-policy')).toContain("script-src 'self';");
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toBe('DENY');
      const permissions = headers.get('permissions-policy') ?? '';
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
        expect(permissions).toContain(`${feature}=()`);
      }
    },
  );
});

describe('the built browser apps', () => {
  it('serves the game at / and asks the browser to revalidate it', async () => {
    const { response, text } = await getText('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(text).toBe(GAME_PAGE);
  });

  it('serves the counsellor workspace at /counsellor/', async () => {
    const redirect = await getText('/counsellor');
    expect(redirect.response.status).toBe(301);
    expect(redirect.response.headers.get('location')).toBe('/counsellor/');
    const { response, text } = await getText('/counsellor/');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(text).toBe(COUNSELLOR_PAGE);
  });

  it('lets browsers keep hashed assets for good, and revalidate other files', async () => {
    const asset = await getText('/assets/game-3f2a1b.js');
    expect(asset.response.status).toBe(200);
    expect(asset.response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.text).toBe(GAME_SCRIPT);
    const icon = await getText('/favicon.svg');
    expect(icon.response.status).toBe(200);
    expect(icon.response.headers.get('cache-control')).toBe('no-cache');
  });

  it.each([
    '/no-such-page',
    '/assets/missing.js',
    '/stories/manifest.json',
    '//stories/manifest.json',
    '/%73tories/manifest.json',
    '/STORIES/manifest.json',
    '/assets/../stories/manifest.json',
    '/.hidden',
  ])('answers %s with a plain 404 page', async (pathname) => {
    const { response, text } = await getText(pathname);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(text).toContain('<h1>Not Found</h1>');
    expect(text).not.toMatch(/inkVersion|stack|Error:|at .*\.ts/);
  });

  it('answers a malformed escape in a file path with a plain 404 page', async () => {
    const { response, text } = await getText('/assets/%E0%A4%A');
    expect(response.status).toBe(404);
    expect(text).toContain('<h1>Not Found</h1>');
  });
});

describe('request log', () => {
  it('records method, path, status and duration, and nothing that identifies the client', async () => {
    await getText('/api/stories/floats/en?name=Alex&from=school', {
      headers: {
        'User-Agent': 'PrivateBrowser/1.0',
        'X-Forwarded-For': '198.51.100.23',
        Forwarded: 'for=198.51.100.23',
        'X-Real-IP': '198.51.100.23',
      },
    });
    const entry = harness.log.find((line) => line.path === '/api/stories/floats/en');
    expect(entry).toMatchObject({ level: 'info', msg: 'request', method: 'GET', status: 200 });
    expect(Object.keys(entry ?? {}).sort()).toEqual(
      ['durationMs', 'level', 'method', 'msg', 'path', 'status', 'time'].sort(),
    );
    const everything = harness.logText();
    for (const secret of ['Alex', 'school', 'PrivateBrowser', '198.51.100.23', '127.0.0.1']) {
      expect(everything).not.toContain(secret);
    }
  });
});

describe('the error handler', () => {
  const SECRET = 'the database password is hunter2';
  const failingStories: StorySource = {
    list: () => Promise.reject(new Error(`list: ${SECRET}`)),
    get: () => Promise.reject(new Error(`get: ${SECRET}`)),
  };
  let failing: Harness;

  beforeAll(async () => {
    failing = await serve(failingStories, distDir);
  });
  afterAll(async () => {
    await failing?.server.close();
  });

  it.each(['/api/stories', '/api/stories/floats/en'])(
    'answers an internal failure of %s with a bare 500',
    async (pathname) => {
      const response = await fetch(`${failing.server.url}${pathname}`);
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await response.text()).toBe('{"error":"internal error"}');
    },
  );

  it('logs the whole error, stack included, to the server log only', async () => {
    await fetch(`${failing.server.url}/api/stories/floats/en`);
    const entry = failing.log.find(
      (line) => line.msg === 'request failed' && line.path === '/api/stories/floats/en',
    );
    const error = entry?.error as { message?: string; stack?: string } | undefined;
    expect(entry).toMatchObject({ level: 'error', status: 500, method: 'GET' });
    expect(error?.message).toBe(`get: ${SECRET}`);
    expect(error?.stack).toContain('app.test.ts');
  });

  it('answers a failure outside the API with a plain page', async () => {
    const lines: string[] = [];
    const app = createApp({
      mode: 'production',
      stories: failingStories,
      ethics: SHOW_ALL,
      frontend: {
        handler: () => {
          throw new Error(SECRET);
        },
      },
      logger: createLogger({ write: (line) => lines.push(line) }),
    });
    const server = await startServer(app, { port: 0, host: '127.0.0.1' });
    try {
      const response = await fetch(`${server.url}/`);
      const text = await response.text();
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(text).toContain('<h1>Internal Server Error</h1>');
      expect(text).not.toContain('hunter2');
      expect(text).not.toMatch(/\.ts|stack/);
      expect(lines.join('')).toContain('hunter2');
    } finally {
      await server.close();
    }
  });
});
