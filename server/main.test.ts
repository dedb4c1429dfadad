import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTree } from '../core/testing/inkFixtures.node.ts';
import { buildDist, writeStoriesDir } from './testing/storyFixtures.ts';
import { lineMatching, runMain } from './testing/mainProcess.ts';

const tempDirs: string[] = [];
function tempDir(files: Record<string, string> = {}): string {
  const dir = writeTree(files, 'offramp-main-');
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function projectWithDist(): string {
  const cwd = tempDir();
  const stories = writeStoriesDir([
    { id: 'tiny', ink: { en: { 'main.ink': 'Hello {5 / 2.0}.\n-> END\n' } } },
  ]);
  tempDirs.push(stories);
  buildDist(stories, path.join(cwd, 'dist'));
  return cwd;
}

async function refusal(cwd: string, env: Record<string, string> = {}): Promise<string> {
  const run = runMain(cwd, env);
  const { code } = await run.exited;
  expect(code).toBe(1);
  expect(run.stdout()).not.toMatch(/serving/);
  return run.stderr();
}

describe('server/main.ts', () => {
  it('refuses to start without dist/', async () => {
    expect(await refusal(tempDir())).toBe(
      'offramp: cannot start: dist/ not found; run npm run build first\n',
    );
  });

  it('refuses to start without the story manifest', async () => {
    const cwd = tempDir({
      'dist/game/index.html': '<!doctype html>',
      'dist/counsellor/index.html': '',
    });
    expect(await refusal(cwd)).toBe(
      'offramp: cannot start: dist/stories/manifest.json not found; run npm run build first\n',
    );
  });

  it.each(['eighty', '70000', '-1', '8080.5'])('refuses PORT=%s', async (port) => {
    expect(await refusal(tempDir(), { PORT: port })).toBe(
      `offramp: cannot start: PORT must be a whole number from 0 to 65535 (0 picks a free port), not "${port}"\n`,
    );
  });

  it('refuses a port that is already in use', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      expect(await refusal(projectWithDist(), { PORT: String(port) })).toBe(
        `offramp: cannot start: port ${port} is already in use on 127.0.0.1; stop the other server or set PORT\n`,
      );
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('serves the built game, creates a private data folder and stops cleanly on SIGTERM', async () => {
    const cwd = projectWithDist();
    const run = runMain(cwd, {
      PORT: '0',
      OFFRAMP_DATA_DIR: 'var/offramp',
      OFFRAMP_SHOW_UNREVIEWED: '1',
    });
    try {
      const started = JSON.parse(await lineMatching(run, /Offramp is serving/)) as {
        url: string;
        port: number;
      };
      expect(started.url).toBe(`http://localhost:${started.port}`);

      const base = `http://127.0.0.1:${started.port}`;
      expect(await (await fetch(`${base}/api/health`)).text()).toBe('{"ok":true}');
      const story = await (await fetch(`${base}/api/stories/tiny/en`)).text();
      expect(story).toContain('2.0');
      expect((await fetch(`${base}/`)).status).toBe(200);

      const dataDir = path.join(cwd, 'var/offramp');
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      // The store: its key (owner-only), the accounts file, conversations and the folder lock.
      expect(readdirSync(dataDir).sort()).toEqual([
        'accounts.json',
        'conversations',
        'data.key',
        'store.lock',
      ]);
      expect(statSync(path.join(dataDir, 'data.key')).mode & 0o777).toBe(0o600);
    } finally {
      run.child.kill('SIGTERM');
    }
    const { code } = await run.exited;
    expect(code).toBe(0);
    expect(run.stderr()).toBe('');
    const entries = run
      .stdout()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { msg: string });
    expect(entries.map((entry) => entry.msg)).toContain('stopped');
    expect(run.stdout()).not.toMatch(/127\.0\.0\.1|::1|::ffff/);
  });

  it('keeps an existing data folder as it is', async () => {
    const cwd = projectWithDist();
    mkdirSync(path.join(cwd, 'data'), { mode: 0o700 });
    writeFileSync(path.join(cwd, 'data', 'keep.json'), '{}');
    const run = runMain(cwd, { PORT: '0' });
    try {
      await lineMatching(run, /Offramp is serving/);
    } finally {
      run.child.kill('SIGINT');
    }
    expect((await run.exited).code).toBe(0);
    expect(readdirSync(path.join(cwd, 'data'))).toContain('keep.json');
    expect(readFileSync(path.join(cwd, 'data', 'keep.json'), 'utf8')).toBe('{}');
  });
});
