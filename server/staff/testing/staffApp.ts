/**
 * The real app (server/app.ts) with the staff API, on a free port of 127.0.0.1, for tests that
 * talk to it with fetch as the workspace does. A test clock drives sessions, throttling and
 * setup expiry alike.
 */
import { rmSync } from 'node:fs';
import { permissiveEthicsConfig } from '../../../core/testing/ethicsFixtures.node.ts';
import { writeTree } from '../../../core/testing/inkFixtures.node.ts';
import { createApp } from '../../app.ts';
import { createLogger } from '../../logger.ts';
import { startServer, type RunningServer } from '../../startServer.ts';
import { liveStorySource } from '../../storySource.ts';
import { createMemoryAccountsFile, type AccountsFile } from '../../store/accountsFile.ts';
import type { ThrottlePolicy } from '../loginThrottle.ts';
import { PasswordHasher } from '../passwordHash.ts';
import { SessionStore, type SessionStoreOptions } from '../sessions.ts';
import { openAccountRepository, StaffAccounts } from '../staffAccounts.ts';
import { createStaffRouter } from '../staffRouter.ts';

/** Cheap scrypt parameters, so that tests of throttling do not spend seconds hashing. */
export const FAST_HASHING = { N: 2 ** 10, r: 8, p: 1 } as const;

export class TestClock {
  constructor(private time = Date.parse('2025-03-01T09:00:00.000Z')) {}
  readonly now = (): Date => new Date(this.time);
  advance(ms: number): void {
    this.time += ms;
  }
}

export interface StaffAppOptions {
  accountsFile?: AccountsFile;
  secureCookies?: boolean;
  allowedOrigins?: string[];
  hasher?: PasswordHasher;
  throttle?: ThrottlePolicy;
  loginRate?: { capacity: number; refillPerSecond: number };
  sessions?: Omit<SessionStoreOptions, 'now'>;
  clock?: TestClock;
}

export interface StaffApp {
  url: string;
  clock: TestClock;
  accounts: StaffAccounts;
  sessions: SessionStore;
  hasher: PasswordHasher;
  logLines: string[];
  /** A POST as the workspace sends it: same Origin, JSON body, the given cookie. */
  post(path: string, body?: unknown, init?: RequestOptions): Promise<Response>;
  get(path: string, init?: RequestOptions): Promise<Response>;
  close(): Promise<void>;
}

export interface RequestOptions {
  /** The Cookie header; */
  cookie?: string;
  /** The Origin header: default the app's own; null sends none. */
  origin?: string | null;
}

export async function startStaffApp(options: StaffAppOptions = {}): Promise<StaffApp> {
  const clock = options.clock ?? new TestClock();
  const accountsFile = options.accountsFile ?? createMemoryAccountsFile();
  const accounts = new StaffAccounts(openAccountRepository(accountsFile), clock.now);
  const sessions = new SessionStore({ ...options.sessions, now: clock.now });
  const hasher = options.hasher ?? new PasswordHasher(FAST_HASHING);
  const logLines: string[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => logLines.push(line) });
  const storiesDir = writeTree({}, 'offramp-staff-stories-');
  const app = createApp({
    mode: 'production',
    stories: liveStorySource(storiesDir),
    ethics: { config: permissiveEthicsConfig(), showUnreviewed: true },
    frontend: { handler: (_request, _response, next) => next() },
    logger,
    staff: createStaffRouter({
      accounts,
      sessions,
      logger,
      now: clock.now,
      secureCookies: options.secureCookies ?? true,
      hasher,
      ...(options.allowedOrigins ? { allowedOrigins: options.allowedOrigins } : {}),
      ...(options.throttle ? { throttle: options.throttle } : {}),
      // Generous by default: only the test of the bucket itself should meet it.
      loginRate: options.loginRate ?? { capacity: 1000, refillPerSecond: 1000 },
    }),
  });
  const server: RunningServer = await startServer(app, { port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${server.port}`;

  const headersFor = (init: RequestOptions = {}, json = false): Record<string, string> => {
    const headers: Record<string, string> = {};
    if (json) headers['content-type'] = 'application/json';
    if (init.cookie) headers.cookie = init.cookie;
    const origin = init.origin === undefined ? url : init.origin;
    if (origin !== null) headers.origin = origin;
    return headers;
  };

  return {
    url,
    clock,
    accounts,
    sessions,
    hasher,
    logLines,
    post: (path, body, init) =>
      fetch(`${url}${path}`, {
        method: 'POST',
        headers: headersFor(init, body !== undefined),
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    get: (path, init) => fetch(`${url}${path}`, { headers: headersFor({ ...init, origin: null }) }),
    close: async () => {
      await server.close();
      rmSync(storiesDir, { recursive: true, force: true });
    },
  };
}

/** `name=value` of the session cookie a response sets (for the next request's Cookie header). */
export function sessionCookieOf(response: Response): string | undefined {
  const setCookie = response.headers
    .getSetCookie()
    .find((line) => /^(?:__Host-)?offramp-session=/.test(line));
  return setCookie?.split(';')[0];
}
