/**
 * What the chat needs from storage, independent of where it is kept. The lowdb implementation
 * (one encrypted file per conversation) is the product; the in-memory one is for fast tests of
 * code built on top. Both pass the same contract tests (chatStoreContract.ts), so a future
 * PostgreSQL implementation has a specification to meet.
 *
 * Guarantees every implementation gives:
 * - A promise that changes data resolves only once the change is durable (for lowdb: fsynced
 *   and renamed into place, folder fsynced). Acknowledge nothing to a client before that.
 * - Messages get seq 1, 2, 3, ... per conversation, with no gaps, in the order appendMessage
 *   was called. A repeated clientMessageId returns the first message (`duplicate: true`).
 * - Readers (messagesAfter, lastSeq) see only messages that are already durable, so nobody is
 *   shown a message that a crash could still take back.
 * - claim is a compare-and-set: of any number of concurrent claims exactly one wins.
 * - Records handed out are snapshots; changing them changes nothing stored.
 * - Nothing identifying is stored: no IP address, no user agent, no guest token.
 */
import type {
  ChatEntry,
  ChatFormat,
  ChatPreferences,
  ConversationStatus,
  CounsellorKind,
  EndedBy,
  Participant,
  StoryPosition,
} from '../../core/protocol/chatProtocol.ts';
import type { ChatErrorCode } from '../../core/protocol/chatProtocol.ts';

/** Who a counsellor is, as stored with their claim and their messages. */
export interface CounsellorRef {
  /** The staff account id (never shown to players). */
  accountId: string;
  pseudonym: string;
  kind: CounsellorKind;
}

export interface StoredMessage {
  readonly seq: number;
  readonly clientMessageId: string;
  readonly from: Participant;
  /** Only on counsellor messages. */
  readonly counsellor?: Readonly<CounsellorRef>;
  readonly text: string;
  /** ISO 8601, UTC. */
  readonly sentAt: string;
}

export interface ConversationRecord {
  readonly id: string;
  readonly status: ConversationStatus;
  readonly createdAt: string;
  /** The last message, claim or end: retention counts from here. */
  readonly lastActivityAt: string;
  readonly consentVersion: string;
  readonly preferences: Readonly<ChatPreferences>;
  readonly format: ChatFormat;
  readonly entry: Readonly<ChatEntry>;
  readonly sharedStoryPosition?: Readonly<StoryPosition>;
  /** Keyed hash of the normalised resume phrase (DataKeys.hashResumePhrase). */
  readonly resumePhraseHash: string;
  readonly counsellor?: Readonly<CounsellorRef>;
  readonly claimedAt?: string;
  readonly endedAt?: string;
  readonly endedBy?: EndedBy;
  /** The highest durable seq (0: no messages yet). */
  readonly lastSeq: number;
}

export interface NewConversation {
  consentVersion: string;
  preferences: ChatPreferences;
  format: ChatFormat;
  entry: ChatEntry;
  /** Only when the player opted in to sharing it. */
  sharedStoryPosition?: StoryPosition;
  resumePhraseHash: string;
}

export type NewMessage = {
  conversationId: string;
  clientMessageId: string;
  text: string;
} & ({ from: 'player' } | { from: 'counsellor'; counsellor: CounsellorRef });

export interface AppendResult {
  message: StoredMessage;
  /** true: this clientMessageId was stored before; `message` is the first one. */
  duplicate: boolean;
}

export type ClaimFailureReason = 'already-claimed' | 'ended' | 'not-found';

export type ClaimResult =
  | {
      ok: true;
      conversation: ConversationRecord;
      /** true: this call took it from waiting; false: the counsellor had claimed it already. */
      newlyClaimed: boolean;
    }
  | { ok: false; reason: ClaimFailureReason };

export interface IntegrityProblem {
  /** The file as it was opened (absolute, or as given in dataDir). */
  file: string;
  conversationId?: string;
  message: string;
}

export interface ChatStore {
  /** Throws ResumePhraseInUseError if another conversation has the same phrase hash. */
  createConversation(input: NewConversation): Promise<ConversationRecord>;
  /** Idempotent by clientMessageId; resolves once the message is durable. */
  appendMessage(input: NewMessage): Promise<AppendResult>;
  /** Durable messages with seq > afterSeq, in order, at most `limit`. Throws if not found. */
  messagesAfter(conversationId: string, afterSeq: number, limit?: number): Promise<StoredMessage[]>;
  getConversation(conversationId: string): Promise<ConversationRecord | undefined>;
  /** Unclaimed, not ended; oldest first. */
  listWaiting(): Promise<ConversationRecord[]>;
  /** Active conversations this counsellor claimed; oldest first. */
  listClaimedBy(accountId: string): Promise<ConversationRecord[]>;
  /** Atomic: exactly one of several concurrent claims wins. Claiming one's own again succeeds. */
  claim(conversationId: string, counsellor: CounsellorRef): Promise<ClaimResult>;
  /** Idempotent: ending an ended conversation returns it unchanged. Throws if not found. */
  endConversation(conversationId: string, endedBy: EndedBy): Promise<ConversationRecord>;
  /** Removes the conversation and its file at once. false if there was none. */
  deleteConversation(conversationId: string): Promise<boolean>;
  findByResumePhraseHash(hash: string): Promise<ConversationRecord | undefined>;
  /** Deletes every conversation whose last activity is older than retentionDays; returns how many. */
  sweepExpired(now: Date, retentionDays: number): Promise<number>;
  /** Files that could not be read at open: left untouched on disk, never overwritten. */
  integrityProblems(): readonly IntegrityProblem[];
  /** Waits for pending writes; afterwards every call rejects. */
  close(): Promise<void>;
}

/** Base of the store's own errors; `code` maps onto the protocol's error codes. */
export class ChatStoreError extends Error {
  constructor(
    message: string,
    readonly code: ChatErrorCode,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ConversationNotFoundError extends ChatStoreError {
  constructor(readonly conversationId: string) {
    super(`conversation ${conversationId} does not exist`, 'not-found');
  }
}

export class ConversationEndedError extends ChatStoreError {
  constructor(readonly conversationId: string) {
    super(`conversation ${conversationId} has ended`, 'conversation-ended');
  }
}

/** Another conversation has this resume phrase (about 1 in 2^55 per pair): generate a new phrase. */
export class ResumePhraseInUseError extends ChatStoreError {
  constructor() {
    super('this resume phrase is in use: generate another', 'internal');
  }
}

/** The durable write failed; nothing was acknowledged. A retry with the same ids is safe. */
export class StorageWriteError extends ChatStoreError {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`could not write ${file}: ${describeCause(cause)}`, 'storage-failed');
    this.cause = cause;
  }
}

export class StoreClosedError extends ChatStoreError {
  constructor() {
    super('the chat store is closed', 'internal');
  }
}

export type IntegrityReason = 'wrong-key' | 'tampered' | 'not-encrypted' | 'invalid-content';

/**
 * A data file that cannot be trusted: written with another key, altered, or not ours. The
 * message names the file; the file itself is left as it is.
 */
export class StoreIntegrityError extends ChatStoreError {
  constructor(
    readonly file: string,
    readonly reason: IntegrityReason,
    detail: string,
  ) {
    super(`${file}: ${detail}`, 'internal');
  }
}

export function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause as NodeJS.ErrnoException).code;
    return code ? `${code} (${cause.message})` : cause.message;
  }
  return String(cause);
}
