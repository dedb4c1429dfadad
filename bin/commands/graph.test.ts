import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../../core/testing/inkFixtures.node.ts';
import { main } from '../cli.ts';
import { textCollector } from '../testing/textCollector.ts';

async function graph(args: string[], cwd: string) {
  const stdout = textCollector();
  const stderr = textCollector();
  const code = await main(['graph', ...args], { stdin: Readable.from(['']), stdout, stderr, cwd });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** A story outside the project whose INCLUDE sits in a subfolder of the main file's folder. */
function writeStory(): string {
  return writeTree({
    'tale/main.ink': 'INCLUDE parts/fork.ink\nOnce.\n-> fork\n',
    'tale/parts/fork.ink':
      '=== fork ===\n* [Left] -> fork.left\n* [Right] -> END\n= left\nLeft. # hook: reflect\n-> END\n',
  });
}

describe('offramp graph', () => {
  it('writes the SVG of any ink file to stdout, INCLUDEs resolved from its folder', async () => {
    const { code, stdout, stderr } = await graph(['tale/main.ink'], writeStory());
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^<svg [^>]*role="img"/);
    expect(stdout.trimEnd()).toMatch(/<\/svg>$/);
    expect(stdout).toContain('<title id="graph-title">Story map of tale/main.ink</title>');
    for (const id of ['(root)', 'fork', 'fork.left']) expect(stdout).toContain(`data-node="${id}"`);
    expect(stdout).toContain('class="edge edge-choice" data-from="fork" data-to="fork.left"');
    expect(stdout).toContain('data-hook="reflect"');
    expect(stdout).toContain('>parts/fork.ink:4<');
  });

  it('writes the file given with --out and prints its path', async () => {
    const dir = writeStory();
    const { code, stdout } = await graph(['tale/main.ink', '--out', 'map.svg'], dir);
    expect(code).toBe(0);
    expect(stdout).toBe('map.svg\n');
    expect(readFileSync(path.join(dir, 'map.svg'), 'utf8')).toMatch(/^<svg [\s\S]*<\/svg>\n$/);
  });

  it('names the file and line of a compile error, and rejects bad usage with exit 2', async () => {
    const dir = writeTree({ 'broken.ink': 'Hello.\n-> nowhere\n' });
    const broken = await graph(['broken.ink'], dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken\.ink:2: Divert target not found: '-> nowhere'\n$/);
    expect(broken.stdout).toBe('');
    expect(await graph([], dir)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^offramp graph: which story\?/),
    });
    expect(await graph(['broken.ink', '--out'], dir)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^offramp graph: --out needs a value/),
    });
    expect(await graph(['broken.ink', 'other.ink'], dir)).toMatchObject({ code: 2 });
    const unwritable = await graph(
      ['../tale/main.ink', '--out', 'missing/folder/map.svg'],
      path.join(writeStory(), 'tale'),
    );
    expect(unwritable).toMatchObject({
      code: 1,
      stderr: 'missing/folder/map.svg: cannot write (no such folder)\n',
    });
  });
});
