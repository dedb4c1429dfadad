/**
 * After the load: reopen the data folder with the real store (as a restarted server would) and
 * check that every acknowledged message is there exactly once, under the seq its ack named,
 * and that each conversation's seqs run 1, 2, 3, ... without gaps.
 */
import { openDataStore } from '../../store/openDataStore.ts';

export interface AcknowledgedMessage {
  conversationId: string;
  clientMessageId: string;
  seq: number;
}

export interface DurabilityReport {
  conversations: number;
  acknowledged: number;
  /** Acknowledged and on disk exactly once under the acknowledged seq. */
  found: number;
  missing: number;
  /** clientMessageIds stored more than once. */
  duplicated: number;
  /** Stored once, but under another seq than the ack said. */
  wrongSeq: number;
  /** Conversations whose seqs are not 1..n. */
  seqGaps: number;
  /** Sent, never acknowledged (timed out or refused), yet stored: allowed, just counted. */
  storedNotAcknowledged: number;
  /** Files the store could not read (integrityProblems). */
  unreadableFiles: number;
  ok: boolean;
  /** A few concrete problems, for the report. */
  examples: string[];
}

const MAX_EXAMPLES = 5;

export async function verifyDurability(
  dataDir: string,
  conversationIds: readonly string[],
  acknowledged: readonly AcknowledgedMessage[],
): Promise<DurabilityReport> {
  const expectedByConversation = new Map<string, Map<string, number>>();
  for (const id of conversationIds) expectedByConversation.set(id, new Map());
  for (const ack of acknowledged) {
    expectedByConversation.get(ack.conversationId)?.set(ack.clientMessageId, ack.seq);
  }
  const report: DurabilityReport = {
    conversations: conversationIds.length,
    acknowledged: acknowledged.length,
    found: 0,
    missing: 0,
    duplicated: 0,
    wrongSeq: 0,
    seqGaps: 0,
    storedNotAcknowledged: 0,
    unreadableFiles: 0,
    ok: false,
    examples: [],
  };
  const problem = (text: string) => {
    if (report.examples.length < MAX_EXAMPLES) report.examples.push(text);
  };
  const data = await openDataStore({ dataDir, env: {} });
  try {
    report.unreadableFiles = data.chat.integrityProblems().length;
    for (const [conversationId, expected] of expectedByConversation) {
      const record = await data.chat.getConversation(conversationId);
      if (!record) {
        report.missing += expected.size;
        if (expected.size > 0) problem(`${conversationId}: the conversation is gone`);
        continue;
      }
      const stored = await data.chat.messagesAfter(conversationId, 0, Number.MAX_SAFE_INTEGER);
      const seqsByClientId = new Map<string, number[]>();
      for (const message of stored) {
        const seqs = seqsByClientId.get(message.clientMessageId) ?? [];
        seqs.push(message.seq);
        seqsByClientId.set(message.clientMessageId, seqs);
      }
      if (stored.some((message, index) => message.seq !== index + 1)) {
        report.seqGaps += 1;
        problem(`${conversationId}: seqs are not 1..${stored.length}`);
      }
      for (const [clientMessageId, seqs] of seqsByClientId) {
        if (seqs.length > 1) {
          report.duplicated += 1;
          problem(`${conversationId}: ${clientMessageId} stored ${seqs.length} times`);
        }
        if (!expected.has(clientMessageId)) report.storedNotAcknowledged += 1;
      }
      for (const [clientMessageId, seq] of expected) {
        const seqs = seqsByClientId.get(clientMessageId);
        if (!seqs) {
          report.missing += 1;
          problem(`${conversationId}: acknowledged seq ${seq} (${clientMessageId}) is missing`);
        } else if (seqs.length === 1 && seqs[0] === seq) {
          report.found += 1;
        } else if (seqs.length === 1) {
          report.wrongSeq += 1;
          problem(
            `${conversationId}: ${clientMessageId} acknowledged as ${seq}, stored as ${seqs[0]}`,
          );
        }
      }
    }
  } finally {
    await data.close();
  }
  report.ok =
    report.found === report.acknowledged &&
    report.missing === 0 &&
    report.duplicated === 0 &&
    report.wrongSeq === 0 &&
    report.seqGaps === 0 &&
    report.unreadableFiles === 0;
  return report;
}
