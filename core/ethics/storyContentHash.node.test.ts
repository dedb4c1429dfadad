import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../testing/inkFixtures.node.ts';
import { storyContentHash } from './storyContentHash.node.ts';

const files = {
  'tiny/story.json': '{"id":"tiny"}',
  'tiny/en/main.ink': 'Hello\nINCLUDE part.ink\n',
  'tiny/en/part.ink': 'Part\n',
  'tiny/de/main.ink': 'Hallo\n',
  'tiny/notes.txt': 'not content',
};

describe('storyContentHash', () => {
  it('is stable and ignores line-ending style and files that are not content', () => {
    const a = writeTree(files);
    const b = writeTree({
      ...files,
      'tiny/en/main.ink': 'Hello\r\nINCLUDE part.ink\r\n',
      'tiny/notes.txt': 'other',
    });
    expect(storyContentHash(a, 'tiny')).toMatch(/^[0-9a-f]{64}$/);
    expect(storyContentHash(b, 'tiny')).toBe(storyContentHash(a, 'tiny'));
  });

  it.each(['tiny/story.json', 'tiny/en/part.ink', 'tiny/de/main.ink'])(
    'changes when %s changes',
    (file) => {
      const dir = writeTree(files);
      const before = storyContentHash(dir, 'tiny');
      writeFileSync(path.join(dir, file), `${files[file as keyof typeof files]} `);
      expect(storyContentHash(dir, 'tiny')).not.toBe(before);
    },
  );

  it('changes when an ink file is added or renamed', () => {
    const dir = writeTree(files);
    const { 'tiny/en/part.ink': part, ...others } = files;
    const renamed = writeTree({ ...others, 'tiny/en/piece.ink': part });
    expect(storyContentHash(renamed, 'tiny')).not.toBe(storyContentHash(dir, 'tiny'));
    const added = writeTree({ ...files, 'tiny/de/extra.ink': '' });
    expect(storyContentHash(added, 'tiny')).not.toBe(storyContentHash(dir, 'tiny'));
  });
});
