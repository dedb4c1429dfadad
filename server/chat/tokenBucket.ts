/**
 * Token buckets for the chat's rate limits (and the staff sign-ins': staffRouter.ts):
 * `capacity` frames at once, then `refillPerSecond`. Keyed by connection or by guest token,
 * never by anything derived from an address.
 */

export interface BucketPolicy {
  capacity: number;
  refillPerSecond: number;
}

export type TakeResult = { ok: true } | { ok: false; retryAfterMs: number };

export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly policy: BucketPolicy,
    private readonly nowMs: () => number,
  ) {
    this.tokens = policy.capacity;
    this.updatedAt = nowMs();
  }

  take(cost = 1): TakeResult {
    this.refill();
    if (this.tokens >= cost) {
      this.tokens -= cost;
      return { ok: true };
    }
    const missing = cost - this.tokens;
    return { ok: false, retryAfterMs: Math.ceil((missing / this.policy.refillPerSecond) * 1000) };
  }

  /** Full again: nothing is remembered about its key that a fresh bucket would not know. */
  isFull(): boolean {
    this.refill();
    return this.tokens >= this.policy.capacity;
  }

  private refill(): void {
    const now = this.nowMs();
    const elapsedSeconds = Math.max(0, now - this.updatedAt) / 1000;
    this.tokens = Math.min(
      this.policy.capacity,
      this.tokens + elapsedSeconds * this.policy.refillPerSecond,
    );
    this.updatedAt = now;
  }
}

/** Buckets by key, forgetting keys whose bucket has refilled (so the map does not grow forever). */
export class KeyedBuckets {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly policy: BucketPolicy,
    private readonly nowMs: () => number,
    private readonly maxKeys = 100_000,
  ) {}

  take(key: string, cost = 1): TakeResult {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.maxKeys) this.prune();
      bucket = new TokenBucket(this.policy, this.nowMs);
      this.buckets.set(key, bucket);
    }
    return bucket.take(cost);
  }

  prune(): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.isFull()) this.buckets.delete(key);
    }
  }

  get size(): number {
    return this.buckets.size;
  }
}
