import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  permissiveEthicsConfig,
  writeEthicsConfigFile,
} from '../../core/testing/ethicsFixtures.node.ts';
import { writeTree } from '../../core/testing/inkFixtures.node.ts';
import { storyMetaFixture } from '../../core/testing/storyMetaFixture.ts';

const OFFRAMP = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../offramp.mjs');
const meta = (id: string) =>
  JSON.stringify(
    storyMetaFixture(id, { title: { en: 'T' }, summary: { en: 'S' }, locales: ['en'] }),
  );

function project() {
  const dir = writeTree({
    'stories/good/story.json': meta('good'),
    'stories/good/en/main.ink': 'Hi.\n* [Rest] Quiet. # calm # hook: reflect\n  -> END\n',
    'stories/bad/story.json': meta('bad'),
    'stories/bad/en/main.ink': 'Hi. # hook: chat\n-> END\n',
  });
  const configFile = writeEthicsConfigFile(dir, permissiveEthicsConfig());
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [OFFRAMP, ...args], {
      cwd: dir,
      env: {
        ...process.env,
        OFFRAMP_STORIES_DIR: path.join(dir, 'stories'),
        OFFRAMP_ETHICS_CONFIG: configFile,
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
  const stories = () =>
    (JSON.parse(readFileSync(configFile, 'utf8')) as { stories: Record<string, unknown> }).stories;
  return { run, stories };
}

describe('offramp approve and revoke', () => {
  it('records an approval and withdraws it', () => {
    const { run, stories } = project();
    const approved = run(
      'approve',
      'good',
      '--reviewer',
      'Content team',
      '--note',
      'awaits the board',
    );
    expect(approved.stderr).toBe('');
    expect(approved.stdout).toMatch(
      /^approved good \(content [0-9a-f]{12}…\) by Content team on \d{4}-\d{2}-\d{2}; hooks: reflect; recorded in /,
    );
    expect(approved.status).toBe(0);
    expect(stories()['good']).toMatchObject({
      status: 'approved',
      hooks: ['reflect'],
      note: 'awaits the board',
    });

    const revoked = run('revoke', 'good');
    expect(revoked.status).toBe(0);
    expect(stories()['good']).toMatchObject({ status: 'revoked', reviewer: 'Content team' });
    expect(run('revoke', 'good')).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/already revoked/),
    });
  });

  it('refuses a story with check errors and leaves the config as it was', () => {
    const { run, stories } = project();
    const refused = run('approve', 'bad', '--reviewer', 'Board');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /bad\/en\/main\.ink:1: hook "chat" must be on a # calm or # debrief line/,
    );
    expect(refused.stderr).toMatch(/cannot approve "bad": offramp check finds 1 error/);
    expect(stories()).toEqual({});
  });

  it('explains wrong use with exit 2', () => {
    const { run } = project();
    expect(run('approve', 'good')).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/add --reviewer NAME/),
    });
    expect(run('approve', 'nope', '--reviewer', 'B')).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/no story "nope" .*\(stories: bad, good\)/),
    });
    expect(run('approve', '--reviewer', 'B')).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/which story/),
    });
    expect(run('revoke', 'good')).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/has no approval to revoke/),
    });
  });
});
