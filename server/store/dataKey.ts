/**
 * The data key: 32 bytes that encrypt everything in the data folder and key the resume-phrase
 * hashes. From OFFRAMP_DATA_KEY (64 hex digits or base64) or else from `<dataDir>/data.key`,
 * which is created with mode 0600 on the first start.
 *
 * Decision: an existing key file that group or others may read stops the start-up (a warning
 * in a log is too easy to miss, and the key opens every conversation). So does a missing key
 * file next to encrypted data: a fresh key would leave that data unreadable.
 */
import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { link, open, readdir, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { normaliseResumePhrase } from '../../core/chat/resumePhrase.ts';
import { StartupError } from '../serverConfig.ts';
import { syncDirectory, tempFileFor } from './durableFile.ts';

export const DATA_KEY_BYTES = 32;
export const DATA_KEY_ENV = 'OFFRAMP_DATA_KEY';
export const KEY_FILE_NAME = 'data.key';
/** Files whose presence means "encrypted data lives here". */
export const ACCOUNTS_FILE_NAME = 'accounts.json';
export const CONVERSATIONS_DIR_NAME = 'conversations';

export interface DataKeys {
  /** A short public fingerprint of the key, written into each file to tell "wrong key" from "altered". */
  readonly keyId: string;
  /** The AES-256 key for one file (context: 'accounts', 'conversation:<id>'). */
  fileKey(context: string): Buffer;
  /** HMAC-SHA-256 (hex) of the normalised phrase, keyed with a secret derived from the data key. */
  hashResumePhrase(phrase: string): string;
}

export type DataKeySource = 'environment' | 'key-file' | 'new-key-file';

export interface LoadedDataKey {
  keys: DataKeys;
  source: DataKeySource;
  /** Set when the key comes from a file. */
  keyFile?: string;
}

export function deriveDataKeys(master: Uint8Array): DataKeys {
  if (master.length !== DATA_KEY_BYTES) {
    throw new RangeError(`a data key has ${DATA_KEY_BYTES} bytes, not ${master.length}`);
  }
  const derive = (info: string): Buffer =>
    Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `offramp/${info}`, 32));
  const fileKeyRoot = derive('file-encryption/v1');
  const phraseKey = derive('resume-phrase/v1');
  const keyId = derive('key-id/v1').subarray(0, 6).toString('hex');
  return {
    keyId,
    fileKey: (context) =>
      Buffer.from(hkdfSync('sha256', fileKeyRoot, Buffer.alloc(0), `file:${context}`, 32)),
    hashResumePhrase: (phrase) =>
      createHmac('sha256', phraseKey).update(normaliseResumePhrase(phrase)).digest('hex'),
  };
}

/** 64 hex digits, or base64 / base64url (with or without padding) of exactly 32 bytes. */
export function parseDataKey(text: string, where: string): Buffer {
  const value = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, 'hex');
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) {
    const bytes = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (bytes.length === DATA_KEY_BYTES) return bytes;
    throw new StartupError(
      `${where} must be ${DATA_KEY_BYTES} bytes written as 64 hex digits or base64 (44 characters); it decodes to ${bytes.length} bytes`,
    );
  }
  throw new StartupError(
    `${where} must be ${DATA_KEY_BYTES} bytes written as 64 hex digits or base64 (44 characters)`,
  );
}

/** A new random key, as written to a key file (hex): also what `OFFRAMP_DATA_KEY` accepts. */
export function generateDataKeyText(): string {
  return randomBytes(DATA_KEY_BYTES).toString('hex');
}

export interface LoadDataKeyOptions {
  dataDir: string;
  env: NodeJS.ProcessEnv;
  /** How the data folder is named in messages (default: as given). */
  displayDataDir?: string;
}

export async function loadDataKey(options: LoadDataKeyOptions): Promise<LoadedDataKey> {
  const fromEnv = options.env[DATA_KEY_ENV]?.trim();
  if (fromEnv) {
    return { keys: deriveDataKeys(parseDataKey(fromEnv, DATA_KEY_ENV)), source: 'environment' };
  }
  const keyFile = path.join(options.dataDir, KEY_FILE_NAME);
  const shownKeyFile = path.join(options.displayDataDir ?? options.dataDir, KEY_FILE_NAME);
  const existing = await stat(keyFile).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (existing) {
    if (process.platform !== 'win32' && (existing.mode & 0o077) !== 0) {
      const mode = (existing.mode & 0o777).toString(8).padStart(3, '0');
      throw new StartupError(
        `${shownKeyFile} may be read by other users (mode ${mode}); run: chmod 600 ${shownKeyFile}`,
      );
    }
    const text = await readFile(keyFile, 'utf8');
    return {
      keys: deriveDataKeys(parseDataKey(text, shownKeyFile)),
      source: 'key-file',
      keyFile,
    };
  }
  if (await holdsEncryptedData(options.dataDir)) {
    throw new StartupError(
      `${shownKeyFile} is missing but ${options.displayDataDir ?? options.dataDir} holds encrypted data: restore the key file or set ${DATA_KEY_ENV}`,
    );
  }
  const text = generateDataKeyText();
  await createKeyFile(keyFile, `${text}\n`, options.dataDir);
  return {
    keys: deriveDataKeys(Buffer.from(text, 'hex')),
    source: 'new-key-file',
    keyFile,
  };
}

/**
 * Writes the key to a temporary file, fsyncs it, and hard-links it into place: the key file
 * appears whole or not at all, and if two processes start at once the second link fails
 * (EEXIST) instead of replacing the first key.
 */
async function createKeyFile(keyFile: string, content: string, dataDir: string): Promise<void> {
  const temp = tempFileFor(keyFile);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await link(temp, keyFile);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  await syncDirectory(dataDir);
}

async function holdsEncryptedData(dataDir: string): Promise<boolean> {
  const names = await readdir(dataDir).catch(() => [] as string[]);
  if (names.includes(ACCOUNTS_FILE_NAME)) return true;
  const conversations = await readdir(path.join(dataDir, CONVERSATIONS_DIR_NAME)).catch(
    () => [] as string[],
  );
  return conversations.some((name) => name.endsWith('.json'));
}
