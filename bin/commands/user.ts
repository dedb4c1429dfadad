/**
 * `offramp user ...`: staff accounts in the server's data folder (OFFRAMP_DATA_DIR, default
 * ./data; key from OFFRAMP_DATA_KEY or <data>/data.key). Run it while the server is stopped:
 * the server holds the folder's lock and keeps the accounts in memory.
 *
 *   offramp user add --role counsellor --name anna [--pseudonym "Sam"] [--generate]
 *                    --kind professional|former-member|survivor --languages de,en [--gender G]
 *   offramp user profile anna [--kind K] [--languages L] [--gender G|--no-gender] [--pseudonym P]
 *   offramp user list
 *   offramp user disable anna      offramp user enable anna
 *   offramp user password anna [--generate]
 *
 * A password comes from stdin: one line when piped, or typed twice without echo on a
 * terminal. With --generate one is made (about 140 random bits) and printed once.
 */
import path from 'node:path';
import { z } from 'zod';
import {
  accountNameSchema,
  pseudonymSchema,
  STAFF_ROLES,
  staffRoleSchema,
  type StaffRole,
} from '../../core/protocol/staffApi.ts';
import {
  COUNSELLOR_GENDERS,
  COUNSELLOR_KINDS,
  counsellorProfileSchema,
  type CounsellorProfile,
} from '../../core/protocol/chatProtocol.ts';
import { StartupError } from '../../server/serverConfig.ts';
import { ACCOUNTS_FILE_NAME } from '../../server/store/dataKey.ts';
import {
  DEFAULT_THROTTLE_POLICY,
  waitBeforeAttempt,
  type FailureRecord,
} from '../../server/staff/loginThrottle.ts';
import { openOfflineAccounts, type OfflineAccounts } from '../../server/staff/offlineAccounts.ts';
import { PasswordHasher } from '../../server/staff/passwordHash.ts';
import { checkPasswordPolicy, generatePassword } from '../../server/staff/passwordPolicy.ts';
import { AccountError, type StaffAccount } from '../../server/staff/staffAccounts.ts';
import {
  type Command,
  type CommandIo,
  commandUsageError,
  parseCommandArgs,
  UserError,
} from '../cliSupport.ts';

const ROLES = STAFF_ROLES.join('|');
const KINDS = COUNSELLOR_KINDS.join('|');
const GENDERS = COUNSELLOR_GENDERS.join('|');
const USAGE = [
  `user add --role ${ROLES} --name NAME [--pseudonym P] [--generate]`,
  `         [--kind ${KINDS} --languages de,en [--gender ${GENDERS}]]`,
  '         (a counsellor or supervisor needs --kind and --languages: players are matched on them)',
  `       offramp user profile NAME [--kind K] [--languages L] [--gender G | --no-gender] [--pseudonym P]`,
  '       offramp user list',
  '       offramp user disable NAME | enable NAME',
  '       offramp user password NAME [--generate]',
].join('\n');

const MAX_PASSWORD_LINE = 4096;

type Io = CommandIo;
type Parsed = ReturnType<typeof parseUserArgs>;

function parseUserArgs(args: string[]) {
  return parseCommandArgs('user', USAGE, args, {
    role: { type: 'string' },
    name: { type: 'string' },
    pseudonym: { type: 'string' },
    generate: { type: 'boolean' },
    kind: { type: 'string' },
    languages: { type: 'string' },
    gender: { type: 'string' },
    'no-gender': { type: 'boolean' },
  });
}

const usageError = (message: string): UserError => commandUsageError('user', USAGE, message);

function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'is invalid';
}

function pseudonymOption(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const parsed = pseudonymSchema.safeParse(raw);
  if (!parsed.success) {
    throw new UserError(`offramp user: --pseudonym ${firstIssue(parsed.error)}`, 2);
  }
  return parsed.data;
}

function dataDirOf(io: Io): { dataDir: string; shown: string } {
  const configured = process.env.OFFRAMP_DATA_DIR?.trim();
  const dataDir = path.resolve(io.cwd, configured || 'data');
  const relative = path.relative(io.cwd, dataDir);
  const shown = relative === '' ? '.' : relative.startsWith('..') ? dataDir : relative;
  return { dataDir, shown };
}

async function withAccounts<T>(
  io: Io,
  action: string,
  task: (offline: OfflineAccounts, shownDataDir: string) => Promise<T>,
): Promise<T> {
  const { dataDir, shown } = dataDirOf(io);
  let offline: OfflineAccounts;
  try {
    offline = await openOfflineAccounts({ dataDir, env: process.env, displayDataDir: shown });
  } catch (error) {
    if (error instanceof StartupError) {
      throw new UserError(`offramp user ${action}: ${error.message}`, 1);
    }
    throw error;
  }
  try {
    if (offline.keySource === 'new-key-file' && offline.keyFile) {
      io.stderr.write(
        `created the data key ${path.join(shown, path.basename(offline.keyFile))}: back it up; without it nothing in ${shown} can be read\n`,
      );
    }
    return await task(offline, shown);
  } finally {
    await offline.close();
  }
}

/** One line of piped stdin, without its line ending (spaces are part of a password). */
async function readPasswordLine(stdin: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stdin) {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    const end = text.indexOf('\n');
    if (end >= 0) {
      text = text.slice(0, end);
      break;
    }
    if (text.length > MAX_PASSWORD_LINE) break;
  }
  return text.replace(/\r$/, '');
}

type TtyInput = NodeJS.ReadableStream & {
  isTTY?: boolean;
  setRawMode?: (mode: boolean) => unknown;
};

/** Asks on the terminal without echoing what is typed. */
function promptHidden(io: Io, question: string): Promise<string> {
  const stdin = io.stdin as TtyInput;
  io.stderr.write(question);
  stdin.setRawMode?.(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (): void => {
      stdin.off('data', onData);
      stdin.setRawMode?.(false);
      stdin.pause();
      io.stderr.write('\n');
    };
    function onData(chunk: string | Buffer): void {
      for (const char of String(chunk)) {
        if (char === '\r' || char === '\n') {
          finish();
          resolve(typed);
          return;
        }
        if (char === '\u0003' || (char === '\u0004' && typed === '')) {
          finish();
          reject(new UserError('offramp user: cancelled', 130));
          return;
        }
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
    }
    stdin.on('data', onData);
  });
}

interface NewPassword {
  password: string;
  generated: boolean;
}

async function newPassword(io: Io, action: string, name: string, generate: boolean) {
  if (generate) return { password: generatePassword(), generated: true } satisfies NewPassword;
  let password: string;
  if ((io.stdin as TtyInput).isTTY) {
    password = await promptHidden(io, `New password for ${name}: `);
    const problem = checkPasswordPolicy(password, name);
    if (problem) throw new UserError(`offramp user ${action}: ${problem.message}`, 1);
    const again = await promptHidden(io, 'The same password again: ');
    if (again !== password) {
      throw new UserError(`offramp user ${action}: the two passwords differ; nothing changed`, 1);
    }
  } else {
    password = await readPasswordLine(io.stdin);
    if (password === '') {
      throw new UserError(
        `offramp user ${action}: no password on stdin: pipe one line, or use --generate`,
        1,
      );
    }
  }
  const problem = checkPasswordPolicy(password, name);
  if (problem) throw new UserError(`offramp user ${action}: ${problem.message}`, 1);
  return { password, generated: false } satisfies NewPassword;
}

function showGenerated(io: Io, name: string, password: NewPassword): void {
  if (!password.generated) return;
  io.stdout.write(
    `password for ${name} (shown only now: hand it over safely, e.g. in a password manager):\n${password.password}\n`,
  );
}

function requireName(value: string | undefined, what: string): string {
  if (!value) throw usageError(what);
  const name = accountNameSchema.safeParse(value);
  if (!name.success) throw new UserError(`offramp user: name ${firstIssue(name.error)}`, 2);
  return name.data;
}

/** Roles that work the chat, and so need a profile to be matched on. */
const CHAT_ROLES: readonly StaffRole[] = ['counsellor', 'supervisor'];

/**
 * The profile the options describe, on top of `current` (for `profile`); undefined when the
 * options say nothing about it. Every problem names its option.
 */
function profileFromOptions(
  values: Parsed['values'],
  current: CounsellorProfile | undefined,
): CounsellorProfile | undefined {
  const { kind, languages, gender } = values;
  const noGender = values['no-gender'] === true;
  if (gender !== undefined && noGender) throw usageError('--gender and --no-gender contradict');
  if (kind === undefined && languages === undefined && gender === undefined && !noGender) {
    return current;
  }
  if (kind !== undefined && !(COUNSELLOR_KINDS as readonly string[]).includes(kind)) {
    throw usageError(`--kind must be one of ${COUNSELLOR_KINDS.join(', ')}, not "${kind}"`);
  }
  if (gender !== undefined && !(COUNSELLOR_GENDERS as readonly string[]).includes(gender)) {
    throw usageError(`--gender must be one of ${COUNSELLOR_GENDERS.join(', ')}, not "${gender}"`);
  }
  const draft = {
    kind: kind ?? current?.kind,
    languages:
      languages === undefined
        ? current?.languages
        : languages
            .split(',')
            .map((language) => language.trim())
            .filter(Boolean),
    ...(noGender
      ? {}
      : gender !== undefined
        ? { gender }
        : current?.gender
          ? { gender: current.gender }
          : {}),
  };
  if (draft.kind === undefined) throw usageError('which kind? --kind ' + KINDS);
  if (draft.languages === undefined) throw usageError('which languages? --languages de,en');
  const profile = counsellorProfileSchema.safeParse(draft);
  if (!profile.success) {
    const issue = profile.error.issues[0];
    const option = issue?.path[0] === 'languages' ? '--languages' : `--${String(issue?.path[0])}`;
    throw new UserError(`offramp user: ${option} ${issue?.message ?? 'is invalid'}`, 2);
  }
  return profile.data;
}

function describeProfile(profile: CounsellorProfile | undefined): string {
  if (!profile) return '-';
  return [profile.kind, profile.gender, profile.languages.join(',')].filter(Boolean).join(' ');
}

async function add(parsed: Parsed, io: Io): Promise<number> {
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw usageError(`unexpected "${positionals[1]}"`);
  if (!values.role) throw usageError(`which role? add --role ${ROLES}`);
  const role = staffRoleSchema.safeParse(values.role);
  if (!role.success) {
    throw usageError(`--role must be one of ${STAFF_ROLES.join(', ')}, not "${values.role}"`);
  }
  const name = requireName(values.name, 'which name? add --name NAME');
  const pseudonym = pseudonymOption(values.pseudonym);
  const profile = profileFromOptions(values, undefined);
  if (!profile && CHAT_ROLES.includes(role.data)) {
    throw usageError(
      `a ${role.data} works the chat: say what players are matched on with --kind ${KINDS} --languages de,en`,
    );
  }
  return withAccounts(io, 'add', async ({ accounts }, shown) => {
    // Before asking for a password: a taken name should not cost anyone typing one twice.
    if (accounts.findByName(name)) {
      throw new UserError(`offramp user add: an account named "${name}" exists already`, 1);
    }
    const password = await newPassword(io, 'add', name, values.generate === true);
    const passwordHash = await new PasswordHasher().hash(password.password);
    try {
      await accounts.add({
        name,
        role: role.data satisfies StaffRole,
        passwordHash,
        pseudonym,
        ...(profile ? { profile } : {}),
      });
    } catch (error) {
      if (error instanceof AccountError)
        throw new UserError(`offramp user add: ${error.message}`, 1);
      throw error;
    }
    io.stdout.write(`added ${role.data} "${name}" to ${path.join(shown, ACCOUNTS_FILE_NAME)}\n`);
    showGenerated(io, name, password);
    return 0;
  });
}

function lockedUntil(account: StaffAccount, now: number): Date | undefined {
  if (account.lastFailedLoginAt === undefined) return undefined;
  const record: FailureRecord = {
    failures: account.failedLogins,
    lastFailureAt: Date.parse(account.lastFailedLoginAt),
  };
  if (account.failedLogins < DEFAULT_THROTTLE_POLICY.lockoutAfter) return undefined;
  const wait = waitBeforeAttempt(record, now, DEFAULT_THROTTLE_POLICY);
  return wait > 0 ? new Date(now + wait) : undefined;
}

async function list(parsed: Parsed, io: Io): Promise<number> {
  if (parsed.positionals.length > 1) throw usageError(`unexpected "${parsed.positionals[1]}"`);
  return withAccounts(io, 'list', async ({ accounts }, shown) => {
    const all = accounts.list();
    if (all.length === 0) {
      io.stdout.write(
        `no staff accounts in ${shown} yet; add one with: offramp user add --role admin --name NAME\n`,
      );
      return 0;
    }
    const now = Date.now();
    const rows = [
      ['NAME', 'ROLE', 'STATUS', 'PSEUDONYM', 'PROFILE', 'CREATED'],
      ...[...all]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((account) => {
          const locked = lockedUntil(account, now);
          const status = account.disabled
            ? 'disabled'
            : locked
              ? `locked until ${locked.toISOString().slice(11, 16)} UTC`
              : 'active';
          return [
            account.name,
            account.role,
            status,
            account.pseudonym ?? '-',
            describeProfile(account.profile),
            account.createdAt.slice(0, 10),
          ];
        }),
    ];
    const widths = rows[0]?.map((_, column) =>
      Math.max(...rows.map((row) => [...(row[column] ?? '')].length)),
    );
    for (const row of rows) {
      const cells = row.map((cell, column) =>
        column === row.length - 1 ? cell : cell.padEnd(widths?.[column] ?? 0),
      );
      io.stdout.write(`${cells.join('  ')}\n`);
    }
    return 0;
  });
}

async function changeAccount(
  parsed: Parsed,
  io: Io,
  action: 'disable' | 'enable' | 'password',
): Promise<number> {
  const [, nameArgument, ...extra] = parsed.positionals;
  if (extra.length > 0) throw usageError(`one account at a time (got ${extra.join(', ')} too)`);
  const name = requireName(nameArgument, `which account? offramp user ${action} NAME`);
  return withAccounts(io, action, async ({ accounts }, shown) => {
    const account = accounts.findByName(name);
    if (!account)
      throw new UserError(`offramp user ${action}: no account "${name}" in ${shown}`, 1);
    if (action === 'password') {
      const password = await newPassword(io, action, account.name, parsed.values.generate === true);
      const passwordHash = await new PasswordHasher().hash(password.password);
      await accounts.update(account.id, (current) => {
        const { lastFailedLoginAt: _dropped, ...rest } = current;
        return {
          ...rest,
          passwordHash,
          passwordChangedAt: new Date().toISOString(),
          failedLogins: 0,
        };
      });
      io.stdout.write(`new password set for "${account.name}"; any lock is lifted\n`);
      showGenerated(io, account.name, password);
      return 0;
    }
    const disabled = action === 'disable';
    if (account.disabled === disabled) {
      io.stdout.write(`"${account.name}" is already ${disabled ? 'disabled' : 'enabled'}\n`);
      return 0;
    }
    await accounts.update(account.id, (current) => ({ ...current, disabled }));
    io.stdout.write(
      disabled
        ? `disabled "${account.name}": they can no longer sign in\n`
        : `enabled "${account.name}": they can sign in again\n`,
    );
    return 0;
  });
}

async function changeProfile(parsed: Parsed, io: Io): Promise<number> {
  const [, nameArgument, ...extra] = parsed.positionals;
  if (extra.length > 0) throw usageError(`one account at a time (got ${extra.join(', ')} too)`);
  const name = requireName(nameArgument, 'which account? offramp user profile NAME');
  const { values } = parsed;
  const pseudonym = pseudonymOption(values.pseudonym);
  return withAccounts(io, 'profile', async ({ accounts }, shown) => {
    const account = accounts.findByName(name);
    if (!account) throw new UserError(`offramp user profile: no account "${name}" in ${shown}`, 1);
    const profile = profileFromOptions(values, account.profile);
    if (profile === account.profile && pseudonym === undefined) {
      io.stdout.write(
        `"${account.name}": ${account.pseudonym ?? '-'}, ${describeProfile(account.profile)}\n`,
      );
      return 0;
    }
    const updated = await accounts.update(account.id, (current) => ({
      ...current,
      ...(pseudonym === undefined ? {} : { pseudonym }),
      ...(profile === undefined ? {} : { profile }),
    }));
    io.stdout.write(
      `"${updated.name}" now: ${updated.pseudonym ?? '-'}, ${describeProfile(updated.profile)}\n`,
    );
    return 0;
  });
}

export const command: Command = {
  name: 'user',
  usage: 'user add|profile|list|disable|enable|password ...',
  summary: 'manage staff accounts in the data folder (while the server is stopped)',
  async run(args, io) {
    const parsed = parseUserArgs(args);
    const [action] = parsed.positionals;
    const optionsOnlyFor = (allowed: string[]): void => {
      const given = Object.keys(parsed.values).filter((option) => !allowed.includes(option));
      if (given.length > 0) throw usageError(`--${given[0]} does not go with "${action}"`);
    };
    switch (action) {
      case 'add':
        return add(parsed, io);
      case 'profile':
        optionsOnlyFor(['kind', 'languages', 'gender', 'no-gender', 'pseudonym']);
        return changeProfile(parsed, io);
      case 'list':
        optionsOnlyFor([]);
        return list(parsed, io);
      case 'disable':
      case 'enable':
        optionsOnlyFor([]);
        return changeAccount(parsed, io, action);
      case 'password':
        optionsOnlyFor(['generate']);
        return changeAccount(parsed, io, action);
      case undefined:
        throw usageError('what to do? add, profile, list, disable, enable or password');
      default:
        throw usageError(`unknown action "${action}"`);
    }
  },
};
