import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { writeTree } from '../../core/testing/inkFixtures.node.ts';
import { openAccountsFile } from '../../server/store/accountsFile.ts';
import { lockDataDir } from '../../server/store/dataDirLock.ts';
import { loadDataKey } from '../../server/store/dataKey.ts';
import {
  sessionCookieOf,
  startStaffApp,
  type StaffApp,
} from '../../server/staff/testing/staffApp.ts';
import { PROJECT_ROOT } from '../cliSupport.ts';
import { main } from '../cli.ts';
import { textCollector } from '../testing/textCollector.ts';

const PASSWORD = 'a long and quiet river';
/** What a counsellor is matched on: required for the roles that work the chat. */
const PROFILE = ['--kind', 'professional', '--languages', 'en'];
const ADD_ANNA = ['add', '--role', 'counsellor', ...PROFILE, '--name', 'anna'];
const LAUNCHER = path.join(PROJECT_ROOT, 'bin/offramp.mjs');

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** A fresh working directory; the data folder is ./data inside it, as by default. */
function workDir(): string {
  const dir = writeTree({}, 'offramp-user-');
  dirs.push(dir);
  return dir;
}

/** The CLI in this process, with piped (non-terminal) stdin. */
async function user(args: string[], cwd: string, stdin = '') {
  vi.stubEnv('OFFRAMP_DATA_DIR', '');
  vi.stubEnv('OFFRAMP_DATA_KEY', '');
  const stdout = textCollector();
  const stderr = textCollector();
  const code = await main(['user', ...args], {
    stdin: Readable.from([stdin]),
    stdout,
    stderr,
    cwd,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** The server's staff API on the data folder the CLI wrote, reading it as the server does. */
async function withStaffApp(
  dataDir: string,
  task: (app: StaffApp) => Promise<void>,
): Promise<void> {
  const accountsFile = await openAccountsFile({
    dataDir,
    keys: (await loadDataKey({ dataDir, env: {} })).keys,
  });
  const app = await startStaffApp({ accountsFile });
  try {
    await task(app);
  } finally {
    await app.close();
    await accountsFile.close();
  }
}

/** The real `offramp` launcher as a separate process, stdin piped. */
function spawnCli(
  args: string[],
  options: { cwd: string; input?: string; env?: Record<string, string> },
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('OFFRAMP_')),
    );
    const child = execFile(
      process.execPath,
      [LAUNCHER, 'user', ...args],
      { cwd: options.cwd, env: { ...env, ...options.env }, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
          stdout,
          stderr,
        }),
    );
    child.stdin?.end(options.input ?? '');
  });
}

describe('offramp user add', () => {
  it('takes the password from piped stdin, and the account signs in through the API', async () => {
    const cwd = workDir();
    const dataDir = path.join(cwd, 'staff-data');
    const added = await spawnCli(
      ['add', '--role', 'counsellor', ...PROFILE, '--name', 'anna', '--pseudonym', 'Sam'],
      {
        cwd,
        input: `${PASSWORD}\n`,
        env: { OFFRAMP_DATA_DIR: 'staff-data' },
      },
    );
    expect(added).toEqual({
      code: 0,
      stdout: 'added counsellor "anna" to staff-data/accounts.json\n',
      stderr:
        'created the data key staff-data/data.key: back it up; without it nothing in staff-data can be read\n',
    });
    expect(readdirSync(dataDir).sort()).toEqual(['accounts.json', 'data.key']);
    expect(readFileSync(path.join(dataDir, 'accounts.json'), 'utf8')).not.toContain('anna');

    // The server reads the same file with the same key.
    await withStaffApp(dataDir, async (app) => {
      const wrong = await app.post('/api/staff/login', {
        name: 'anna',
        password: 'wrong password!',
      });
      expect(wrong.status).toBe(401);
      const login = await app.post('/api/staff/login', { name: 'anna', password: PASSWORD });
      expect(login.status).toBe(200);
      expect(await login.json()).toMatchObject({
        account: { name: 'anna', role: 'counsellor', pseudonym: 'Sam' },
      });
      const me = await app.get('/api/staff/me', { cookie: sessionCookieOf(login) });
      expect(me.status).toBe(200);
    });
  });

  it('--generate prints a strong password exactly once, and it signs in', async () => {
    const cwd = workDir();
    const result = await spawnCli(['add', '--role', 'admin', '--name', 'root', '--generate'], {
      cwd,
    });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'added admin "root" to data/accounts.json',
      'password for root (shown only now: hand it over safely, e.g. in a password manager):',
    ]);
    const password = lines[2] ?? '';
    expect(password).toMatch(/^[A-Za-z0-9]{4}(?:-[A-Za-z0-9]{4}){5}$/);
    expect(lines).toHaveLength(3);
    expect(`${result.stdout}${result.stderr}`.split(password)).toHaveLength(2);
    for (const file of readdirSync(path.join(cwd, 'data'))) {
      expect(readFileSync(path.join(cwd, 'data', file), 'utf8')).not.toContain(password);
    }

    const dataDir = path.join(cwd, 'data');
    await withStaffApp(dataDir, async (app) => {
      const login = await app.post('/api/staff/login', { name: 'ROOT', password });
      expect(login.status).toBe(200);
    });
  });

  it('refuses a weak password, a taken name, a bad role and missing options, clearly', async () => {
    const cwd = workDir();
    expect(await user(ADD_ANNA, cwd, 'short\n')).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'created the data key data/data.key: back it up; without it nothing in data can be read\n' +
        'offramp user add: the password must have at least 12 characters (it has 5); a few unrelated words make a good one\n',
    });
    expect(await user(ADD_ANNA, cwd, 'anna-and-more-words\n')).toMatchObject({
      code: 1,
      stderr: 'offramp user add: the password must not contain the account name\n',
    });
    expect(await user(ADD_ANNA, cwd, 'Password1234\n')).toMatchObject({
      code: 1,
      stderr:
        'offramp user add: this password is among the first ones attackers try; choose another\n',
    });
    expect(await user(ADD_ANNA, cwd, '')).toMatchObject({
      code: 1,
      stderr: 'offramp user add: no password on stdin: pipe one line, or use --generate\n',
    });
    expect(await user(ADD_ANNA, cwd, `${PASSWORD}\r\n`)).toEqual({
      code: 0,
      stdout: 'added counsellor "anna" to data/accounts.json\n',
      stderr: '',
    });
    expect(await user(['add', '--role', 'admin', '--name', 'ANNA'], cwd, `${PASSWORD}\n`)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'offramp user add: an account named "ANNA" exists already\n',
    });
    const usage = await user(['add', '--role', 'boss', '--name', 'x1'], cwd);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(
      /^offramp user: --role must be one of counsellor, supervisor, reviewer, admin, not "boss"\nUsage: offramp user add --role/,
    );
    expect((await user(['add', '--name', 'x1'], cwd)).stderr).toMatch(
      /^offramp user: which role\? add --role counsellor\|supervisor\|reviewer\|admin\n/,
    );
    expect((await user(['add', '--role', 'admin', '--name', 'a b'], cwd)).stderr).toBe(
      'offramp user: name must be 2 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit\n',
    );
  });

  it('needs what players are matched on for the roles that work the chat, and says which option is wrong', async () => {
    const cwd = workDir();
    const missing = await user(
      ['add', '--role', 'counsellor', '--name', 'anna'],
      cwd,
      `${PASSWORD}\n`,
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /^offramp user: a counsellor works the chat: say what players are matched on with --kind professional\|former-member\|survivor --languages de,en\n/,
    );
    const withoutLanguages = await user(
      ['add', '--role', 'supervisor', '--name', 'zoe', '--kind', 'survivor'],
      cwd,
      `${PASSWORD}\n`,
    );
    expect(withoutLanguages.stderr).toMatch(/^offramp user: which languages\? --languages de,en\n/);
    const badKind = await user(
      ['add', '--role', 'counsellor', '--name', 'anna', '--kind', 'coach', '--languages', 'en'],
      cwd,
    );
    expect(badKind.stderr).toMatch(
      /^offramp user: --kind must be one of professional, former-member, survivor, not "coach"\n/,
    );
    const badLanguage = await user(
      [
        'add',
        '--role',
        'counsellor',
        '--name',
        'anna',
        '--kind',
        'survivor',
        '--languages',
        'English',
      ],
      cwd,
    );
    expect(badLanguage).toMatchObject({
      code: 2,
      stderr: 'offramp user: --languages must be a language code such as en or de\n',
    });
    expect((await user(['list'], cwd)).stdout).toMatch(/^no staff accounts/);
  });

  it('changes a profile, keeping what is not named', async () => {
    const cwd = workDir();
    await user(
      [
        'add',
        '--role',
        'counsellor',
        '--name',
        'anna',
        '--kind',
        'survivor',
        '--gender',
        'female',
        '--languages',
        'de',
      ],
      cwd,
      `${PASSWORD}\n`,
    );
    expect(
      await user(['profile', 'anna', '--languages', 'de, en', '--pseudonym', 'Robin'], cwd),
    ).toEqual({
      code: 0,
      stdout: '"anna" now: Robin, survivor female de,en\n',
      stderr: '',
    });
    expect((await user(['profile', 'anna', '--no-gender'], cwd)).stdout).toBe(
      '"anna" now: Robin, survivor de,en\n',
    );
    expect((await user(['profile', 'anna'], cwd)).stdout).toBe('"anna": Robin, survivor de,en\n');
    expect((await user(['profile', 'anna', '--gender', 'male', '--no-gender'], cwd)).code).toBe(2);
    expect(await user(['profile', 'nobody', '--kind', 'survivor'], cwd)).toMatchObject({
      code: 1,
      stderr: 'offramp user profile: no account "nobody" in data\n',
    });
    expect((await user(['profile', 'anna', '--generate'], cwd)).stderr).toMatch(
      /^offramp user: --generate does not go with "profile"/,
    );
  });

  it('keeps spaces in a piped password: only the line ending is cut', async () => {
    const cwd = workDir();
    const spaced = '  spaces around me  ';
    expect(
      (await user(['add', '--role', 'reviewer', '--name', 'rev'], cwd, `${spaced}\n`)).code,
    ).toBe(0);
    const dataDir = path.join(cwd, 'data');
    await withStaffApp(dataDir, async (app) => {
      expect((await app.post('/api/staff/login', { name: 'rev', password: spaced })).status).toBe(
        200,
      );
      expect(
        (await app.post('/api/staff/login', { name: 'rev', password: spaced.trim() })).status,
      ).toBe(401);
    });
  });
});

describe('offramp user list, disable, enable, password', () => {
  it('lists names, roles and status, never a hash', async () => {
    const cwd = workDir();
    expect((await user(['list'], cwd)).stdout).toBe(
      'no staff accounts in data yet; add one with: offramp user add --role admin --name NAME\n',
    );
    await user(
      [
        'add',
        '--role',
        'supervisor',
        '--name',
        'zoe',
        '--pseudonym',
        'Zoe K.',
        '--kind',
        'former-member',
        '--gender',
        'female',
        '--languages',
        'de,en',
      ],
      cwd,
      `${PASSWORD}\n`,
    );
    await user(ADD_ANNA, cwd, `${PASSWORD}\n`);
    expect(await user(['disable', 'Anna'], cwd)).toEqual({
      code: 0,
      stdout: 'disabled "anna": they can no longer sign in\n',
      stderr: '',
    });
    const listed = await user(['list'], cwd);
    const today = new Date().toISOString().slice(0, 10);
    expect(listed).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'NAME  ROLE        STATUS    PSEUDONYM  PROFILE                     CREATED',
        `anna  counsellor  disabled  -          professional en             ${today}`,
        `zoe   supervisor  active    Zoe K.     former-member female de,en  ${today}`,
        '',
      ].join('\n'),
    });
    expect(listed.stdout).not.toContain('scrypt');
    expect((await user(['enable', 'anna'], cwd)).stdout).toBe(
      'enabled "anna": they can sign in again\n',
    );
    expect(await user(['disable', 'nobody'], cwd)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'offramp user disable: no account "nobody" in data\n',
    });
  });

  it('sets a new password (and lifts a lock)', async () => {
    const cwd = workDir();
    await user(ADD_ANNA, cwd, `${PASSWORD}\n`);
    const changed = await user(['password', 'anna'], cwd, 'a brand new passphrase\n');
    expect(changed).toEqual({
      code: 0,
      stdout: 'new password set for "anna"; any lock is lifted\n',
      stderr: '',
    });
    const dataDir = path.join(cwd, 'data');
    await withStaffApp(dataDir, async (app) => {
      expect(
        (await app.post('/api/staff/login', { name: 'anna', password: PASSWORD })).status,
      ).toBe(401);
      const login = await app.post('/api/staff/login', {
        name: 'anna',
        password: 'a brand new passphrase',
      });
      expect(login.status).toBe(200);
    });
  });

  it('refuses to change accounts while a server holds the data folder', async () => {
    const cwd = workDir();
    const dataDir = path.join(cwd, 'data');
    await user(ADD_ANNA, cwd, `${PASSWORD}\n`);
    const release = await lockDataDir(dataDir, 'data');
    try {
      const refused = await spawnCli(['disable', 'anna'], { cwd });
      expect(refused).toEqual({
        code: 1,
        stdout: '',
        stderr: `offramp user disable: data is in use by another Offramp process (pid ${process.pid}); stop it first, or delete data/store.lock if no such process runs\n`,
      });
    } finally {
      await release();
    }
  });
});
