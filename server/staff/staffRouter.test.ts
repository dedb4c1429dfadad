import { afterEach, describe, expect, it } from 'vitest';
import { staffSessionResponseSchema } from '../../core/protocol/staffApi.ts';
import { prepareFirstAdminSetup } from './firstAdminSetup.ts';
import { DEFAULT_THROTTLE_POLICY } from './loginThrottle.ts';
import { PasswordHasher } from './passwordHash.ts';
import {
  FAST_HASHING,
  sessionCookieOf,
  startStaffApp,
  TestClock,
  type StaffApp,
  type StaffAppOptions,
} from './testing/staffApp.ts';
import { createLogger } from '../logger.ts';

const PASSWORD = 'a long and quiet river';
const MINUTE = 60_000;

let app: StaffApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function appWithAccount(
  options: StaffAppOptions = {},
  name = 'anna',
  role: 'counsellor' | 'admin' = 'counsellor',
): Promise<StaffApp> {
  app = await startStaffApp(options);
  await app.accounts.add({
    name,
    role,
    pseudonym: 'Counsellor Sam',
    passwordHash: await app.hasher.hash(PASSWORD),
  });
  return app;
}

async function signIn(staff: StaffApp, name = 'anna', password = PASSWORD, cookie?: string) {
  const response = await staff.post('/api/staff/login', { name, password }, { cookie });
  return { response, cookie: sessionCookieOf(response), body: (await response.json()) as unknown };
}

async function me(staff: StaffApp, cookie: string | undefined) {
  const response = await staff.get('/api/staff/me', { cookie });
  return { status: response.status, body: (await response.json()) as unknown };
}

const NOT_SIGNED_IN = { error: 'not signed in', code: 'not-signed-in' };
const WRONG = { error: 'wrong name or password', code: 'wrong-credentials' };

describe('POST /api/staff/login', () => {
  it('signs in: a __Host- cookie, HttpOnly, Secure, SameSite=Strict, Path=/, and who is signed in', async () => {
    const staff = await appWithAccount();
    const { response, body } = await signIn(staff, 'ANNA');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const [setCookie, ...others] = response.headers.getSetCookie();
    expect(others).toEqual([]);
    expect(setCookie).toMatch(
      /^__Host-offramp-session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; Secure; SameSite=Strict$/,
    );
    expect(staffSessionResponseSchema.parse(body)).toEqual({
      version: 1,
      account: { name: 'anna', pseudonym: 'Counsellor Sam', role: 'counsellor' },
      session: { idleTimeoutSeconds: 1800, expiresAt: '2025-03-01T21:00:00.000Z' },
    });
  });

  it('without TLS: the plain cookie name, the same attributes but Secure', async () => {
    const staff = await appWithAccount({ secureCookies: false });
    const { response, cookie } = await signIn(staff);
    expect(response.headers.getSetCookie()[0]).toMatch(
      /^offramp-session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    expect((await me(staff, cookie)).status).toBe(200);
    // The secure name is not read by a server that does not set it.
    const token = cookie?.split('=')[1];
    expect((await me(staff, `__Host-offramp-session=${token}`)).status).toBe(401);
  });

  it('answers a wrong password, an unknown name and a disabled account alike', async () => {
    const staff = await appWithAccount();
    await staff.accounts.add({
      name: 'ben',
      role: 'counsellor',
      passwordHash: await staff.hasher.hash(PASSWORD),
    });
    await staff.accounts.updateByName('ben', (account) => ({ ...account, disabled: true }));
    for (const [name, password] of [
      ['anna', 'not the password at all'],
      ['nobody', PASSWORD],
      ['ben', PASSWORD],
    ] as const) {
      const { response, body, cookie } = await signIn(staff, name, password);
      expect(response.status).toBe(401);
      expect(body).toEqual(WRONG);
      expect(cookie).toBeUndefined();
    }
  });

  it('refuses a body that is not {name, password}', async () => {
    const staff = await appWithAccount();
    const missing = await staff.post('/api/staff/login', { name: 'anna' });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({
      error: 'expected a JSON body {name, password}',
      code: 'invalid-request',
    });
    const malformed = await fetch(`${staff.url}/api/staff/login`, {
      method: 'POST',
      headers: { origin: staff.url, 'content-type': 'application/json' },
      body: '{"name":',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({
      error: 'malformed JSON body',
      code: 'invalid-request',
    });
    const huge = await staff.post('/api/staff/login', { name: 'anna', password: 'x'.repeat(5000) });
    expect(huge.status).toBe(413);
  });

  it('gives a new session id at each sign-in and ends the one the browser brought', async () => {
    const staff = await appWithAccount();
    const first = await signIn(staff);
    const second = await signIn(staff, 'anna', PASSWORD, first.cookie);
    expect(first.cookie).toBeDefined();
    expect(second.cookie).toBeDefined();
    expect(second.cookie).not.toBe(first.cookie);
    expect(await me(staff, first.cookie)).toEqual({ status: 401, body: NOT_SIGNED_IN });
    expect((await me(staff, second.cookie)).status).toBe(200);
  });

  it('upgrades a hash made with older scrypt parameters', async () => {
    const older = new PasswordHasher({ N: 2 ** 10, r: 8, p: 1 });
    app = await startStaffApp({ hasher: new PasswordHasher({ N: 2 ** 11, r: 8, p: 1 }) });
    await app.accounts.add({
      name: 'anna',
      role: 'counsellor',
      passwordHash: await older.hash(PASSWORD),
    });
    expect((await signIn(app)).response.status).toBe(200);
    expect(app.accounts.findByName('anna')?.passwordHash).toMatch(/^scrypt\$v1\$2048\$8\$1\$/);
    expect((await signIn(app)).response.status).toBe(200);
  });
});

describe('GET /api/staff/me and the session timeouts', () => {
  it('401 without a session', async () => {
    const staff = await appWithAccount();
    expect(await me(staff, undefined)).toEqual({ status: 401, body: NOT_SIGNED_IN });
    expect(await me(staff, '__Host-offramp-session=forged')).toEqual({
      status: 401,
      body: NOT_SIGNED_IN,
    });
  });

  it('ends a session after 30 idle minutes; each request restarts the idle clock', async () => {
    const staff = await appWithAccount();
    const { cookie } = await signIn(staff);
    staff.clock.advance(29 * MINUTE);
    expect((await me(staff, cookie)).status).toBe(200);
    staff.clock.advance(29 * MINUTE);
    expect((await me(staff, cookie)).status).toBe(200);
    staff.clock.advance(30 * MINUTE);
    const expired = await staff.get('/api/staff/me', { cookie });
    expect(expired.status).toBe(401);
    // The browser is told to drop the dead cookie.
    expect(expired.headers.getSetCookie()[0]).toMatch(
      /^__Host-offramp-session=; .*Expires=Thu, 01 Jan 1970/,
    );
  });

  it('ends a session 12 hours after sign-in however active it is', async () => {
    const staff = await appWithAccount();
    const { cookie } = await signIn(staff);
    for (let step = 0; step < 35; step++) {
      staff.clock.advance(20 * MINUTE);
      expect((await me(staff, cookie)).status).toBe(200);
    }
    staff.clock.advance(20 * MINUTE); // 12 h after sign-in
    expect((await me(staff, cookie)).status).toBe(401);
  });

  it('ends the sessions of an account that has been disabled', async () => {
    const staff = await appWithAccount();
    const { cookie } = await signIn(staff);
    await staff.accounts.updateByName('anna', (account) => ({ ...account, disabled: true }));
    expect(await me(staff, cookie)).toEqual({ status: 401, body: NOT_SIGNED_IN });
    expect(staff.sessions.size).toBe(0);
  });
});

describe('POST /api/staff/logout', () => {
  it('ends the session and clears the cookie', async () => {
    const staff = await appWithAccount();
    const { cookie } = await signIn(staff);
    const response = await staff.post('/api/staff/logout', undefined, { cookie });
    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie()[0]).toBe(
      '__Host-offramp-session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure; SameSite=Strict',
    );
    expect(await me(staff, cookie)).toEqual({ status: 401, body: NOT_SIGNED_IN });
  });
});

describe('the origin check on state-changing requests', () => {
  it('403s without an Origin header and from another origin; same-origin passes', async () => {
    const staff = await appWithAccount();
    const { cookie } = await signIn(staff);
    const noOrigin = await staff.post('/api/staff/logout', undefined, { cookie, origin: null });
    expect(noOrigin.status).toBe(403);
    expect(await noOrigin.json()).toEqual({
      error: 'missing Origin header: state-changing requests must come from the workspace',
      code: 'origin-refused',
    });
    for (const origin of [
      'https://evil.example',
      staff.url.replace('http:', 'https:'),
      `${staff.url}0`,
      'null',
    ]) {
      const foreign = await staff.post('/api/staff/logout', undefined, { cookie, origin });
      expect(foreign.status).toBe(403);
      expect(await foreign.json()).toEqual({
        error: 'request from another origin refused',
        code: 'origin-refused',
      });
    }
    const login = await staff.post(
      '/api/staff/login',
      { name: 'anna', password: PASSWORD },
      { origin: 'https://evil.example' },
    );
    expect(login.status).toBe(403);
    expect(login.headers.getSetCookie()).toEqual([]);
    // None of the refused requests ended the session.
    expect((await me(staff, cookie)).status).toBe(200);
    expect((await staff.post('/api/staff/logout', undefined, { cookie })).status).toBe(204);
  });

  it('with allowedOrigins (a TLS proxy in front), only those origins pass', async () => {
    const staff = await appWithAccount({ allowedOrigins: ['https://offramp.example.org'] });
    const proxied = await staff.post(
      '/api/staff/login',
      { name: 'anna', password: PASSWORD },
      { origin: 'https://offramp.example.org' },
    );
    expect(proxied.status).toBe(200);
    expect((await signIn(staff)).response.status).toBe(403);
  });
});

describe('sign-in throttling, never by address', () => {
  const attempt = async (staff: StaffApp, name: string, password = 'wrong password here') => {
    const { response, body } = await signIn(staff, name, password);
    return { status: response.status, body, retryAfter: response.headers.get('retry-after') };
  };

  /** Fails `count` times, waiting out each backoff on the test clock. */
  async function failTimes(staff: StaffApp, name: string, count: number): Promise<void> {
    for (let failure = 0; failure < count; failure++) {
      const result = await attempt(staff, name);
      expect(result, `failure ${failure + 1} for ${name}`).toMatchObject({
        status: 401,
        body: WRONG,
      });
      staff.clock.advance(DEFAULT_THROTTLE_POLICY.maxDelayMs);
    }
  }

  it('backs off after 3 failures, for real and unknown names alike', async () => {
    const staff = await appWithAccount();
    for (const name of ['anna', 'nobody']) {
      for (let failure = 0; failure < 3; failure++) {
        expect((await attempt(staff, name)).status).toBe(401);
      }
      expect(await attempt(staff, name, PASSWORD)).toEqual({
        status: 429,
        retryAfter: '1',
        body: {
          error: 'too many failed sign-ins for this name: wait, then try again',
          code: 'too-many-attempts',
          retryAfterSeconds: 1,
        },
      });
    }
    staff.clock.advance(1000);
    expect((await signIn(staff)).response.status).toBe(200);
  });

  it('locks a name for 15 minutes after 10 failures, with the same answer for unknown names', async () => {
    const staff = await appWithAccount();
    const answers = [];
    for (const name of ['anna', 'nobody']) {
      await failTimes(staff, name, 10);
      const locked = await attempt(staff, name, PASSWORD);
      answers.push(locked);
    }
    expect(answers[0]).toEqual({
      status: 429,
      retryAfter: '840',
      body: {
        error: 'too many failed sign-ins for this name: wait, then try again',
        code: 'too-many-attempts',
        retryAfterSeconds: 840,
      },
    });
    expect(answers[1]).toEqual(answers[0]);
    // Case does not help: it is the same name.
    expect((await attempt(staff, 'Anna', PASSWORD)).status).toBe(429);
    // Other names are not affected.
    await staff.accounts.add({
      name: 'carla',
      role: 'counsellor',
      passwordHash: await staff.hasher.hash(PASSWORD),
    });
    expect((await signIn(staff, 'carla')).response.status).toBe(200);
    // The counters are stored with the account (they survive a restart).
    await expect.poll(() => staff.accounts.findByName('anna')?.failedLogins).toBe(10);
    expect(staff.logLines.join('')).toContain('sign-in locked after repeated failures');

    staff.clock.advance(15 * MINUTE);
    expect((await signIn(staff)).response.status).toBe(200);
    expect(staff.accounts.findByName('anna')).toMatchObject({ failedLogins: 0 });
    expect(staff.accounts.findByName('anna')?.lastFailedLoginAt).toBeUndefined();
  });

  it('a restarted server still knows the stored failures', async () => {
    const clock = new TestClock();
    const staff = await appWithAccount({ clock });
    await failTimes(staff, 'anna', 10);
    await expect.poll(() => staff.accounts.findByName('anna')?.failedLogins).toBe(10);
    const stored = staff.accounts.findByName('anna');
    await staff.close();

    app = await startStaffApp({ clock });
    if (stored)
      await app.accounts.repository.update((directory) => ({ ...directory, accounts: [stored] }));
    expect((await attempt(app, 'anna', PASSWORD)).status).toBe(429);
  });

  it('a global token bucket slows sign-ins across all names', async () => {
    const staff = await appWithAccount({ loginRate: { capacity: 2, refillPerSecond: 0.5 } });
    expect((await attempt(staff, 'one')).status).toBe(401);
    expect((await attempt(staff, 'two')).status).toBe(401);
    expect(await attempt(staff, 'anna', PASSWORD)).toEqual({
      status: 429,
      retryAfter: '2',
      body: {
        error: 'too many sign-ins right now: try again shortly',
        code: 'busy',
        retryAfterSeconds: 2,
      },
    });
    staff.clock.advance(2000);
    expect((await signIn(staff)).response.status).toBe(200);
  });

  it('writes no IP address to the log', async () => {
    const staff = await appWithAccount();
    await signIn(staff);
    await attempt(staff, 'nobody');
    expect(staff.logLines.join('')).not.toMatch(/127\.0\.0\.1|::1|::ffff/);
  });
});

describe('the first-admin setup link', () => {
  const ADMIN_PASSWORD = 'tall pines by the quiet lake';

  async function prepared(options: StaffAppOptions = {}) {
    app = await startStaffApp(options);
    const lines: string[] = [];
    const link = await prepareFirstAdminSetup({
      accounts: app.accounts,
      logger: createLogger({ write: (line) => lines.push(line) }),
      baseUrl: 'http://localhost:8080',
      now: app.clock.now,
    });
    const token = new URL(link ?? 'http://x/').hash.replace(/^#setup=/, '');
    return { staff: app, link, token, log: lines.join('') };
  }

  it('is printed once when there is no admin, with the token in the fragment', async () => {
    const { staff, link, token, log } = await prepared();
    expect(link).toMatch(/^http:\/\/localhost:8080\/counsellor\/#setup=[A-Za-z0-9_-]{43}$/);
    expect(log).toContain(link);
    expect(log).toContain('"level":"warn"');
    expect(JSON.stringify(staff.accounts.repository.read())).not.toContain(token);
    expect(staff.accounts.pendingSetup()?.expiresAt).toBe('2025-03-01T09:30:00.000Z');
  });

  it('creates the first admin once, signed in at once; the link then no longer works', async () => {
    const { staff, token } = await prepared();
    const body = { token, name: 'Admin', password: ADMIN_PASSWORD };
    const response = await staff.post('/api/staff/setup', body);
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ account: { name: 'Admin', role: 'admin' } });
    const cookie = sessionCookieOf(response);
    expect((await me(staff, cookie)).status).toBe(200);
    expect(staff.accounts.pendingSetup()).toBeUndefined();

    const again = await staff.post('/api/staff/setup', { ...body, name: 'other' });
    expect(again.status).toBe(403);
    expect(await again.json()).toEqual({
      error: 'this setup link is invalid, used or expired',
      code: 'setup-invalid',
    });
    expect(staff.accounts.list()).toHaveLength(1);
    expect((await signIn(staff, 'admin', ADMIN_PASSWORD)).response.status).toBe(200);
  });

  it('two uses at the same moment create one admin', async () => {
    const { staff, token } = await prepared();
    const responses = await Promise.all(
      ['first', 'second'].map((name) =>
        staff.post('/api/staff/setup', { token, name, password: ADMIN_PASSWORD }),
      ),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([201, 403]);
    expect(staff.accounts.list()).toHaveLength(1);
  });

  it('expires after 30 minutes', async () => {
    const { staff, token } = await prepared();
    staff.clock.advance(30 * MINUTE);
    const response = await staff.post('/api/staff/setup', {
      token,
      name: 'admin',
      password: ADMIN_PASSWORD,
    });
    expect(response.status).toBe(403);
    expect(staff.accounts.list()).toEqual([]);
  });

  it('refuses a wrong token, a weak password and a bad name, with a code for each', async () => {
    const { staff, token } = await prepared();
    const post = async (body: object) => {
      const response = await staff.post('/api/staff/setup', body);
      return { status: response.status, body: (await response.json()) as unknown };
    };
    expect(await post({ token: 'A'.repeat(43), name: 'admin', password: ADMIN_PASSWORD })).toEqual({
      status: 403,
      body: { error: 'this setup link is invalid, used or expired', code: 'setup-invalid' },
    });
    expect(await post({ token, name: 'admin', password: 'short' })).toMatchObject({
      status: 400,
      body: { code: 'password-too-short' },
    });
    expect(await post({ token, name: 'admin', password: 'my name is admin!' })).toEqual({
      status: 400,
      body: {
        code: 'password-contains-name',
        error: 'the password must not contain the account name',
      },
    });
    expect(await post({ token, name: 'admin', password: 'password1234' })).toMatchObject({
      status: 400,
      body: { code: 'password-too-common' },
    });
    expect(await post({ token, name: 'a b', password: ADMIN_PASSWORD })).toMatchObject({
      status: 400,
      body: { code: 'name-invalid' },
    });
    // Refusals do not use the link up.
    expect((await post({ token, name: 'admin', password: ADMIN_PASSWORD })).status).toBe(201);
  });

  it('is not offered when an enabled admin exists, and a stale one is voided', async () => {
    const { staff, token } = await prepared();
    await staff.accounts.add({
      name: 'root',
      role: 'admin',
      passwordHash: await staff.hasher.hash(ADMIN_PASSWORD),
    });
    expect(staff.accounts.pendingSetup()).toBeUndefined();
    const link = await prepareFirstAdminSetup({
      accounts: staff.accounts,
      logger: createLogger({ write: () => undefined }),
      baseUrl: staff.url,
    });
    expect(link).toBeUndefined();
    const response = await staff.post('/api/staff/setup', {
      token,
      name: 'other',
      password: ADMIN_PASSWORD,
    });
    expect(response.status).toBe(403);
  });
});

describe('the rest of /api/staff', () => {
  it('answers unknown paths and methods in JSON', async () => {
    app = await startStaffApp({ hasher: new PasswordHasher(FAST_HASHING) });
    const unknown = await app.get('/api/staff/nothing');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'not found', code: 'not-found' });
    const wrongMethod = await app.get('/api/staff/login');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    // The rest of the API is still there.
    expect((await app.get('/api/health')).status).toBe(200);
  });
});
