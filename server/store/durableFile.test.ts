import { mkdtempSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  Coalescer,
  DirectorySyncer,
  isTempFileName,
  removeStrayTempFiles,
  tempFileFor,
  writeFileDurably,
} from './durableFile.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'offramp-durable-'));
afterAll(() => rm(root, { recursive: true, force: true }));

/** A task whose runs finish only when the test says so. */
function controllableTask() {
  const runs: Array<{ finish: () => void; fail: (error: Error) => void }> = [];
  const task = () =>
    new Promise<void>((resolve, reject) => {
      runs.push({ finish: resolve, fail: reject });
    });
  return { runs, task };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('Coalescer', () => {
  it('runs a burst of requests as one run, and later requests as the next one', async () => {
    const { runs, task } = controllableTask();
    const coalescer = new Coalescer(task);
    const settled: string[] = [];
    const first = ['a', 'b', 'c'].map((name) => coalescer.request().then(() => settled.push(name)));
    await flush();
    expect(runs).toHaveLength(1);
    // Requests made while a run is in progress wait for a run that starts after them.
    const second = ['d', 'e'].map((name) => coalescer.request().then(() => settled.push(name)));
    await flush();
    expect(runs).toHaveLength(1);
    runs[0]?.finish();
    await Promise.all(first);
    expect(settled).toEqual(['a', 'b', 'c']);
    await flush();
    expect(runs).toHaveLength(2);
    runs[1]?.finish();
    await Promise.all(second);
    expect(settled).toEqual(['a', 'b', 'c', 'd', 'e']);
    await coalescer.settled();
  });

  it('rejects only the requests of a failed run, and carries on', async () => {
    const { runs, task } = controllableTask();
    const coalescer = new Coalescer(task);
    const failing = coalescer.request();
    await flush();
    const next = coalescer.request();
    runs[0]?.fail(new Error('disk full'));
    await expect(failing).rejects.toThrow('disk full');
    await flush();
    runs[1]?.finish();
    await expect(next).resolves.toBeUndefined();
  });
});

describe('writeFileDurably', () => {
  it('replaces the file and leaves no temporary file', async () => {
    const dir = path.join(root, 'replace');
    await mkdir(dir);
    const target = path.join(dir, 'doc.json');
    const syncer = new DirectorySyncer(dir);
    await writeFileDurably(target, 'one', syncer);
    await Promise.all(['two', 'three'].map((text) => writeFileDurably(target, text, syncer)));
    await writeFileDurably(target, 'four', syncer);
    expect(await readFile(target, 'utf8')).toBe('four');
    expect(await readdir(dir)).toEqual(['doc.json']);
  });

  it('fails without leaving a temporary file when the folder is missing', async () => {
    const dir = path.join(root, 'missing');
    await expect(
      writeFileDurably(path.join(dir, 'doc.json'), 'x', new DirectorySyncer(dir)),
    ).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('names temporary files so that only they are cleaned up after a crash', async () => {
    const dir = path.join(root, 'stray');
    await mkdir(dir);
    const temp = tempFileFor(path.join(dir, 'doc.json'));
    expect(isTempFileName(path.basename(temp))).toBe(true);
    await writeFile(temp, 'half');
    await writeFile(path.join(dir, 'doc.json'), 'whole');
    await writeFile(path.join(dir, '.hidden.tmp'), 'not ours');
    expect(await removeStrayTempFiles(dir)).toEqual([path.basename(temp)]);
    expect((await readdir(dir)).sort()).toEqual(['.hidden.tmp', 'doc.json']);
  });
});
