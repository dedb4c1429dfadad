/**
 * The hash an approval binds to: every ink file of every locale plus story.json. Any edit
 * to any of them gives a different hash and so voids the approval.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { storySourceFiles } from '../stories/storyCatalog.node.ts';

export function storyContentHash(storiesDir: string, storyId: string): string {
  const root = path.join(storiesDir, storyId);
  const hash = createHash('sha256');
  for (const file of storySourceFiles(storiesDir, storyId)) {
    // Names use '/' and text uses '\n' so a checkout on another OS hashes the same.
    const name = path.relative(root, file).split(path.sep).join('/');
    const text = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
    hash.update(`${name}\0${Buffer.byteLength(text)}\0`).update(text);
  }
  return hash.digest('hex');
}
