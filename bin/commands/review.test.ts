import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { storyContentHash } from '../../core/ethics/storyContentHash.node.ts';
import {
  permissiveEthicsConfig,
  writeEthicsConfigFile,
} from '../../core/testing/ethicsFixtures.node.ts';
import { writeTree } from '../../core/testing/inkFixtures.node.ts';
import { storyMetaFixture } from '../../core/testing/storyMetaFixture.ts';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const meta = (id: string) =>
  storyMetaFixture(id, {
    title: { en: 'Tea & <b>Biscuits</b>', de: 'Tee & Kekse' },
    summary: { en: 'A tiny story.', de: 'Eine winzige Geschichte.' },
  });

const STORY = (hello: string) =>
  `${hello} # speaker: Mia\n* [Stay] -> calm_place\n* [Go] -> END\n=== calm_place ===\nBreathe. # calm # hook: chat\n-> END\n`;

const STORIES_DIR = writeTree({
  'tea/story.json': JSON.stringify(meta('tea')),
  'tea/en/main.ink': STORY('Hi <script>alert(1)</script> & bye.'),
  'tea/de/main.ink': STORY('Hallo.'),
  'bad/story.json': JSON.stringify({ ...meta('bad'), minAge: 'thirteen' }),
  'bad/en/main.ink': STORY('Hi.'),
  'bad/de/main.ink': STORY('Hallo.'),
});
const CONFIG = writeEthicsConfigFile(writeTree({}), permissiveEthicsConfig());

function review(args: string[], config = CONFIG) {
  const out = writeTree({}, 'offramp-review-');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OFFRAMP_STORIES_DIR: STORIES_DIR,
    OFFRAMP_ETHICS_CONFIG: config,
  };
  const result = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'bin/offramp.mjs'), 'review', ...args],
    {
      cwd: out,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { ...result, out };
}

describe('offramp review', () => {
  it('writes one self-contained packet, prints its path and summarises on stderr', () => {
    const result = review(['tea', '--out', 'packet.html', '--max-playthroughs', '50']);
    expect(result.stderr).toMatch(
      /^tea: not reviewed; 0 errors, 0 warnings, 0 banned-pattern hits, 2 hooks; walk: en 1\/1 visited, de 1\/1 visited\n$/,
    );
    expect(result.stdout).toBe('packet.html\n');
    expect(result.status).toBe(0);
    const html = readFileSync(path.join(result.out, 'packet.html'), 'utf8');
    expect(html).toContain(
      '<title>Ethics review: Tea &amp; &lt;b&gt;Biscuits&lt;/b&gt; (tea)</title>',
    );
    expect(html).toContain('Hi &lt;script&gt;alert(1)&lt;/script&gt; &amp; bye.');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(storyContentHash(STORIES_DIR, 'tea'));
    expect(html).toContain('at most 50 playthroughs');
  });

  it('needs --out: a packet is a file', () => {
    const result = review(['tea']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('offramp review: a packet is a file: give --out packet.html');
    expect(result.stdout).toBe('');
  });

  it('names the stories there are when the id is unknown', () => {
    const result = review(['nope', '--out', 'packet.html']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('offramp review: no story "nope" in');
    expect(result.stderr).toContain('(stories: bad, tea)');
    expect(existsSync(path.join(result.out, 'packet.html'))).toBe(false);
  });

  it('rejects a bad option value with usage', () => {
    const result = review(['tea', '--out', 'p.html', '--seconds', 'soon']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--seconds must be a number of at least 0.001, got "soon"');
  });

  it('refuses a story whose story.json is invalid, naming file and line, without a stack', () => {
    const result = review(['bad', '--out', 'packet.html']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/bad\/story\.json:\d+: minAge/);
    expect(result.stderr).not.toContain('    at ');
  });

  it('refuses an invalid ethics config, naming the field', () => {
    const broken = {
      ...permissiveEthicsConfig(),
      data: { chatRetentionDays: 30, ipLogging: 'on' },
    };
    const dir = writeTree({ 'ethics.config.json': JSON.stringify(broken) });
    const result = review(['tea', '--out', 'packet.html'], path.join(dir, 'ethics.config.json'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('data.ipLogging');
  });
});
