/**
 * Stored records → what the protocol lets each side see. The one place that decides which
 * fields leave the server: a player never gets a counsellor's account id; a counsellor never
 * gets anything about the player beyond their stated preferences (and their place in the
 * story, only when they opted in).
 */
import type {
  ChatMessageView,
  CounsellorCaseView,
  CounsellorPublic,
  PlayerConversationView,
} from '../../core/protocol/chatProtocol.ts';
import type { ConversationRecord, CounsellorRef, StoredMessage } from './chatStore.ts';

export function toCounsellorPublic(counsellor: CounsellorRef): CounsellorPublic {
  return { pseudonym: counsellor.pseudonym, kind: counsellor.kind };
}

export function toMessageView(message: StoredMessage): ChatMessageView {
  const { seq, text, sentAt } = message;
  if (message.from === 'counsellor' && message.counsellor) {
    return {
      seq,
      from: 'counsellor',
      counsellor: toCounsellorPublic(message.counsellor),
      text,
      sentAt,
    };
  }
  return { seq, from: 'player', text, sentAt };
}

export function toPlayerConversationView(record: ConversationRecord): PlayerConversationView {
  return {
    conversationId: record.id,
    status: record.status,
    format: record.format,
    createdAt: record.createdAt,
    lastSeq: record.lastSeq,
    ...(record.counsellor ? { counsellor: toCounsellorPublic(record.counsellor) } : {}),
  };
}

export function toCounsellorCaseView(record: ConversationRecord): CounsellorCaseView {
  return {
    conversationId: record.id,
    status: record.status,
    format: record.format,
    createdAt: record.createdAt,
    lastActivityAt: record.lastActivityAt,
    lastSeq: record.lastSeq,
    preferences: { ...record.preferences, wishes: [...record.preferences.wishes] },
    entry: { ...record.entry },
    ...(record.sharedStoryPosition
      ? { sharedStoryPosition: { ...record.sharedStoryPosition } }
      : {}),
    ...(record.counsellor ? { counsellor: toCounsellorPublic(record.counsellor) } : {}),
  };
}
