/**
 * Staff sessions, kept in memory: a restart signs everyone out, which is acceptable for a
 * workspace that re-authenticates in seconds, and means no session secret is ever on disk.
 *
 * A session's token is 256 random bits; the store keeps only its SHA-256, so a heap dump
 * does not hand out live sessions. A session ends after an idle timeout (no request for a
 * while) and, whatever happens, an absolute timeout after sign-in.
 */
import { createHash, randomBytes } from 'node:crypto';

export const DEFAULT_IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const DEFAULT_ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** A bound on memory; sessions are only made by successful sign-ins, so this is generous. */
const DEFAULT_MAX_SESSIONS = 10_000;

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface StaffSession {
  accountId: string;
  createdAt: number;
  lastSeenAt: number;
  /** createdAt + the absolute timeout. */
  expiresAt: number;
}

export interface SessionStoreOptions {
  now?: () => Date;
  idleTimeoutMs?: number;
  absoluteTimeoutMs?: number;
  maxSessions?: number;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class SessionStore {
  readonly idleTimeoutMs: number;
  readonly absoluteTimeoutMs: number;
  private readonly now: () => Date;
  private readonly maxSessions: number;
  private readonly sessions = new Map<string, StaffSession>();

  constructor(options: SessionStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
    this.absoluteTimeoutMs = options.absoluteTimeoutMs ?? DEFAULT_ABSOLUTE_TIMEOUT_MS;
    this.maxSessions = options.maxSessions ?? DEFAULT_MAX_SESSIONS;
  }

  /** A new session with a new token: never reuse one the browser brought (session fixation). */
  create(accountId: string): { token: string; session: StaffSession } {
    this.sweep();
    if (this.sessions.size >= this.maxSessions) {
      // The oldest session goes first: Map keeps insertion order.
      const oldest = this.sessions.keys().next().value;
      if (oldest !== undefined) this.sessions.delete(oldest);
    }
    const token = randomBytes(32).toString('base64url');
    const time = this.now().getTime();
    const session: StaffSession = {
      accountId,
      createdAt: time,
      lastSeenAt: time,
      expiresAt: time + this.absoluteTimeoutMs,
    };
    this.sessions.set(hashToken(token), session);
    return { token, session: { ...session } };
  }

  /**
   * The live session for `token`, its idle clock restarted unless `extend` is false (a check
   * the staff member did not cause, such as a heartbeat); undefined if there is none or it has
   * expired (an expired session is removed on the spot).
   */
  touch(token: string | undefined, extend = true): StaffSession | undefined {
    if (token === undefined || !TOKEN_PATTERN.test(token)) return undefined;
    const key = hashToken(token);
    const session = this.sessions.get(key);
    if (!session) return undefined;
    const time = this.now().getTime();
    if (!this.isLive(session, time)) {
      this.sessions.delete(key);
      return undefined;
    }
    if (extend) session.lastSeenAt = time;
    return { ...session };
  }

  end(token: string | undefined): boolean {
    if (token === undefined || !TOKEN_PATTERN.test(token)) return false;
    return this.sessions.delete(hashToken(token));
  }

  /** Ends every session of an account (disabled, password changed). Returns how many. */
  endAllFor(accountId: string): number {
    let ended = 0;
    for (const [key, session] of this.sessions) {
      if (session.accountId === accountId) {
        this.sessions.delete(key);
        ended++;
      }
    }
    return ended;
  }

  get size(): number {
    return this.sessions.size;
  }

  /** Drops expired sessions. */
  sweep(): void {
    const time = this.now().getTime();
    for (const [key, session] of this.sessions) {
      if (!this.isLive(session, time)) this.sessions.delete(key);
    }
  }

  private isLive(session: StaffSession, time: number): boolean {
    return time < session.expiresAt && time - session.lastSeenAt < this.idleTimeoutMs;
  }
}
