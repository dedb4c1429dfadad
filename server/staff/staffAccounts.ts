/**
 * Staff accounts, kept in the `staff` section of the encrypted accounts file
 * (server/store/accountsFile.ts), which the server and `offramp user` both use.
 *
 * Every change is one read-modify-write of the section, run one at a time and durable when
 * its promise resolves: "is the name free?" and "add it" can never be split by another change.
 * The pending first-admin setup lives here too, as a hash, so that using it and creating the
 * admin are one step.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import {
  accountNameSchema,
  MAX_PSEUDONYM_LENGTH,
  staffRoleSchema,
  type StaffAccountView,
  type StaffRole,
} from '../../core/protocol/staffApi.ts';
import {
  counsellorProfileSchema,
  type CounsellorProfile,
} from '../../core/protocol/chatProtocol.ts';
import type { AccountsFile, SettingsSection } from '../store/accountsFile.ts';

export const STAFF_SECTION = 'staff';
export const STAFF_SECTION_VERSION = 1;

const isoTime = z.iso.datetime();

export const staffAccountSchema = z.strictObject({
  /** Stable and random: sessions and (later) conversations refer to this, never to the name. */
  id: z.string().regex(/^[0-9a-f]{32}$/),
  name: accountNameSchema,
  pseudonym: z.string().min(1).max(MAX_PSEUDONYM_LENGTH).optional(),
  role: staffRoleSchema,
  /**
   * What players' preferences are matched against; an account that works the chat needs one
   * (added after version 1 was written: an account without it simply has none).
   */
  profile: counsellorProfileSchema.optional(),
  passwordHash: z.string().min(1).max(500),
  createdAt: isoTime,
  passwordChangedAt: isoTime,
  disabled: z.boolean(),
  /** Failed sign-ins since the last success (or since they last expired). */
  failedLogins: z.number().int().nonnegative(),
  lastFailedLoginAt: isoTime.optional(),
});
export type StaffAccount = z.infer<typeof staffAccountSchema>;

export const pendingSetupSchema = z.strictObject({
  /** SHA-256 (hex) of the setup token: the token itself is only ever in the printed link. */
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
  expiresAt: isoTime,
});
export type PendingSetup = z.infer<typeof pendingSetupSchema>;

export const staffDirectorySchema = z.strictObject({
  version: z.literal(STAFF_SECTION_VERSION),
  accounts: z.array(staffAccountSchema),
  firstAdminSetup: pendingSetupSchema.optional(),
});
export type StaffDirectory = z.infer<typeof staffDirectorySchema>;

/** Where staff accounts are stored: the accounts file's section, or anything that behaves like it. */
export type AccountRepository = SettingsSection<StaffDirectory>;

export function openAccountRepository(file: AccountsFile): AccountRepository {
  return file.section(STAFF_SECTION, staffDirectorySchema, () => ({
    version: STAFF_SECTION_VERSION,
    accounts: [],
  }));
}

/** Names are unique without regard to case or Unicode form: `Anna`, `anna` and `ＡＮＮＡ` are one. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase();
}

export class AccountError extends Error {
  constructor(
    readonly code: 'name-taken' | 'no-such-account',
    message: string,
  ) {
    super(message);
    this.name = 'AccountError';
  }
}

export interface NewAccount {
  name: string;
  role: StaffRole;
  pseudonym?: string;
  profile?: CounsellorProfile;
  passwordHash: string;
}

export function accountView(account: StaffAccount): StaffAccountView {
  return {
    name: account.name,
    role: account.role,
    ...(account.pseudonym === undefined ? {} : { pseudonym: account.pseudonym }),
    ...(account.profile === undefined ? {} : { profile: account.profile }),
  };
}

/** The operations on staff accounts; reads are synchronous (the section is in memory). */
export class StaffAccounts {
  constructor(
    readonly repository: AccountRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): StaffAccount[] {
    return this.repository.read().accounts;
  }

  findByName(name: string): StaffAccount | undefined {
    const key = nameKey(name);
    return this.list().find((account) => nameKey(account.name) === key);
  }

  findById(id: string): StaffAccount | undefined {
    return this.list().find((account) => account.id === id);
  }

  hasEnabledAdmin(directory: StaffDirectory = this.repository.read()): boolean {
    return directory.accounts.some((account) => account.role === 'admin' && !account.disabled);
  }

  /** Throws AccountError('name-taken'); `check` may veto inside the same atomic step. */
  async add(input: NewAccount, check?: (directory: StaffDirectory) => void): Promise<StaffAccount> {
    const time = this.now().toISOString();
    const account: StaffAccount = {
      id: randomBytes(16).toString('hex'),
      name: accountNameSchema.parse(input.name),
      role: input.role,
      ...(input.pseudonym === undefined ? {} : { pseudonym: input.pseudonym }),
      ...(input.profile === undefined ? {} : { profile: input.profile }),
      passwordHash: input.passwordHash,
      createdAt: time,
      passwordChangedAt: time,
      disabled: false,
      failedLogins: 0,
    };
    await this.repository.update((directory) => {
      check?.(directory);
      const key = nameKey(account.name);
      if (directory.accounts.some((existing) => nameKey(existing.name) === key)) {
        throw new AccountError('name-taken', `an account named "${account.name}" exists already`);
      }
      const next = { ...directory, accounts: [...directory.accounts, account] };
      // A CLI-made admin makes any pending setup link pointless: void it.
      if (account.role === 'admin') delete next.firstAdminSetup;
      return next;
    });
    return account;
  }

  /** Changes one account; throws AccountError('no-such-account') if it is gone. */
  async update(id: string, change: (account: StaffAccount) => StaffAccount): Promise<StaffAccount> {
    let updated: StaffAccount | undefined;
    await this.repository.update((directory) => {
      const index = directory.accounts.findIndex((account) => account.id === id);
      const current = directory.accounts[index];
      if (!current) throw new AccountError('no-such-account', 'no such account');
      updated = { ...change(current), id: current.id };
      const accounts = [...directory.accounts];
      accounts[index] = updated;
      return { ...directory, accounts };
    });
    return updated as StaffAccount;
  }

  async updateByName(
    name: string,
    change: (account: StaffAccount) => StaffAccount,
  ): Promise<StaffAccount> {
    const account = this.findByName(name);
    if (!account) throw new AccountError('no-such-account', `no account named "${name}"`);
    return this.update(account.id, change);
  }

  pendingSetup(): PendingSetup | undefined {
    return this.repository.read().firstAdminSetup;
  }

  async replacePendingSetup(setup: PendingSetup | undefined): Promise<void> {
    await this.repository.update((directory) => {
      const next = { ...directory };
      if (setup) next.firstAdminSetup = setup;
      else delete next.firstAdminSetup;
      return next;
    });
  }
}
