import { describe, expect, it } from 'vitest';
import { KeyedBuckets, TokenBucket } from './tokenBucket.ts';

describe('token buckets', () => {
  it('allows a burst, then the sustained rate, and says when to retry', () => {
    let now = 0;
    const bucket = new TokenBucket({ capacity: 3, refillPerSecond: 1 }, () => now);
    expect([bucket.take(), bucket.take(), bucket.take()].every((result) => result.ok)).toBe(true);
    expect(bucket.take()).toEqual({ ok: false, retryAfterMs: 1000 });
    now += 500;
    expect(bucket.take()).toEqual({ ok: false, retryAfterMs: 500 });
    now += 500;
    expect(bucket.take()).toEqual({ ok: true });
    now += 60_000;
    expect(bucket.isFull()).toBe(true);
  });

  it('keeps one bucket per key and forgets keys whose bucket has refilled', () => {
    let now = 0;
    const buckets = new KeyedBuckets({ capacity: 1, refillPerSecond: 1 }, () => now, 2);
    expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('a').ok).toBe(false);
    expect(buckets.take('b').ok).toBe(true);
    now += 5000;
    expect(buckets.take('c').ok).toBe(true);
    expect(buckets.size).toBe(1);
  });
});
