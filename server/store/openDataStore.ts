/**
 * Opens everything in the data folder for the server: the lock, the data key, the accounts
 * file and the chat store. Anything that stops a safe start is a StartupError whose message
 * names the file and what to do (main.ts prints it as one line).
 *
 *   const data = await openDataStore({ dataDir: config.dataDir, env: process.env });
 *   for (const problem of data.chat.integrityProblems()) logger.error('unreadable conversation', problem);
 *   const stopSweeper = startRetentionSweeper(data.chat, { intervalMs: 3_600_000, retentionDays });
 *   ...
 *   await stopSweeper(); await data.close();
 */
import { mkdir } from 'node:fs/promises';
import { StartupError } from '../serverConfig.ts';
import { openAccountsFile, type AccountsFile } from './accountsFile.ts';
import { StoreIntegrityError, type ChatStore } from './chatStore.ts';
import { lockDataDir } from './dataDirLock.ts';
import { loadDataKey, type DataKeys, type DataKeySource } from './dataKey.ts';
import { openLowdbChatStore } from './lowdbChatStore.ts';

export interface DataStore {
  chat: ChatStore;
  accounts: AccountsFile;
  keys: DataKeys;
  /** Where the key came from: log it (a new key file is worth telling the operator to back up). */
  keySource: DataKeySource;
  keyFile?: string;
  /** Waits for pending writes and releases the folder. */
  close(): Promise<void>;
}

export interface OpenDataStoreOptions {
  dataDir: string;
  env: NodeJS.ProcessEnv;
  /** How the data folder is named in messages (e.g. relative to the working directory). */
  displayDataDir?: string;
  now?: () => Date;
}

export async function openDataStore(options: OpenDataStoreOptions): Promise<DataStore> {
  const { dataDir, displayDataDir } = options;
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const release = await lockDataDir(dataDir, displayDataDir);
  try {
    const key = await loadDataKey({ dataDir, env: options.env, displayDataDir });
    const accounts = await openAccountsFile({ dataDir, keys: key.keys, displayDataDir });
    const chat = await openLowdbChatStore({
      dataDir,
      keys: key.keys,
      displayDataDir,
      now: options.now,
    });
    return {
      chat,
      accounts,
      keys: key.keys,
      keySource: key.source,
      keyFile: key.keyFile,
      close: async () => {
        try {
          await chat.close();
          await accounts.close();
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
