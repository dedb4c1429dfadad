/**
 * Client-side pacing that stays inside one of the server's rate limits (DEFAULT_CHAT_LIMITS):
 * the same token bucket with a safety margin, so the benchmark measures the chat, not its
 * refusals.
 */
import { TokenBucket, type BucketPolicy } from '../tokenBucket.ts';

/** Share of the server's capacity and refill rate the benchmark allows itself. */
export const PACING_MARGIN = 0.8;

export class Pacer {
  private readonly bucket: TokenBucket;

  constructor(
    policies: readonly BucketPolicy[],
    margin = PACING_MARGIN,
    nowMs: () => number = () => performance.now(),
  ) {
    // The strictest of the limits that apply (e.g. per connection and per guest token).
    const capacity = Math.min(...policies.map((policy) => policy.capacity));
    const refillPerSecond = Math.min(...policies.map((policy) => policy.refillPerSecond));
    this.bucket = new TokenBucket(
      {
        capacity: Math.max(1, Math.floor(capacity * margin)),
        refillPerSecond: refillPerSecond * margin,
      },
      nowMs,
    );
  }

  /** A token now, or false (nothing is taken). */
  tryTake(): boolean {
    return this.bucket.take().ok;
  }

  /** Waits until a token is free (at most `maxWaitMs`, then throws). */
  async take(maxWaitMs: number): Promise<void> {
    const deadline = performance.now() + maxWaitMs;
    for (;;) {
      const result = this.bucket.take();
      if (result.ok) return;
      if (performance.now() + result.retryAfterMs > deadline) {
        throw new Error(`the pacing would wait longer than ${maxWaitMs} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, result.retryAfterMs));
    }
  }
}
