/**
 * `<dataDir>/accounts.json`: staff accounts and settings, encrypted and written durably like
 * the conversations. The file is a set of named sections; each owner (staff auth, settings,
 * blocked guest tokens, ...) declares its section with its own zod schema, so this module
 * needs to know nothing about accounts.
 *
 *   const staff = accounts.section('staff', staffSchema, () => ({ users: [] }));
 *   staff.read();                                    // a copy, validated
 *   await staff.update((s) => ({ ...s, users: [...s.users, user] }));  // durable when it resolves
 *
 * Updates run one at a time in call order (read-modify-write is atomic); an update whose
 * write fails is undone in memory too, so memory never claims what the disk does not hold.
 */
import path from 'node:path';
import { Low, Memory, type Adapter } from 'lowdb';
import { z } from 'zod';
import { StoreIntegrityError } from './chatStore.ts';
import { ACCOUNTS_FILE_NAME, type DataKeys } from './dataKey.ts';
import { DirectorySyncer, removeStrayTempFiles } from './durableFile.ts';
import { EncryptedJsonFile } from './encryptedJsonFile.ts';

export const ACCOUNTS_DOCUMENT_FORMAT = 1;

const accountsDocumentSchema = z.strictObject({
  format: z.literal(ACCOUNTS_DOCUMENT_FORMAT),
  sections: z.record(z.string(), z.unknown()),
});
type AccountsDocument = z.infer<typeof accountsDocumentSchema>;

const SECTION_NAME = /^[a-z][a-z0-9-]{0,39}$/;

export interface SettingsSection<T> {
  /** The current value (a copy: changing it changes nothing stored). */
  read(): T;
  /**
   * Replaces the value with what `change` returns (it gets a copy of the current value).
   * Validated with the section's schema before anything changes; resolves with the stored
   * value once it is on disk.
   */
  update(change: (current: T) => T): Promise<T>;
}

export interface AccountsFile {
  /** Declares a section; throws StoreIntegrityError if the stored value fails `schema`. */
  section<T>(name: string, schema: z.ZodType<T>, initial: () => T): SettingsSection<T>;
  /** Waits for pending updates. */
  close(): Promise<void>;
}

export interface OpenAccountsFileOptions {
  dataDir: string;
  keys: DataKeys;
  displayDataDir?: string;
}

/** Opens (or creates, durably) the accounts file. Throws StoreIntegrityError if it cannot be trusted. */
export async function openAccountsFile(options: OpenAccountsFileOptions): Promise<AccountsFile> {
  const file = new EncryptedJsonFile({
    file: path.join(options.dataDir, ACCOUNTS_FILE_NAME),
    displayFile: path.join(options.displayDataDir ?? options.dataDir, ACCOUNTS_FILE_NAME),
    keys: options.keys,
    context: 'accounts',
    schema: accountsDocumentSchema,
    syncer: new DirectorySyncer(options.dataDir),
  });
  // Only this process writes here (openDataStore holds the lock): a temporary file is a crash's.
  await removeStrayTempFiles(options.dataDir, ACCOUNTS_FILE_NAME);
  const existing = await file.read();
  const db = new Low<AccountsDocument>(file, existing ?? emptyDocument());
  // Written at the first start even while empty: it is what tells a wrong key at the next one.
  if (!existing) await db.write();
  return new SectionedAccountsFile(db, file.displayFile);
}

export function createMemoryAccountsFile(): AccountsFile {
  const adapter: Adapter<AccountsDocument> = new Memory<AccountsDocument>();
  return new SectionedAccountsFile(new Low(adapter, emptyDocument()), 'accounts (memory)');
}

function emptyDocument(): AccountsDocument {
  return { format: ACCOUNTS_DOCUMENT_FORMAT, sections: {} };
}

class SectionedAccountsFile implements AccountsFile {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly declared = new Set<string>();

  constructor(
    private readonly db: Low<AccountsDocument>,
    private readonly displayFile: string,
  ) {}

  section<T>(name: string, schema: z.ZodType<T>, initial: () => T): SettingsSection<T> {
    if (!SECTION_NAME.test(name)) throw new RangeError(`invalid section name "${name}"`);
    if (this.declared.has(name)) throw new Error(`section "${name}" is declared twice`);
    const stored = this.db.data.sections[name];
    if (stored !== undefined) {
      const parsed = schema.safeParse(stored);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new StoreIntegrityError(
          this.displayFile,
          'invalid-content',
          `section "${name}": ${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'}`,
        );
      }
    }
    this.declared.add(name);
    const current = (): T => {
      const value = this.db.data.sections[name];
      return value === undefined ? initial() : (structuredClone(value) as T);
    };
    return {
      read: current,
      update: (change) =>
        this.serially(async () => {
          const next = schema.parse(change(current()));
          const previous = this.db.data.sections;
          this.db.data.sections = { ...previous, [name]: structuredClone(next) };
          try {
            await this.db.write();
          } catch (error) {
            this.db.data.sections = previous;
            throw error;
          }
          return structuredClone(next);
        }),
    };
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
  }

  private serially<R>(task: () => Promise<R>): Promise<R> {
    const result = this.queue.then(task, task);
    this.queue = result.catch(() => undefined);
    return result;
  }
}
