/**
 * Deletes conversations whose last activity is older than the retention period
 * (ethics.config.json `data.chatRetentionDays`). Runs once at start, then every interval;
 * a sweep still running when the next is due is not doubled.
 */
import type { ChatStore } from './chatStore.ts';

export interface RetentionSweeperOptions {
  intervalMs: number;
  retentionDays: number;
  now?: () => Date;
  /** After each sweep that removed something. */
  onSwept?: (removed: number) => void;
  /** A sweep failed; the next one runs as planned. */
  onError?: (error: unknown) => void;
}

/** Returns `stop`, which cancels future sweeps and waits for one in progress. */
export function startRetentionSweeper(
  store: ChatStore,
  options: RetentionSweeperOptions,
): () => Promise<void> {
  if (!(options.intervalMs > 0)) throw new RangeError('intervalMs must be positive');
  if (!(options.retentionDays > 0)) throw new RangeError('retentionDays must be positive');
  const now = options.now ?? (() => new Date());
  let running: Promise<void> | undefined;
  let stopped = false;

  const sweep = (): void => {
    if (running || stopped) return;
    running = store
      .sweepExpired(now(), options.retentionDays)
      .then(
        (removed) => {
          if (removed > 0) options.onSwept?.(removed);
        },
        (error: unknown) => options.onError?.(error),
      )
      .finally(() => {
        running = undefined;
      });
  };

  const timer = setInterval(sweep, options.intervalMs);
  timer.unref();
  sweep();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
