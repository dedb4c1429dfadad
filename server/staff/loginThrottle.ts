/**
 * Limits on guessing passwords, never by IP address (DESIGN.md: no IP anywhere):
 *
 * - per account name: after a few failures each further attempt must wait longer (exponential
 *   backoff), and after `lockoutAfter` failures the name is locked for `lockoutMs`. Names that
 *   do not exist are counted exactly like names that do, so neither the answers nor their
 *   timing tell an attacker which names are real;
 * - for everyone together: a token bucket on the sign-ins that reach scrypt, which slows
 *   password spraying across many names and caps the CPU that sign-ins may take.
 */

export interface ThrottlePolicy {
  /** Failures that cost nothing extra. */
  freeFailures: number;
  /** The wait after the first failure beyond the free ones; doubles with each further one. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures after which the name is locked. */
  lockoutAfter: number;
  /** How long a lock lasts; failures older than this are forgotten. */
  lockoutMs: number;
}

export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  freeFailures: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  lockoutAfter: 10,
  lockoutMs: 15 * 60 * 1000,
};

export interface FailureRecord {
  failures: number;
  lastFailureAt: number;
}

/** The record as it counts at `now`: failures older than the lockout period are forgotten. */
export function currentFailures(
  record: FailureRecord | undefined,
  now: number,
  policy: ThrottlePolicy,
): FailureRecord | undefined {
  if (!record || record.failures === 0) return undefined;
  return now - record.lastFailureAt >= policy.lockoutMs ? undefined : record;
}

/** 0 if a sign-in for this name may be tried now, else how many ms until it may. */
export function waitBeforeAttempt(
  record: FailureRecord | undefined,
  now: number,
  policy: ThrottlePolicy,
): number {
  const live = currentFailures(record, now, policy);
  if (!live || live.failures < policy.freeFailures) return 0;
  const delay =
    live.failures >= policy.lockoutAfter
      ? policy.lockoutMs
      : Math.min(
          policy.baseDelayMs * 2 ** (live.failures - policy.freeFailures),
          policy.maxDelayMs,
        );
  return Math.max(0, live.lastFailureAt + delay - now);
}

export function withFailure(
  record: FailureRecord | undefined,
  now: number,
  policy: ThrottlePolicy,
): FailureRecord {
  const live = currentFailures(record, now, policy);
  return { failures: (live?.failures ?? 0) + 1, lastFailureAt: now };
}

/**
 * Failure records by name, in memory and bounded: when full, the oldest record goes. They
 * are the only record for names without an account; real accounts also store theirs, so an
 * evicted or restarted record is read back from the account.
 */
export class FailureRecords {
  private readonly records = new Map<string, FailureRecord>();

  constructor(private readonly maxNames = 10_000) {}

  get(key: string): FailureRecord | undefined {
    return this.records.get(key);
  }

  set(key: string, record: FailureRecord): void {
    this.records.delete(key);
    if (this.records.size >= this.maxNames) {
      const oldest = this.records.keys().next().value;
      if (oldest !== undefined) this.records.delete(oldest);
    }
    this.records.set(key, record);
  }
}

/** Sign-ins that reach scrypt, for all names together: a burst of `capacity`, then a steady rate. */
export const DEFAULT_LOGIN_BUCKET = { capacity: 10, refillPerSecond: 2 };
