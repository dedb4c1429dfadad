/**
 * A conversation's messages as a client keeps them: in seq order, each seq once, so a
 * reconnect, a retried send or a repeated history never shows a message twice.
 */
import type { ChatMessageView } from '../protocol/chatProtocol.ts';

/** The highest seq up to which every message is here: a sync asks for what comes after. */
export function lastContiguousSeq(messages: readonly ChatMessageView[]): number {
  let seq = 0;
  for (const message of messages) {
    if (message.seq === seq + 1) seq = message.seq;
    else if (message.seq > seq + 1) break;
  }
  return seq;
}

/** `held` with the `incoming` messages it did not have yet; `fresh` are those, each once. */
export function mergeMessages(
  held: readonly ChatMessageView[],
  incoming: readonly ChatMessageView[],
): { messages: ChatMessageView[]; fresh: ChatMessageView[] } {
  const known = new Set(held.map((message) => message.seq));
  const fresh = incoming.filter((message) => {
    if (known.has(message.seq)) return false;
    known.add(message.seq);
    return true;
  });
  const messages = [...held, ...fresh].sort((a, b) => a.seq - b.seq);
  return { messages, fresh };
}
