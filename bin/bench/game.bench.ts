/**
 * `npm run bench:game`: the load bars of issue 3 — story text interactive before the art, with
 * ≤ 150 KB gzip of JS before the first story screen is interactive and ≤ 450 KB gzip of JS in
 * all (DESIGN.md, "Quality bars").
 *
 * 1. Builds the game into a folder of its own and reports every JS chunk, raw and gzip (at
 *    zlib's default level, as the server's compression sends it), and the two budgets: the
 *    set before the story is interactive (the game entry chunk and everything it imports
 *    statically) and all the game's JS (static and lazy). The counsellor workspace's chunks
 *    are listed but not counted.
 * 2. Starts the production server on a free port of 127.0.0.1 and plays the opening of the
 *    demo story in headless Chromium over a throttled network (1.6 Mbit/s down, 750 kbit/s
 *    up, 150 ms latency, cache disabled), several times in fresh browser contexts, measuring
 *    from navigation start: the library usable, the first choice of the story clickable (the
 *    clicks through the start screens and the story's beats included, at no reading time),
 *    the first backdrop drawn by the art layer, and the story's own first backdrop.
 *
 * Prints tables and one JSON line. A benchmark, not a test: bounded in time, exits 0 unless
 * something failed to run (or, with --strict, a budget is exceeded).
 *
 * Options: --runs N (default 5), --strict, --keep (leave the build folder).
 * Needs Chromium: /usr/bin/chromium or CHROMIUM_PATH.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import { freePort } from '../../server/testing/freePort.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const KB = 1000;
const BUDGET_BEFORE_INTERACTIVE = 150 * KB;
const BUDGET_ALL = 450 * KB;
const NETWORK = {
  downloadKbitPerS: 1600,
  uploadKbitPerS: 750,
  latencyMs: 150,
};
const RUN_TIMEOUT_MS = 60_000;
const SERVER_START_TIMEOUT_MS = 30_000;
const DEMO_TITLE = /The Study Circle/;
/** Buttons between the library and the first choice: start screens, first-visit note, beats. */
const ON_THE_WAY = /^(start|continue|got it|ok)\b/i;
const MAX_CLICKS = 40;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    strict: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
if (!(Number.isInteger(runs) && runs > 0 && runs <= 50)) {
  console.error('usage: game.bench.ts [--runs N (1–50)] [--strict] [--keep]');
  process.exit(2);
}
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  console.error(`Chromium not found at ${chromiumPath}: install it or set CHROMIUM_PATH.`);
  process.exit(2);
}

// --- 1. Build and sizes ---------------------------------------------------------------------

interface ChunkSize {
  file: string;
  rawBytes: number;
  gzipBytes: number;
  /** before: loaded before the story is interactive; lazy: loaded later; other: not the game's. */
  part: 'before' | 'lazy' | 'other';
}

interface BuiltChunk {
  fileName: string;
  code: string;
  imports: string[];
  dynamicImports: string[];
}

async function buildGame(outDir: string): Promise<BuiltChunk[]> {
  const output = await build({
    configFile: path.join(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  const outputs = Array.isArray(output) ? output : [output];
  const chunks: BuiltChunk[] = [];
  for (const result of outputs) {
    if (!('output' in result)) throw new Error('vite build started a watcher');
    for (const item of result.output) if (item.type === 'chunk') chunks.push(item);
  }
  return chunks;
}

/** The game page's entry chunk, as its HTML loads it. */
function gameEntry(outDir: string): string {
  const html = readFileSync(path.join(outDir, 'game', 'index.html'), 'utf8');
  const match = /<script[^>]*type="module"[^>]*src="\/?([^"]+\.js)"/.exec(html);
  if (!match?.[1]) throw new Error('dist/game/index.html has no module script');
  return match[1];
}

function reachable(from: string, byName: Map<string, BuiltChunk>, lazyToo: boolean): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    const chunk = byName.get(name);
    if (!chunk) throw new Error(`chunk ${name} is imported but was not built`);
    seen.add(name);
    for (const next of chunk.imports) visit(next);
    if (lazyToo) for (const next of chunk.dynamicImports) visit(next);
  };
  visit(from);
  return seen;
}

function chunkSizes(chunks: BuiltChunk[], entry: string): ChunkSize[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const before = reachable(entry, byName, false);
  const all = reachable(entry, byName, true);
  return chunks
    .map((chunk) => ({
      file: chunk.fileName,
      rawBytes: Buffer.byteLength(chunk.code),
      gzipBytes: gzipSync(chunk.code).length,
      part: before.has(chunk.fileName)
        ? ('before' as const)
        : all.has(chunk.fileName)
          ? ('lazy' as const)
          : ('other' as const),
    }))
    .sort((a, b) => a.part.localeCompare(b.part) || b.gzipBytes - a.gzipBytes);
}

// --- 2. Server ------------------------------------------------------------------------------

async function startServer(distDir: string, dataDir: string, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      OFFRAMP_DIST_DIR: distDir,
      OFFRAMP_DATA_DIR: dataDir,
      OFFRAMP_LOG_LEVEL: 'warn',
      // The demo story carries no ethics approval; the benchmark plays it all the same.
      OFFRAMP_SHOW_UNREVIEWED: '1',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  server.stderr?.on('data', (data: Buffer) => {
    stderr = (stderr + data.toString()).slice(-4000);
  });
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited: ${stderr}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill('SIGKILL');
  throw new Error(`the server did not answer within ${SERVER_START_TIMEOUT_MS} ms: ${stderr}`);
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

// --- 3. Runs in Chromium --------------------------------------------------------------------

interface RunTimes {
  libraryMs: number;
  firstChoiceMs: number;
  /** The art layer's first backdrop on screen (the library's, when it wins the race). */
  artShownMs: number | undefined;
  /** The story's own first backdrop on screen. */
  storyArtMs: number | undefined;
  clicks: number;
}

/** Records, in the page, when the art layer first reports a backdrop (data-scene). */
function watchArt(): void {
  const marks: { artShownAt?: number; storyArtAt?: number } = {};
  (window as unknown as { offrampBench: typeof marks }).offrampBench = marks;
  new MutationObserver((records) => {
    for (const record of records) {
      const scene = (record.target as Element).getAttribute('data-scene');
      if (!scene) continue;
      marks.artShownAt ??= performance.now();
      if (scene !== 'library') marks.storyArtAt ??= performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-scene'] });
}

const now = (page: Page) => page.evaluate(() => performance.now());

async function playOpening(
  browser: Browser,
  baseURL: string,
  throttle: boolean,
): Promise<RunTimes> {
  const context = await browser.newContext({
    baseURL,
    locale: 'en-GB',
    viewport: { width: 1280, height: 800 },
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchArt);
    if (throttle) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: NETWORK.latencyMs,
        downloadThroughput: (NETWORK.downloadKbitPerS * 1000) / 8,
        uploadThroughput: (NETWORK.uploadKbitPerS * 1000) / 8,
      });
    }
    page.setDefaultTimeout(RUN_TIMEOUT_MS);
    const deadline = Date.now() + RUN_TIMEOUT_MS;
    await page.goto('/', { waitUntil: 'commit' });

    const demoStart = page
      .getByRole('article', { name: DEMO_TITLE })
      .getByRole('button', { name: ON_THE_WAY })
      .first();
    await demoStart.waitFor({ state: 'visible' });
    const libraryMs = await now(page);
    await demoStart.click();

    const firstChoice = page.getByRole('group', { name: 'Choices' }).getByRole('button').first();
    const onTheWay = page.getByRole('button', { name: ON_THE_WAY }).filter({ visible: true });
    let clicks = 1;
    let firstChoiceMs: number | undefined;
    while (firstChoiceMs === undefined) {
      if (Date.now() > deadline) throw new Error('the first choice never became clickable');
      if ((await firstChoice.isVisible()) && (await firstChoice.isEnabled())) {
        firstChoiceMs = await now(page);
        break;
      }
      if ((await onTheWay.count()) > 0 && clicks < MAX_CLICKS) {
        await onTheWay.first().click();
        clicks++;
      } else {
        await page.waitForTimeout(25);
      }
    }
    // The art may still be on its way: wait for it, within the same bound.
    await page
      .waitForFunction(
        () =>
          (window as unknown as { offrampBench: { storyArtAt?: number } }).offrampBench
            .storyArtAt !== undefined,
        undefined,
        { timeout: Math.max(1000, deadline - Date.now()) },
      )
      .catch(() => undefined);
    const marks = await page.evaluate(
      () =>
        (window as unknown as { offrampBench: { artShownAt?: number; storyArtAt?: number } })
          .offrampBench,
    );
    return {
      libraryMs,
      firstChoiceMs,
      artShownMs: marks.artShownAt,
      storyArtMs: marks.storyArtAt,
      clicks,
    };
  } finally {
    await context.close();
  }
}

// --- Report ---------------------------------------------------------------------------------

const kb = (bytes: number) => (bytes / KB).toFixed(1);

function stats(values: readonly (number | undefined)[]) {
  const known = values.filter((value): value is number => value !== undefined);
  const sorted = [...known].sort((a, b) => a - b);
  if (sorted.length === 0) return { median: null, min: null, max: null, missing: values.length };
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? 0)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return {
    median: Math.round(median),
    min: Math.round(sorted[0] ?? 0),
    max: Math.round(sorted[sorted.length - 1] ?? 0),
    missing: values.length - known.length,
  };
}

async function main(): Promise<number> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'offramp-game-bench-dist-'));
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'offramp-game-bench-data-'));
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  const stopAll = () => server?.kill('SIGKILL');
  process.once('SIGINT', () => {
    stopAll();
    process.exit(130);
  });
  try {
    console.log(`building into ${outDir} …`);
    const chunks = await buildGame(outDir);
    const sizes = chunkSizes(chunks, gameEntry(outDir));
    const sum = (parts: ChunkSize['part'][]) =>
      sizes
        .filter((size) => parts.includes(size.part))
        .reduce((total, size) => total + size.gzipBytes, 0);
    const beforeInteractive = sum(['before']);
    const allGame = sum(['before', 'lazy']);

    console.log('\nJS chunks (KB; gzip at zlib default level)');
    console.log('part    raw KB   gzip KB  file');
    for (const size of sizes) {
      console.log(
        `${size.part.padEnd(7)} ${kb(size.rawBytes).padStart(7)}  ${kb(size.gzipBytes).padStart(7)}  ${size.file}`,
      );
    }
    const verdict = (bytes: number, limit: number) =>
      `${kb(bytes)} KB of ${kb(limit)} KB ${bytes <= limit ? 'ok' : 'OVER BUDGET'}`;
    console.log(
      `\nbefore the story is interactive: ${verdict(beforeInteractive, BUDGET_BEFORE_INTERACTIVE)}`,
    );
    console.log(`all of the game's JS:            ${verdict(allGame, BUDGET_ALL)}`);

    const port = await freePort();
    server = await startServer(outDir, dataDir, port);
    const baseURL = `http://127.0.0.1:${port}`;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    // One unthrottled run first, so the server's first-request costs are not measured.
    await playOpening(browser, baseURL, false);
    const results: RunTimes[] = [];
    console.log(
      `\n${runs} runs at ${NETWORK.downloadKbitPerS} kbit/s down, ${NETWORK.uploadKbitPerS} kbit/s up, ${NETWORK.latencyMs} ms latency, no cache (ms from navigation start)`,
    );
    console.log('run  library  first choice  art shown  story art  clicks');
    for (let run = 1; run <= runs; run++) {
      const times = await playOpening(browser, baseURL, true);
      results.push(times);
      const cell = (value: number | undefined, width: number) =>
        (value === undefined ? '–' : String(Math.round(value))).padStart(width);
      console.log(
        `${String(run).padStart(3)}  ${cell(times.libraryMs, 7)}  ${cell(times.firstChoiceMs, 12)}  ${cell(times.artShownMs, 9)}  ${cell(times.storyArtMs, 9)}  ${String(times.clicks).padStart(6)}`,
      );
    }
    const summary = {
      libraryMs: stats(results.map((result) => result.libraryMs)),
      firstChoiceMs: stats(results.map((result) => result.firstChoiceMs)),
      artShownMs: stats(results.map((result) => result.artShownMs)),
      storyArtMs: stats(results.map((result) => result.storyArtMs)),
    };
    console.log('\n               median     min     max');
    for (const [name, value] of Object.entries(summary)) {
      console.log(
        `${name.padEnd(14)} ${String(value.median ?? '–').padStart(6)}  ${String(value.min ?? '–').padStart(6)}  ${String(value.max ?? '–').padStart(6)}${value.missing ? `  (${value.missing} runs without)` : ''}`,
      );
    }
    const withinBudget = beforeInteractive <= BUDGET_BEFORE_INTERACTIVE && allGame <= BUDGET_ALL;
    console.log(
      JSON.stringify({
        bench: 'game',
        budgets: {
          beforeInteractive: {
            gzipBytes: beforeInteractive,
            limitBytes: BUDGET_BEFORE_INTERACTIVE,
          },
          allGameJs: { gzipBytes: allGame, limitBytes: BUDGET_ALL },
          withinBudget,
        },
        chunks: sizes,
        network: NETWORK,
        runs,
        timesMs: summary,
      }),
    );
    return values.strict && !withinBudget ? 1 : 0;
  } finally {
    await browser?.close();
    if (server) await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
    if (values.keep) console.log(`build kept in ${outDir}`);
    else rmSync(outDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
