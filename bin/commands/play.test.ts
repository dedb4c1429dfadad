import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../../core/story/compileInk.node.ts';
import { writeTree } from '../../core/testing/inkFixtures.node.ts';
import { main } from '../cli.ts';
import { textCollector } from '../testing/textCollector.ts';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function play(args: string[], input: string, cwd = PROJECT_ROOT) {
  const stdout = textCollector();
  const stderr = textCollector();
  const code = await main(['play', ...args], {
    stdin: Readable.from([input]),
    stdout,
    stderr,
    cwd,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** A story in a folder of its own, INCLUDEing a file from a subfolder. */
function writeStory(): string {
  return writeTree({
    'tale/main.ink': 'INCLUDE parts/fork.ink\nOnce. # place: hall\n-> fork\n',
    'tale/parts/fork.ink':
      '== fork ==\n* Left [path] turns\n  -> END\n* [Right] Right it is.\n  -> END\n',
  });
}

const TALE_TRANSCRIPT = 'Once.\n# tags: place: hall\n\n1: Left path\n2: Right\n?> ';

describe('offramp play', () => {
  it('plays an ink file anywhere on disk, INCLUDE resolved from its folder', async () => {
    const dir = writeStory();
    expect(await play(['tale/main.ink'], '1\n', dir)).toEqual({
      code: 0,
      stdout: `${TALE_TRANSCRIPT}Left turns\n`,
      stderr: '',
    });
    expect((await play([path.join(dir, 'tale/main.ink')], '2\n9\n')).stdout).toBe(
      `${TALE_TRANSCRIPT}Right it is.\n`,
    );
  });

  it('plays compiled JSON', async () => {
    const dir = writeStory();
    writeFileSync(
      path.join(dir, 'tale.json'),
      compileInkFile(path.join(dir, 'tale/main.ink')).json,
    );
    expect(await play(['tale.json'], '2\n', dir)).toMatchObject({
      code: 0,
      stdout: `${TALE_TRANSCRIPT}Right it is.\n`,
    });
  });

  it('plays a story id in the chosen locale to its end', async () => {
    const { code, stdout } = await play(['demo', '--locale', 'de'], '1\n1\n1\n1\n1\n1\n');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Sonntagabend\./);
    expect(stdout).toMatch(/# tags: debrief, hook: reflect\n$/);
  });

  it('ends quietly when the input ends while choices wait', async () => {
    expect(await play([path.join(writeStory(), 'tale/main.ink')], '')).toEqual({
      code: 0,
      stdout: TALE_TRANSCRIPT,
      stderr: '',
    });
  });

  it('rejects a choice out of range or not a number with its stdin line and the valid range', async () => {
    const file = path.join(writeStory(), 'tale/main.ink');
    expect(await play([file], '\n\n7\n')).toEqual({
      code: 1,
      stdout: `${TALE_TRANSCRIPT}?> ?> `,
      stderr: 'stdin line 3: "7" is not a choice (1–2)\n',
    });
    expect(await play([file], 'left\n')).toMatchObject({
      code: 1,
      stderr: 'stdin line 1: "left" is not a choice (1–2)\n',
    });
  });

  it('reports a runtime error of the story on stderr with exit 1', async () => {
    const dir = writeTree({ 'loose.ink': '-> k\n== k ==\nText.\n' });
    expect(await play(['loose.ink'], '', dir)).toEqual({
      code: 1,
      stdout: 'Text.\n',
      stderr:
        "loose.ink: runtime error: ran out of content. Do you need a '-> DONE' or '-> END'?\n",
    });
  });

  it('names file and line of a compile error, and a missing file, without a stack trace', async () => {
    const dir = writeTree({ 'broken.ink': 'Hello\n* [Open\n-> END\n' });
    const broken = await play(['broken.ink'], '', dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken\.ink:2: Expected closing ']'/);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
    expect(await play(['gone.ink'], '', dir)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/gone\.ink: no such file\n$/),
    });
  });

  it('explains wrong arguments', async () => {
    expect(await play([], '')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^Usage: offramp play/),
    });
    expect(await play(['demo', '--locale', 'xx'], '')).toMatchObject({
      code: 2,
      stderr: 'demo: no locale "xx" (has en, de)\n',
    });
    expect(await play(['a.ink', '--locale', 'de'], '')).toMatchObject({ code: 2 });
    expect(await play(['demo', '--fast'], '')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown option "--fast"'),
    });
  });

  it('reads real stdin through the offramp launcher', () => {
    const dir = writeStory();
    const result = spawnSync(
      process.execPath,
      [path.join(PROJECT_ROOT, 'bin/offramp.mjs'), 'play', 'tale/main.ink'],
      {
        cwd: dir,
        input: '\r\n2\r\n',
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`${TALE_TRANSCRIPT}?> Right it is.\n`);
    expect(result.status).toBe(0);
  });
});
