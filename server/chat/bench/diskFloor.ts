/**
 * The disk's own cost of one durable replace (write, fsync, rename, folder fsync), measured
 * one after another with nothing else going on: the floor under the stores' latencies.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { DirectorySyncer, writeFileDurably } from '../../store/durableFile.ts';

/** Milliseconds of `writes` durable replaces of a 2 KB file in the new folder `dir`. */
export async function diskFloorSamples(dir: string, writes: number): Promise<number[]> {
  await mkdir(dir);
  const syncer = new DirectorySyncer(dir);
  const content = Buffer.alloc(2048, 1);
  const samples: number[] = [];
  for (let i = 0; i < writes; i++) {
    const started = performance.now();
    await writeFileDurably(path.join(dir, 'probe.json'), content, syncer);
    samples.push(performance.now() - started);
  }
  return samples;
}
