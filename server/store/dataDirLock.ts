/**
 * One process per data folder: two servers writing the same conversation files would each
 * overwrite the other's messages. `<dataDir>/store.lock` holds the owner's pid; a lock whose
 * process is gone (a crash, kill -9) is taken over.
 */
import { open, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { StartupError } from '../serverConfig.ts';

export const LOCK_FILE_NAME = 'store.lock';

const heldInThisProcess = new Set<string>();

export type ReleaseLock = () => Promise<void>;

export async function lockDataDir(dataDir: string, displayDataDir = dataDir): Promise<ReleaseLock> {
  const lockFile = path.resolve(dataDir, LOCK_FILE_NAME);
  if (heldInThisProcess.has(lockFile)) {
    throw new StartupError(`${displayDataDir} is already open in this process`);
  }
  const ownPid = String(process.pid);
  try {
    const handle = await open(lockFile, 'wx', 0o600);
    try {
      await handle.writeFile(ownPid);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number.parseInt(await readFile(lockFile, 'utf8').catch(() => ''), 10);
    // Our own pid in the file is a previous life of this process (a container restarts as pid 1).
    if (Number.isSafeInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
      throw new StartupError(
        `${displayDataDir} is in use by another Offramp process (pid ${holder}); stop it first, or delete ${path.join(displayDataDir, LOCK_FILE_NAME)} if no such process runs`,
      );
    }
    await writeFile(lockFile, ownPid, { mode: 0o600 });
  }
  heldInThisProcess.add(lockFile);
  return async () => {
    if (!heldInThisProcess.delete(lockFile)) return;
    const holder = await readFile(lockFile, 'utf8').catch(() => '');
    if (holder === ownPid) await unlink(lockFile).catch(() => undefined);
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
