/**
 * The staff accounts of a data folder for tools that run while the server does not
 * (`offramp user`): the same lock, data key and encrypted accounts file the server uses.
 *
 * The lock matters: a running server keeps the accounts file in memory and rewrites it on its
 * next change, which would silently undo what a second process wrote. So while the server
 * runs on the folder, this refuses with a message that says to stop it first.
 */
import { mkdir } from 'node:fs/promises';
import { openAccountsFile } from '../store/accountsFile.ts';
import { StoreIntegrityError } from '../store/chatStore.ts';
import { lockDataDir } from '../store/dataDirLock.ts';
import { loadDataKey, type DataKeySource } from '../store/dataKey.ts';
import { StartupError } from '../serverConfig.ts';
import { openAccountRepository, StaffAccounts } from './staffAccounts.ts';

export interface OfflineAccounts {
  accounts: StaffAccounts;
  keySource: DataKeySource;
  keyFile?: string;
  /** Waits for pending writes and releases the data folder. */
  close(): Promise<void>;
}

export interface OpenOfflineAccountsOptions {
  dataDir: string;
  env: NodeJS.ProcessEnv;
  displayDataDir?: string;
}

/** Throws StartupError (with a message for the operator) when the folder cannot be used. */
export async function openOfflineAccounts(
  options: OpenOfflineAccountsOptions,
): Promise<OfflineAccounts> {
  const { dataDir, displayDataDir } = options;
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const release = await lockDataDir(dataDir, displayDataDir);
  try {
    const key = await loadDataKey({ dataDir, env: options.env, displayDataDir });
    const file = await openAccountsFile({ dataDir, keys: key.keys, displayDataDir });
    return {
      accounts: new StaffAccounts(openAccountRepository(file)),
      keySource: key.source,
      ...(key.keyFile ? { keyFile: key.keyFile } : {}),
      close: async () => {
        try {
          await file.close();
        } finally {
          await release();
        }
      },
    };
  } catch (error) {
    await release();
    if (error instanceof StoreIntegrityError) throw new StartupError(error.message);
    throw error;
  }
}
