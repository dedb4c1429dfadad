/**
 * A lowdb adapter for one JSON document kept encrypted (AES-256-GCM) and written durably.
 *
 * On disk: `{"format":"offramp-encrypted","version":1,"keyId":…,"iv":…,"tag":…,"ciphertext":…}`.
 * Each file has its own key derived from the data key and the file's context (e.g.
 * `conversation:<id>`), so random 96-bit IVs never come near the GCM limit however many
 * files are written; the context is also the additional authenticated data, so a file moved
 * or copied under another name fails authentication instead of being read as the other one.
 *
 * Writes are serialised and coalesced: while one write is on its way to disk, every further
 * `write()` waits for the next one, which serialises the document as it is when that write
 * starts, so it includes all of them. Each call resolves only once a write that includes its
 * change is durable.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { z } from 'zod';
import { StoreIntegrityError, StorageWriteError } from './chatStore.ts';
import type { DataKeys } from './dataKey.ts';
import { Coalescer, DirectorySyncer, removeFileDurably, writeFileDurably } from './durableFile.ts';

export const ENVELOPE_FORMAT = 'offramp-encrypted';
export const ENVELOPE_VERSION = 1;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const envelopeSchema = z.strictObject({
  format: z.literal(ENVELOPE_FORMAT),
  version: z.literal(ENVELOPE_VERSION),
  keyId: z.string().regex(/^[0-9a-f]{12}$/),
  iv: base64,
  tag: base64,
  ciphertext: base64,
});

const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface EncryptedJsonFileOptions<T> {
  /** Where the file lives. */
  file: string;
  /** How the file is named in errors (default: `file`). */
  displayFile?: string;
  keys: DataKeys;
  /** Binds the file to its identity: 'accounts', 'conversation:<id>'. */
  context: string;
  /** Validates what was decrypted; a file that does not match is reported, never used. */
  schema: z.ZodType<T>;
  syncer: DirectorySyncer;
}

export function encryptDocument(
  plaintext: Uint8Array,
  key: Buffer,
  keyId: string,
  context: string,
): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(`offramp:${context}`, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return JSON.stringify({
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    keyId,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  });
}

/** Throws StoreIntegrityError naming `displayFile` for anything but an authentic envelope. */
export function decryptDocument(
  text: string,
  key: Buffer,
  keyId: string,
  context: string,
  displayFile: string,
): Buffer {
  let envelope: z.infer<typeof envelopeSchema>;
  try {
    envelope = envelopeSchema.parse(JSON.parse(text));
  } catch {
    throw new StoreIntegrityError(
      displayFile,
      'not-encrypted',
      'is not an encrypted Offramp data file (damaged, or written by something else)',
    );
  }
  if (envelope.keyId !== keyId) {
    throw new StoreIntegrityError(
      displayFile,
      'wrong-key',
      `was encrypted with another data key (key id ${envelope.keyId}; the current key is ${keyId}): start with the OFFRAMP_DATA_KEY or data.key that wrote it`,
    );
  }
  const iv = Buffer.from(envelope.iv, 'base64');
  const tag = Buffer.from(envelope.tag, 'base64');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new StoreIntegrityError(displayFile, 'tampered', 'has a damaged encryption header');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(`offramp:${context}`, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([
      decipher.update(Buffer.from(envelope.ciphertext, 'base64')),
      decipher.final(),
    ]);
  } catch {
    throw new StoreIntegrityError(
      displayFile,
      'tampered',
      'failed authentication: the file was altered, damaged, or belongs under another name',
    );
  }
}

export class EncryptedJsonFile<T> implements Adapter<T> {
  readonly file: string;
  readonly displayFile: string;
  private readonly key: Buffer;
  private readonly keyId: string;
  private readonly context: string;
  private readonly schema: z.ZodType<T>;
  private readonly syncer: DirectorySyncer;
  private readonly writer: Coalescer;
  private latest: T | undefined;
  private removed = false;

  constructor(options: EncryptedJsonFileOptions<T>) {
    this.file = options.file;
    this.displayFile = options.displayFile ?? options.file;
    this.key = options.keys.fileKey(options.context);
    this.keyId = options.keys.keyId;
    this.context = options.context;
    this.schema = options.schema;
    this.syncer = options.syncer;
    this.writer = new Coalescer(() => this.writeLatest());
  }

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const plaintext = decryptDocument(text, this.key, this.keyId, this.context, this.displayFile);
    let data: unknown;
    try {
      data = JSON.parse(plaintext.toString('utf8'));
    } catch {
      throw new StoreIntegrityError(
        this.displayFile,
        'invalid-content',
        'decrypted to invalid JSON',
      );
    }
    const parsed = this.schema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new StoreIntegrityError(
        this.displayFile,
        'invalid-content',
        `decrypted, but ${issue?.path.join('.') || 'its content'}: ${issue?.message ?? 'is invalid'}`,
      );
    }
    return parsed.data;
  }

  /** Resolves once `data` (as it is when the write starts) is durable. */
  write(data: T): Promise<void> {
    if (this.removed) {
      return Promise.reject(new StorageWriteError(this.displayFile, 'the file was removed'));
    }
    this.latest = data;
    return this.writer.request();
  }

  /** Resolves when no write is in progress or queued. */
  settled(): Promise<void> {
    return this.writer.settled();
  }

  /**
   * Waits for the write in progress, refuses any further ones, and removes the file durably.
   * Writes still queued are dropped: their callers resolve, as the document is gone anyway.
   */
  async remove(): Promise<boolean> {
    this.removed = true;
    await this.writer.settled();
    return removeFileDurably(this.file, this.syncer);
  }

  private async writeLatest(): Promise<void> {
    if (this.removed || this.latest === undefined) return;
    const plaintext = Buffer.from(JSON.stringify(this.latest), 'utf8');
    const envelope = encryptDocument(plaintext, this.key, this.keyId, this.context);
    try {
      await writeFileDurably(this.file, envelope, this.syncer);
    } catch (error) {
      throw new StorageWriteError(this.displayFile, error);
    }
  }
}
