import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../../core/testing/inkFixtures.node.ts';
import { main } from '../cli.ts';
import { reproduceCommand } from './walk.ts';
import { textCollector } from '../testing/textCollector.ts';

async function offramp(args: string[], cwd: string, input = '') {
  const stdout = textCollector();
  const stderr = textCollector();
  const code = await main(args, { stdin: Readable.from([input]), stdout, stderr, cwd });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/**
 * A story outside the project, INCLUDEing a file from a subfolder: a dead end after
 * "Risky" then "Right", a rare ending behind a visit count, and a knot nothing diverts to.
 */
function writeStory(): string {
  return writeTree({
    'tale/main.ink': `INCLUDE parts/more.ink
-> start
=== start ===
+ [Safe] -> good
+ [Risky] -> risky
+ [Again] -> again
* {start >= 4} [The hidden door] -> hidden
=== again ===
Round you go.
-> start
=== good ===
Fine. -> END
`,
    'tale/parts/more.ink': `=== risky ===
* [Left] Left. -> END
* [Right] Right, and then nothing.
=== hidden ===
A hidden room. # hook: chat
-> END
=== orphan ===
Nothing diverts here.
-> END
`,
  });
}

const JSON_RUN = ['walk', 'tale/main.ink', '--json', '--max-playthroughs', '400', '--seed', '5'];

describe('offramp walk', () => {
  it('prints one JSON object with coverage, endings and errors, and exits 1 on an error', async () => {
    const dir = writeStory();
    const { code, stdout, stderr } = await offramp(JSON_RUN, dir);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual([
      'story',
      'seconds',
      'playthroughs',
      'endings',
      'containers',
      'errors',
    ]);
    expect(report).toMatchObject({
      story: 'tale/main.ink',
      playthroughs: 400,
      containers: {
        total: 6,
        visited: 5,
        unvisited: [
          { id: 'orphan', file: 'tale/parts/more.ink', line: 7, reachableByDiverts: false },
        ],
      },
      errors: [
        {
          message:
            "tale/parts/more.ink:1: in risky: ran out of content. Do you need a '-> DONE' or '-> END'?",
          choices: [2, 2],
        },
      ],
    });
    expect(report.seconds).toEqual(expect.any(Number));
    expect(report.endings.map((ending: { node: string }) => ending.node).sort()).toEqual([
      'good',
      'hidden',
      'risky',
    ]);
    const hidden = report.endings.find((ending: { node: string }) => ending.node === 'hidden');
    expect(hidden.choices).toEqual([3, 3, 3, 4]);
  });

  it('gives the same report for the same seed and playthroughs', async () => {
    const dir = writeStory();
    const strip = (stdout: string) => ({ ...JSON.parse(stdout), seconds: 0 });
    const first = await offramp(JSON_RUN, dir);
    const second = await offramp(JSON_RUN, dir);
    expect(strip(second.stdout)).toEqual(strip(first.stdout));
  });

  it('reports in words, with the command that reproduces each error through offramp play', async () => {
    const dir = writeStory();
    const { code, stdout, stderr } = await offramp(
      ['walk', 'tale/main.ink', '--max-playthroughs', '400'],
      dir,
    );
    expect(code).toBe(1);
    // No progress line when stderr is not a terminal.
    expect(stderr).toBe('');
    expect(stdout).toContain(
      'Knots and stitches: 5 of 6 visited. Not visited:\n  orphan  tale/parts/more.ink:7  (no divert leads here)\n',
    );
    expect(stdout).toMatch(/Endings reached: 3\n/);
    expect(stdout).toContain(
      "Errors: 1\n  tale/parts/more.ink:1: in risky: ran out of content. Do you need a '-> DONE' or '-> END'?\n" +
        '    after choices: 2 2\n' +
        "    reproduce: printf '2\\n2\\n' | npx offramp play tale/main.ink\n",
    );

    const replay = await offramp(['play', 'tale/main.ink'], dir, '2\n2\n');
    expect(replay.code).toBe(1);
    expect(replay.stdout).toContain('Right, and then nothing.');
    expect(replay.stderr).toMatch(/ran out of content/);
  });

  it('exits 0 when the walk finds no error, and writes the story map with coverage on request', async () => {
    const dir = writeTree({
      'ok.ink':
        '-> start\n=== start ===\n* [A] -> END\n* [B] -> start.more\n= more\nMore. -> END\n=== never ===\n-> END\n',
    });
    const { code, stdout } = await offramp(
      ['walk', 'ok.ink', '--max-playthroughs', '50', '--graph', 'map.svg'],
      dir,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Errors: none found\n');
    expect(stdout).toContain('Story map with coverage: map.svg\n');
    const svg = readFileSync(path.join(dir, 'map.svg'), 'utf8');
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain('data-node="start.more"');
  });

  it('rejects bad usage with exit 2 and a compile error with its location and exit 1', async () => {
    const dir = writeTree({ 'broken.ink': '-> nowhere\n' });
    expect(await offramp(['walk'], dir)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^offramp walk: which story\?/),
    });
    expect(await offramp(['walk', 'broken.ink', '--seconds', 'soon'], dir)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /^offramp walk: --seconds must be a number of at least 0\.001, got "soon"/,
      ),
    });
    expect(await offramp(['walk', 'broken.ink', '--colour'], dir)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^offramp walk: unknown option "--colour"/),
    });
    expect(await offramp(['walk', 'broken.ink', '--locale', 'de'], dir)).toMatchObject({ code: 2 });
    const broken = await offramp(['walk', 'broken.ink', '--max-playthroughs', '1'], dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken\.ink:1: Divert target not found: '-> nowhere'\n$/);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  });

  it('documents the JSON shape in its help', async () => {
    const { code, stdout } = await offramp(['walk', '--help'], process.cwd());
    expect(code).toBe(0);
    expect(stdout).toContain('{story, seconds, playthroughs,');
    expect(stdout).toContain('--max-playthroughs N');
  });
});

describe('reproduceCommand', () => {
  it('quotes what the shell would misread', () => {
    expect(reproduceCommand('my story/main.ink', undefined, [1, 2])).toBe(
      "printf '1\\n2\\n' | npx offramp play 'my story/main.ink'",
    );
    expect(reproduceCommand('demo', 'de', [])).toBe(
      'npx offramp play demo --locale de < /dev/null',
    );
  });
});
