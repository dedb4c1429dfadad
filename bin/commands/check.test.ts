import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayRelativeToCwd } from '../../core/story/compileInk.node.ts';
import { writeTree } from '../../core/testing/inkFixtures.node.ts';
import {
  permissiveEthicsConfig,
  writeEthicsConfigFile,
} from '../../core/testing/ethicsFixtures.node.ts';
import { textCollector } from '../testing/textCollector.ts';
import { storyMetaFixture } from '../../core/testing/storyMetaFixture.ts';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const meta = (id: string) => storyMetaFixture(id);

const GOOD = 'Hi. # speaker: Mia\n* [A] -> END\n* [B] -> END\n';

/** good passes; bad has an unknown tag and a choice missing in de; todo has a compiler warning only. */
const STORIES_DIR = writeTree({
  'good/story.json': JSON.stringify(meta('good')),
  'good/en/main.ink': GOOD,
  'good/de/main.ink': GOOD,
  'bad/story.json': JSON.stringify(meta('bad')),
  'bad/en/main.ink': GOOD.replace('speaker', 'speeker'),
  'bad/de/main.ink': 'Hi. # speaker: Mia\n* [A] -> END\n',
  'todo/story.json': JSON.stringify(meta('todo')),
  'todo/en/main.ink': `TODO: shorten\n${GOOD}`,
  'todo/de/main.ink': GOOD,
});

type Main = typeof import('../cli.ts').main;
let main: Main;

beforeAll(async () => {
  // bin/cliSupport reads the stories folder once, when it is first imported.
  const previous = {
    stories: process.env.OFFRAMP_STORIES_DIR,
    ethics: process.env.OFFRAMP_ETHICS_CONFIG,
  };
  process.env.OFFRAMP_STORIES_DIR = STORIES_DIR;
  process.env.OFFRAMP_ETHICS_CONFIG = writeEthicsConfigFile(
    writeTree({}),
    permissiveEthicsConfig(),
  );
  try {
    ({ main } = await import('../cli.ts'));
  } finally {
    for (const [name, value] of [
      ['OFFRAMP_STORIES_DIR', previous.stories],
      ['OFFRAMP_ETHICS_CONFIG', previous.ethics],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
});

async function check(args: string[], { tty = false } = {}) {
  const stdout = textCollector();
  const stderr = textCollector(tty);
  const code = await main(['check', ...args], {
    stdin: Readable.from([]),
    stdout,
    stderr,
    cwd: PROJECT_ROOT,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const shown = (relative: string) => displayRelativeToCwd(path.join(STORIES_DIR, relative));

describe('offramp check', () => {
  it('passes a good story quietly, with the summary on stderr', async () => {
    expect(await check(['good'])).toEqual({
      code: 0,
      stdout: '',
      stderr: 'checked 1 story, 2 locales: 0 errors, 0 warnings\n',
    });
  });

  it('prints one path:line: message per problem and fails on errors', async () => {
    expect(await check(['bad'])).toEqual({
      code: 1,
      stdout:
        `${shown('bad/de/main.ink')}:2: choice point 1 of the top of the story has 1 choice here, 2 in en (${shown('bad/en/main.ink')}:2)\n` +
        `${shown('bad/en/main.ink')}:1: unknown tag "speeker: Mia" (known: speaker, scene, ui, mood, sfx, pause, cw, hook, technique, distressing, calm, debrief)\n`,
      stderr: 'checked 1 story, 2 locales: 2 errors, 0 warnings\n',
    });
  });

  it('passes with warnings only', async () => {
    expect(await check(['todo'])).toEqual({
      code: 0,
      stdout: `${shown('todo/en/main.ink')}:1: warning: shorten\n`,
      stderr: 'checked 1 story, 2 locales: 0 errors, 1 warning\n',
    });
  });

  it('checks every story when given none', async () => {
    const { code, stderr } = await check([]);
    expect(code).toBe(1);
    expect(stderr).toBe('checked 3 stories, 6 locales: 2 errors, 1 warning\n');
  });

  it('prints {stories, problems} with --json', async () => {
    const { code, stdout } = await check(['--json', 'good', 'bad']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      stories: [
        { id: 'good', locales: ['en', 'de'] },
        { id: 'bad', locales: ['en', 'de'] },
      ],
      problems: [
        expect.objectContaining({ file: shown('bad/de/main.ink'), line: 2, severity: 'error' }),
        expect.objectContaining({ file: shown('bad/en/main.ink'), line: 1, severity: 'error' }),
      ],
    });
  });

  it('shows a progress line only on a terminal', async () => {
    expect((await check(['good'], { tty: true })).stderr).toContain('\r\x1b[2Kchecking good');
    expect((await check(['good'])).stderr).not.toContain('\x1b');
  });

  it('rejects an unknown story id or option with exit 2', async () => {
    expect(await check(['good', 'nope'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `offramp check: no story "nope" in ${displayRelativeToCwd(STORIES_DIR)} (stories: bad, good, todo)\n`,
    });
    expect(await check(['--fix'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown option "--fix"'),
    });
  });

  it('passes the shipped stories through the offramp launcher', () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.OFFRAMP_STORIES_DIR;
    delete env.OFFRAMP_ETHICS_CONFIG;
    const result = spawnSync(
      process.execPath,
      [path.join(PROJECT_ROOT, 'bin/offramp.mjs'), 'check', 'demo'],
      {
        cwd: PROJECT_ROOT,
        env,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('checked 1 story, 2 locales: 0 errors, 0 warnings\n');
    expect(result.status).toBe(0);
  });
});
