/**
 * Writing a file so that it survives a crash at any moment: the new content goes to a
 * temporary file in the same folder, is fsynced, renamed over the target (atomic on POSIX),
 * and the folder is fsynced so the rename itself is on disk. A reader sees the old file or the
 * new one, never a mixture. Only fs/promises: nothing here blocks the event loop.
 */
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

export function tempFileFor(target: string): string {
  const suffix = randomBytes(6).toString('hex');
  return path.join(path.dirname(target), `.${path.basename(target)}.${suffix}.tmp`);
}

/** A temporary file this module may have left behind in a crash (for `target`, if given). */
export function isTempFileName(name: string, target?: string): boolean {
  return TEMP_FILE.test(name) && (target === undefined || name.startsWith(`.${target}.`));
}

export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Runs `task` on request, one run at a time. Requests that arrive while a run is in progress
 * share the next run, so a burst of N requests costs two runs, not N. Each request resolves
 * (or rejects) with the first run that *started after* it was made.
 */
export class Coalescer {
  private waiting: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  private loop: Promise<void> | undefined;

  constructor(private readonly task: () => Promise<void>) {}

  request(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.loop ??= this.drain();
    });
  }

  /** Resolves when no run is in progress or waiting. */
  async settled(): Promise<void> {
    while (this.loop) await this.loop;
  }

  private async drain(): Promise<void> {
    // Yield once so that requests made in the same tick join the first run.
    await Promise.resolve();
    while (this.waiting.length > 0) {
      const batch = this.waiting;
      this.waiting = [];
      try {
        await this.task();
        for (const waiter of batch) waiter.resolve();
      } catch (error) {
        for (const waiter of batch) waiter.reject(error);
      }
    }
    this.loop = undefined;
  }
}

/** fsyncs a folder on request; concurrent requests share one fsync. */
export class DirectorySyncer {
  private readonly coalescer: Coalescer;

  constructor(readonly dir: string) {
    this.coalescer = new Coalescer(() => syncDirectory(dir));
  }

  sync(): Promise<void> {
    return this.coalescer.request();
  }
}

/**
 * Replaces `target` with `content` durably. `syncer` must be the DirectorySyncer of the
 * target's folder. The temporary file is removed again if anything fails.
 */
export async function writeFileDurably(
  target: string,
  content: Uint8Array | string,
  syncer: DirectorySyncer,
): Promise<void> {
  const temp = tempFileFor(target);
  let renamed = false;
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    renamed = true;
    await syncer.sync();
  } finally {
    if (!renamed) await unlink(temp).catch(() => undefined);
  }
}

/** Removes a file and makes its removal durable. false if it did not exist. */
export async function removeFileDurably(target: string, syncer: DirectorySyncer): Promise<boolean> {
  try {
    await unlink(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  await syncer.sync();
  return true;
}

/**
 * Deletes temporary files a crash left between write and rename. Their target is intact (the
 * rename never happened), so they hold nothing that was acknowledged. Call only while no
 * writer is active in the folder; `target` limits it to the temporary files of one file name.
 * Returns the names removed.
 */
export async function removeStrayTempFiles(dir: string, target?: string): Promise<string[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const stray = names.filter((name) => isTempFileName(name, target));
  await Promise.all(stray.map((name) => unlink(path.join(dir, name))));
  return stray;
}
