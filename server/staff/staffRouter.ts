/**
 * The staff API, mounted at /api/staff:
 *
 *   POST /login  {name, password}          → 200 session + cookie | 401 | 429
 *   POST /logout                           → 204, session ended, cookie cleared
 *   GET  /me                               → 200 session | 401
 *   POST /setup  {token, name, password}   → 201 session + cookie (the first admin) | 403 | 400
 *
 * Every POST must carry this server's Origin (sameOrigin.ts). Sign-in answers never tell
 * whether a name exists: unknown names cost the same scrypt time and are throttled alike,
 * and a disabled account gets the same answer as a wrong password.
 */
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import {
  accountNameSchema,
  loginRequestSchema,
  pseudonymSchema,
  setupRequestSchema,
  STAFF_API_VERSION,
  type StaffSessionResponse,
} from '../../core/protocol/staffApi.ts';
import { silentLogger, type Logger } from '../logger.ts';
import { checkSetupToken, SetupRefused } from './firstAdminSetup.ts';
import {
  DEFAULT_LOGIN_BUCKET,
  DEFAULT_THROTTLE_POLICY,
  FailureRecords,
  waitBeforeAttempt,
  withFailure,
  type FailureRecord,
  type ThrottlePolicy,
} from './loginThrottle.ts';
import { TokenBucket, type BucketPolicy } from '../chat/tokenBucket.ts';
import { PasswordHasher } from './passwordHash.ts';
import { checkPasswordPolicy } from './passwordPolicy.ts';
import { requireSameOrigin } from './sameOrigin.ts';
import { clearSessionCookie, readSessionToken, setSessionCookie } from './sessionCookie.ts';
import type { SessionStore, StaffSession } from './sessions.ts';
import { StaffAuthenticator } from './staffAuthenticator.ts';
import {
  AccountError,
  accountView,
  nameKey,
  type StaffAccount,
  type StaffAccounts,
} from './staffAccounts.ts';
import { sendStaffError } from './staffErrors.ts';

export interface StaffRouterOptions {
  accounts: StaffAccounts;
  sessions: SessionStore;
  /** true when browsers reach the server over https (directly or through a TLS proxy). */
  secureCookies: boolean;
  logger?: Logger;
  now?: () => Date;
  /** The origins browsers use to reach the server; default: the request's scheme and Host. */
  allowedOrigins?: readonly string[];
  hasher?: PasswordHasher;
  throttle?: ThrottlePolicy;
  /** The token bucket for all sign-ins (and setups) together. */
  loginRate?: BucketPolicy;
}

const BODY_LIMIT = '4kb';
const WRONG_CREDENTIALS = 'wrong name or password';

function storedFailures(account: StaffAccount): FailureRecord | undefined {
  if (account.failedLogins === 0 || account.lastFailedLoginAt === undefined) return undefined;
  return { failures: account.failedLogins, lastFailureAt: Date.parse(account.lastFailedLoginAt) };
}

function withoutFailures(account: StaffAccount): StaffAccount {
  const { lastFailedLoginAt: _dropped, ...rest } = account;
  return { ...rest, failedLogins: 0 };
}

export function createStaffRouter(options: StaffRouterOptions): express.Router {
  const { accounts, sessions, secureCookies } = options;
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? (() => new Date());
  const hasher = options.hasher ?? new PasswordHasher();
  const policy = options.throttle ?? DEFAULT_THROTTLE_POLICY;
  const bucket = new TokenBucket(options.loginRate ?? DEFAULT_LOGIN_BUCKET, () => now().getTime());
  const authenticator = new StaffAuthenticator({ accounts, sessions, secureCookies });
  // In memory, for every name tried: it answers for unknown names and is the running truth
  // for real ones, whose counters are also stored with the account (they survive a restart).
  const failures = new FailureRecords();
  void hasher.warmUp().catch((error: unknown) => logger.error('scrypt failed', { error }));

  const router = express.Router({ caseSensitive: true, strict: false });
  router.use((_request, response, next) => {
    response.set('Cache-Control', 'no-store');
    next();
  });
  router.use(requireSameOrigin({ allowedOrigins: options.allowedOrigins }));
  const json = express.json({ limit: BODY_LIMIT });

  const sessionResponse = (account: StaffAccount, session: StaffSession): StaffSessionResponse => ({
    version: STAFF_API_VERSION,
    account: accountView(account),
    session: {
      idleTimeoutSeconds: Math.round(sessions.idleTimeoutMs / 1000),
      expiresAt: new Date(session.expiresAt).toISOString(),
    },
  });

  /** Ends whatever session the browser brought and starts a new one (no session fixation). */
  const startSession = (
    request: express.Request,
    response: express.Response,
    account: StaffAccount,
  ): StaffSession => {
    sessions.end(readSessionToken(request.headers, secureCookies));
    const { token, session } = sessions.create(account.id);
    setSessionCookie(response, secureCookies, token);
    return session;
  };

  /** Takes a token from the shared sign-in bucket; when there is none, answers 429 itself. */
  const isBusy = (response: express.Response): boolean => {
    const taken = bucket.take();
    if (taken.ok) return false;
    const message = 'too many sign-ins right now: try again shortly';
    sendStaffError(response, 429, 'busy', message, taken.retryAfterMs);
    return true;
  };

  const failuresOf = (key: string, account: StaffAccount | undefined): FailureRecord | undefined =>
    failures.get(key) ?? (account && storedFailures(account));

  const recordFailure = (key: string, account: StaffAccount | undefined, time: number): void => {
    const record = withFailure(failuresOf(key, account), time, policy);
    failures.set(key, record);
    if (record.failures === policy.lockoutAfter) {
      logger.warn('sign-in locked after repeated failures', {
        ...(account ? { account: account.name } : { knownAccount: false }),
        lockedForMinutes: Math.round(policy.lockoutMs / 60_000),
      });
    }
    if (!account) return;
    // Not awaited: a write here would make failures for real names slower than for unknown ones.
    accounts
      .update(account.id, (current) => ({
        ...current,
        failedLogins: record.failures,
        lastFailedLoginAt: new Date(record.lastFailureAt).toISOString(),
      }))
      .catch((error: unknown) => logger.error('could not store failed sign-in', { error }));
  };

  const login: RequestHandler = async (request, response) => {
    const body = loginRequestSchema.safeParse(request.body);
    if (!body.success) {
      sendStaffError(response, 400, 'invalid-request', 'expected a JSON body {name, password}');
      return;
    }
    const { name, password } = body.data;
    const key = nameKey(name);
    const account = accounts.findByName(name);
    const time = now().getTime();
    const wait = waitBeforeAttempt(failuresOf(key, account), time, policy);
    if (wait > 0) {
      sendStaffError(
        response,
        429,
        'too-many-attempts',
        'too many failed sign-ins for this name: wait, then try again',
        wait,
      );
      return;
    }
    if (isBusy(response)) return;
    let valid = false;
    let needsRehash = false;
    if (account) {
      ({ valid, needsRehash } = await hasher.verify(password, account.passwordHash));
    } else {
      await hasher.verifyDummy(password);
    }
    if (!account || !valid || account.disabled) {
      recordFailure(key, account, time);
      sendStaffError(response, 401, 'wrong-credentials', WRONG_CREDENTIALS);
      return;
    }

    // The stored counters may lag behind memory (their writes are not awaited): ask both.
    const hadFailures = account.failedLogins > 0 || (failures.get(key)?.failures ?? 0) > 0;
    failures.set(key, { failures: 0, lastFailureAt: time });
    let signedIn = account;
    if (needsRehash || hadFailures) {
      const passwordHash = needsRehash ? await hasher.hash(password) : account.passwordHash;
      signedIn = await accounts.update(account.id, (current) => ({
        ...withoutFailures(current),
        passwordHash,
      }));
      if (needsRehash) logger.info('password hash upgraded', { account: account.name });
    }
    const session = startSession(request, response, signedIn);
    logger.info('staff signed in', { account: signedIn.name, role: signedIn.role });
    response.json(sessionResponse(signedIn, session));
  };

  const logout: RequestHandler = (request, response) => {
    const staff = authenticator.authenticate(request.headers);
    sessions.end(readSessionToken(request.headers, secureCookies));
    clearSessionCookie(response, secureCookies);
    if (staff) logger.info('staff signed out', { account: staff.account.name });
    response.status(204).end();
  };

  const me: RequestHandler = (request, response) => {
    const staff = authenticator.authenticate(request.headers);
    if (!staff) {
      if (readSessionToken(request.headers, secureCookies) !== undefined) {
        clearSessionCookie(response, secureCookies);
      }
      sendStaffError(response, 401, 'not-signed-in', 'not signed in');
      return;
    }
    response.json(sessionResponse(staff.account, staff.session));
  };

  const setup: RequestHandler = async (request, response) => {
    const body = setupRequestSchema.safeParse(request.body);
    if (!body.success) {
      sendStaffError(
        response,
        400,
        'invalid-request',
        'expected a JSON body {token, name, password, pseudonym?}',
      );
      return;
    }
    const { token, password } = body.data;
    const refuse = (): void =>
      sendStaffError(response, 403, 'setup-invalid', new SetupRefused().message);
    try {
      checkSetupToken(accounts.repository.read(), token, now());
    } catch (error) {
      if (!(error instanceof SetupRefused)) throw error;
      refuse();
      return;
    }
    const name = accountNameSchema.safeParse(body.data.name);
    if (!name.success) {
      sendStaffError(response, 400, 'name-invalid', `name ${name.error.issues[0]?.message}`);
      return;
    }
    const pseudonym =
      body.data.pseudonym === undefined || body.data.pseudonym.trim() === ''
        ? undefined
        : pseudonymSchema.safeParse(body.data.pseudonym);
    if (pseudonym && !pseudonym.success) {
      sendStaffError(
        response,
        400,
        'pseudonym-invalid',
        `pseudonym ${pseudonym.error.issues[0]?.message}`,
      );
      return;
    }
    const problem = checkPasswordPolicy(password, name.data);
    if (problem) {
      sendStaffError(response, 400, problem.code, problem.message);
      return;
    }
    if (isBusy(response)) return;
    const passwordHash = await hasher.hash(password);
    let account: StaffAccount;
    try {
      account = await accounts.add(
        {
          name: name.data,
          role: 'admin',
          passwordHash,
          ...(pseudonym?.success ? { pseudonym: pseudonym.data } : {}),
        },
        (directory) => checkSetupToken(directory, token, now()),
      );
    } catch (error) {
      if (error instanceof SetupRefused) {
        refuse();
        return;
      }
      if (error instanceof AccountError && error.code === 'name-taken') {
        sendStaffError(response, 400, 'name-taken', error.message);
        return;
      }
      throw error;
    }
    logger.warn('first admin account created with the setup link', { account: account.name });
    const session = startSession(request, response, account);
    response.status(201).json(sessionResponse(account, session));
  };

  const methodNotAllowed =
    (allow: string): RequestHandler =>
    (_request, response) => {
      response.set('Allow', allow);
      sendStaffError(response, 405, 'method-not-allowed', 'method not allowed');
    };

  router.route('/login').post(json, login).all(methodNotAllowed('POST'));
  router.route('/logout').post(logout).all(methodNotAllowed('POST'));
  router.route('/me').get(me).all(methodNotAllowed('GET, HEAD'));
  router.route('/setup').post(json, setup).all(methodNotAllowed('POST'));
  router.use((_request, response) => sendStaffError(response, 404, 'not-found', 'not found'));

  const bodyErrors: ErrorRequestHandler = (error: unknown, _request, response, next) => {
    const type = (error as { type?: unknown } | null)?.type;
    if (type === 'entity.parse.failed') {
      sendStaffError(response, 400, 'invalid-request', 'malformed JSON body');
    } else if (type === 'entity.too.large') {
      sendStaffError(response, 413, 'invalid-request', 'request body too large');
    } else {
      next(error);
    }
  };
  router.use(bodyErrors);
  return router;
}
