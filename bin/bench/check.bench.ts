/**
 * `npm run bench:check`: how long `offramp check` takes on the shipped stories (target ≤ 10 s)
 * and on generated stories of growing size, to show how it scales. A benchmark, not a test:
 * it prints a table and one JSON line, and exits 1 only if the shipped stories miss the target.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkStories } from '../../core/stories/storyCheck.node.ts';
import { listStoryIds, storySourceFiles } from '../../core/stories/storyCatalog.node.ts';
import { PROJECT_ROOT, STORIES_DIR } from '../cliSupport.ts';

const TARGET_SECONDS = 10;
const GENERATED_KNOTS = [30, 150, 600];
const KNOTS_PER_FILE = 50;
const LAUNCHER = path.join(PROJECT_ROOT, 'bin/offramp.mjs');

interface Measurement {
  name: string;
  stories: number;
  knots: number;
  sourceKb: number;
  /** The whole command, as a user runs it (including Node and tsx start-up). */
  cliSeconds: number;
  /** The checks alone, in this process. */
  checkSeconds: number;
  exitCode: number | null;
}

function timeCli(storiesDir: string): { seconds: number; exitCode: number | null; stderr: string } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [LAUNCHER, 'check'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, OFFRAMP_STORIES_DIR: storiesDir },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return {
    seconds: (performance.now() - started) / 1000,
    exitCode: result.status,
    stderr: result.stderr,
  };
}

function timeChecks(storiesDir: string): number {
  const started = performance.now();
  checkStories(storiesDir, listStoryIds(storiesDir), { displayPath: (p) => p });
  return (performance.now() - started) / 1000;
}

/**
 * A story of `knots` knots per locale (two stitches each, choices, hooks, tags from the
 * vocabulary), spread over INCLUDEd files as a real story would be. Both locales agree, so
 * the run exercises every check without reporting problems.
 */
function generateStory(storiesDir: string, id: string, knots: number): number {
  let bytes = 0;
  const write = (relative: string, text: string) => {
    const file = path.join(storiesDir, id, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  };
  write(
    'story.json',
    JSON.stringify({
      id,
      title: { en: 'Generated', de: 'Generiert' },
      summary: {
        en: 'A generated story for benchmarks.',
        de: 'Eine erzeugte Geschichte für Benchmarks.',
      },
      minAge: 13,
      contentNotes: [],
      themes: [],
      locales: ['en', 'de'],
      entry: 'main.ink',
    }),
  );
  for (const [locale, words] of [
    ['en', { line: 'You walk on', pick: 'Pick', calm: 'You breathe out' }],
    ['de', { line: 'Du gehst weiter', pick: 'Wähle', calm: 'Du atmest aus' }],
  ] as const) {
    const files = Math.ceil(knots / KNOTS_PER_FILE);
    const includes = Array.from({ length: files }, (_, f) => `INCLUDE parts/part${f}.ink`).join(
      '\n',
    );
    write(`${locale}/main.ink`, `${includes}\nVAR score = 0\n-> k0\n`);
    for (let f = 0; f < files; f++) {
      let ink = '';
      for (let k = f * KNOTS_PER_FILE; k < Math.min(knots, (f + 1) * KNOTS_PER_FILE); k++) {
        const next = k + 1 < knots ? `k${k + 1}` : 'END';
        ink += `=== k${k} ===
${words.line} ({k${k}}). # scene: place-${k % 7} # mood: calm
~ score++
"{score}" # speaker: Kai
* [${words.pick} A] -> a
* [${words.pick} B] -> b
= a
${words.calm}. # calm # hook: reflect
-> ${next}
= b
${words.line} B. # technique: isolation
* [${words.pick} 1] -> ${next}
* [${words.pick} 2]
  ${words.line}. # sfx: message
  -> ${next}
`;
      }
      write(`${locale}/parts/part${f}.ink`, ink);
    }
  }
  return bytes;
}

function measure(
  name: string,
  storiesDir: string,
  knots: number,
  sourceBytes: number,
): Measurement {
  const cli = timeCli(storiesDir);
  if (cli.exitCode !== 0)
    process.stderr.write(`${name}: offramp check exited ${cli.exitCode}\n${cli.stderr}\n`);
  return {
    name,
    stories: listStoryIds(storiesDir).length,
    knots,
    sourceKb: Math.round(sourceBytes / 1024),
    cliSeconds: cli.seconds,
    checkSeconds: timeChecks(storiesDir),
    exitCode: cli.exitCode,
  };
}

function printTable(rows: Measurement[]): void {
  const header = [
    'stories',
    'knots/locale',
    'source KB',
    'offramp check s',
    'checks alone s',
    'exit',
  ];
  const lines = rows.map((row) => [
    row.name,
    String(row.stories),
    String(row.knots || '-'),
    String(row.sourceKb || '-'),
    row.cliSeconds.toFixed(2),
    row.checkSeconds.toFixed(2),
    String(row.exitCode),
  ]);
  const table = [['', ...header], ...lines];
  const widths =
    table[0]?.map((_, column) => Math.max(...table.map((line) => (line[column] ?? '').length))) ??
    [];
  for (const line of table) {
    process.stdout.write(
      `${line.map((cell, column) => cell.padStart(widths[column] ?? 0)).join('  ')}\n`,
    );
  }
}

function main(): number {
  const shippedBytes = listStoryIds(STORIES_DIR)
    .flatMap((id) => storySourceFiles(STORIES_DIR, id))
    .reduce((sum, file) => sum + statSync(file).size, 0);
  const rows: Measurement[] = [measure('shipped', STORIES_DIR, 0, shippedBytes)];
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'offramp-check-bench-'));
  try {
    for (const knots of GENERATED_KNOTS) {
      const storiesDir = path.join(scratch, `knots-${knots}`);
      const bytes = generateStory(storiesDir, `generated-${knots}`, knots);
      rows.push(measure(`generated`, storiesDir, knots, bytes));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  printTable(rows);
  const shipped = rows[0];
  const withinTarget =
    shipped !== undefined && shipped.exitCode === 0 && shipped.cliSeconds <= TARGET_SECONDS;
  process.stdout.write(
    `${JSON.stringify({
      bench: 'check',
      targetSeconds: TARGET_SECONDS,
      withinTarget,
      runs: rows.map((row) => ({
        ...row,
        cliSeconds: Number(row.cliSeconds.toFixed(3)),
        checkSeconds: Number(row.checkSeconds.toFixed(3)),
      })),
    })}\n`,
  );
  return withinTarget ? 0 : 1;
}

process.exitCode = main();
