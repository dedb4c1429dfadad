/**
 * The command-line options both chat benchmarks share: how many conversations, counsellors and
 * how often each player sends. Bad values end the run with exit code 2 and the usage line.
 */
import { DEFAULT_CHAT_LIMITS } from '../chatService.ts';
import { PACING_MARGIN } from './pacer.ts';

export const CONVERSATIONS_PER_COUNSELLOR = 50;
/** One player's average message rate stays inside the per-connection and per-guest limits. */
export const PLAYER_MESSAGES_PER_SECOND = Math.min(
  DEFAULT_CHAT_LIMITS.messages.refillPerSecond,
  DEFAULT_CHAT_LIMITS.guestMessages.refillPerSecond,
);
export const MIN_INTERVAL_S = Math.ceil(100 / (PLAYER_MESSAGES_PER_SECOND * PACING_MARGIN)) / 100;

export interface LoadShape {
  conversations: number;
  counsellors: number;
  intervalS: number;
}

export function usageError(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** --conversations (1..maxConversations), --counsellors (default: one per 50), --interval. */
export function readLoadShape(
  values: { conversations: string; counsellors?: string | undefined; interval: string },
  maxConversations: number,
  usage: string,
): LoadShape {
  const conversations = Number(values.conversations);
  if (!(
    Number.isInteger(conversations) &&
    conversations >= 1 &&
    conversations <= maxConversations
  )) {
    usageError(
      `--conversations must be a whole number from 1 to ${maxConversations}, not "${values.conversations}"\n${usage}`,
    );
  }
  const counsellors =
    values.counsellors === undefined
      ? Math.ceil(conversations / CONVERSATIONS_PER_COUNSELLOR)
      : Number(values.counsellors);
  if (!(Number.isInteger(counsellors) && counsellors >= 1 && counsellors <= conversations)) {
    usageError(
      `--counsellors must be a whole number from 1 to --conversations, not "${values.counsellors}"\n${usage}`,
    );
  }
  const intervalS = Number(values.interval);
  if (!(Number.isFinite(intervalS) && intervalS >= MIN_INTERVAL_S && intervalS <= 120)) {
    usageError(
      `--interval must be from ${MIN_INTERVAL_S} to 120 seconds (one player may send ${PLAYER_MESSAGES_PER_SECOND}/s), not "${values.interval}"\n${usage}`,
    );
  }
  return { conversations, counsellors, intervalS };
}
