/**
 * The ChatStore logic shared by the lowdb and the in-memory store: each conversation is one
 * lowdb document (`Low<ConversationDocument>`); only where the document is kept differs
 * (ConversationStorage). Keeping one implementation of sequencing, idempotency and claims
 * means the fast in-memory store used in tests behaves exactly like the product.
 *
 * Every change is made to the in-memory document synchronously — so a claim is a true
 * compare-and-set within the process — and then awaits a write that started after it.
 */
import type { Low } from 'lowdb';
import { MAX_HISTORY_MESSAGES, type EndedBy } from '../../core/protocol/chatProtocol.ts';
import {
  ConversationEndedError,
  ConversationNotFoundError,
  StoreClosedError,
  ResumePhraseInUseError,
  StoreIntegrityError,
  type AppendResult,
  type ChatStore,
  type ClaimResult,
  type ConversationRecord,
  type CounsellorRef,
  type IntegrityProblem,
  type NewConversation,
  type NewMessage,
  type StoredMessage,
} from './chatStore.ts';
import {
  CONVERSATION_DOCUMENT_FORMAT,
  conversationMetaSchema,
  storedMessageSchema,
  type ConversationDocument,
  type ConversationMeta,
} from './conversationDocument.ts';
import { newConversationId } from './conversationId.ts';

export interface ConversationHandle {
  readonly db: Low<ConversationDocument>;
  /** Resolves when no write of this document is in progress. */
  settled(): Promise<void>;
  /** Waits for writes in progress, then removes the stored copy for good. */
  remove(): Promise<boolean>;
}

export interface DamagedConversation {
  problem: IntegrityProblem & { error: StoreIntegrityError };
  /** Removes the damaged file (the player's "delete now" still works). */
  remove(): Promise<boolean>;
}

export interface LoadedConversations {
  handles: ConversationHandle[];
  damaged: Map<string, DamagedConversation>;
  /** Files that are not conversations: reported, left alone. */
  otherProblems: IntegrityProblem[];
}

export interface ConversationStorage {
  loadAll(): Promise<LoadedConversations>;
  /** A handle for a new document; nothing is written until `db.write()`. */
  create(document: ConversationDocument): ConversationHandle;
}

export interface DocumentChatStoreOptions {
  now?: () => Date;
}

interface Entry {
  readonly handle: ConversationHandle;
  readonly byClientMessageId: Map<string, StoredMessage>;
  /** Bumped by every change; `durableVersion` is the highest one known to be on disk. */
  version: number;
  durableVersion: number;
  /** Messages up to here are on disk: the only ones readers see. */
  durableSeq: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const SWEEP_CONCURRENCY = 8;

export async function openDocumentChatStore(
  storage: ConversationStorage,
  options: DocumentChatStoreOptions = {},
): Promise<ChatStore> {
  const loaded = await storage.loadAll();
  return new DocumentChatStore(storage, loaded, options.now ?? (() => new Date()));
}

class DocumentChatStore implements ChatStore {
  private readonly entries = new Map<string, Entry>();
  private readonly idByPhraseHash = new Map<string, string>();
  private readonly damaged: Map<string, DamagedConversation>;
  private readonly otherProblems: IntegrityProblem[];
  private closed = false;

  constructor(
    private readonly storage: ConversationStorage,
    loaded: LoadedConversations,
    private readonly now: () => Date,
  ) {
    this.damaged = loaded.damaged;
    this.otherProblems = loaded.otherProblems;
    for (const handle of loaded.handles) {
      const document = handle.db.data;
      freezeMeta(document.conversation);
      const byClientMessageId = new Map<string, StoredMessage>();
      for (const message of document.messages) {
        freezeMessage(message);
        byClientMessageId.set(message.clientMessageId, message);
      }
      const seq = document.messages.length;
      this.entries.set(document.conversation.id, {
        handle,
        byClientMessageId,
        version: 0,
        durableVersion: 0,
        durableSeq: seq,
      });
      this.idByPhraseHash.set(document.conversation.resumePhraseHash, document.conversation.id);
    }
  }

  async createConversation(input: NewConversation): Promise<ConversationRecord> {
    this.assertOpen();
    if (this.idByPhraseHash.has(input.resumePhraseHash)) {
      throw new ResumePhraseInUseError();
    }
    let id = newConversationId();
    while (this.entries.has(id) || this.damaged.has(id)) id = newConversationId();
    const now = this.timestamp();
    const meta = conversationMetaSchema.parse({
      id,
      status: 'waiting',
      createdAt: now,
      lastActivityAt: now,
      consentVersion: input.consentVersion,
      preferences: input.preferences,
      format: input.format,
      entry: input.entry,
      ...(input.sharedStoryPosition ? { sharedStoryPosition: input.sharedStoryPosition } : {}),
      resumePhraseHash: input.resumePhraseHash,
    });
    freezeMeta(meta);
    const handle = this.storage.create({
      format: CONVERSATION_DOCUMENT_FORMAT,
      conversation: meta,
      messages: [],
    });
    const entry: Entry = {
      handle,
      byClientMessageId: new Map(),
      version: 1,
      durableVersion: 0,
      durableSeq: 0,
    };
    this.entries.set(id, entry);
    this.idByPhraseHash.set(meta.resumePhraseHash, id);
    try {
      await this.makeDurable(entry);
    } catch (error) {
      // Nobody has the id yet: forget the conversation rather than keep it half-created.
      this.entries.delete(id);
      this.idByPhraseHash.delete(meta.resumePhraseHash);
      await handle.remove().catch(() => undefined);
      throw error;
    }
    return this.record(entry);
  }

  async appendMessage(input: NewMessage): Promise<AppendResult> {
    this.assertOpen();
    const entry = this.entryOrThrow(input.conversationId);
    const existing = entry.byClientMessageId.get(input.clientMessageId);
    if (existing) {
      if (existing.seq > entry.durableSeq) await this.makeDurable(entry);
      return { message: existing, duplicate: true };
    }
    const document = entry.handle.db.data;
    if (document.conversation.status === 'ended') {
      throw new ConversationEndedError(input.conversationId);
    }
    const sentAt = this.timestamp();
    const message: StoredMessage = storedMessageSchema.parse({
      seq: document.messages.length + 1,
      clientMessageId: input.clientMessageId,
      from: input.from,
      ...(input.from === 'counsellor' ? { counsellor: input.counsellor } : {}),
      text: input.text,
      sentAt,
    });
    freezeMessage(message);
    document.messages.push(message);
    entry.byClientMessageId.set(message.clientMessageId, message);
    this.touch(entry, { lastActivityAt: sentAt });
    await this.makeDurable(entry);
    return { message, duplicate: false };
  }

  async messagesAfter(
    conversationId: string,
    afterSeq: number,
    limit = MAX_HISTORY_MESSAGES,
  ): Promise<StoredMessage[]> {
    this.assertOpen();
    const entry = this.entryOrThrow(conversationId);
    const start = Math.max(0, Math.floor(afterSeq));
    const end = Math.min(entry.durableSeq, start + Math.max(0, Math.floor(limit)));
    return entry.handle.db.data.messages.slice(start, end);
  }

  async getConversation(conversationId: string): Promise<ConversationRecord | undefined> {
    this.assertOpen();
    const damaged = this.damaged.get(conversationId);
    if (damaged) throw damaged.problem.error;
    const entry = this.entries.get(conversationId);
    return entry ? this.record(entry) : undefined;
  }

  async listWaiting(): Promise<ConversationRecord[]> {
    this.assertOpen();
    return this.list((meta) => meta.status === 'waiting');
  }

  async listClaimedBy(accountId: string): Promise<ConversationRecord[]> {
    this.assertOpen();
    return this.list(
      (meta) => meta.status === 'active' && meta.counsellor?.accountId === accountId,
    );
  }

  async claim(conversationId: string, counsellor: CounsellorRef): Promise<ClaimResult> {
    this.assertOpen();
    const entry = this.entries.get(conversationId);
    if (!entry) return { ok: false, reason: 'not-found' };
    const before = entry.handle.db.data.conversation;
    if (before.status === 'ended') return { ok: false, reason: 'ended' };
    if (before.counsellor) {
      if (before.counsellor.accountId !== counsellor.accountId) {
        return { ok: false, reason: 'already-claimed' };
      }
      if (entry.durableVersion < entry.version) await this.makeDurable(entry);
      return { ok: true, conversation: this.record(entry), newlyClaimed: false };
    }
    const now = this.timestamp();
    const claimed = this.touch(entry, {
      status: 'active',
      counsellor: { ...counsellor },
      claimedAt: now,
      lastActivityAt: now,
    });
    try {
      await this.makeDurable(entry);
    } catch (error) {
      // The claimant is told it failed, so nobody may hold the claim in memory either.
      if (entry.handle.db.data.conversation === claimed) {
        this.touch(entry, { status: 'waiting', counsellor: undefined, claimedAt: undefined });
      }
      throw error;
    }
    return { ok: true, conversation: this.record(entry), newlyClaimed: true };
  }

  async endConversation(conversationId: string, endedBy: EndedBy): Promise<ConversationRecord> {
    this.assertOpen();
    const entry = this.entryOrThrow(conversationId);
    if (entry.handle.db.data.conversation.status !== 'ended') {
      const now = this.timestamp();
      this.touch(entry, { status: 'ended', endedAt: now, endedBy, lastActivityAt: now });
    }
    if (entry.durableVersion < entry.version) await this.makeDurable(entry);
    return this.record(entry);
  }

  async deleteConversation(conversationId: string): Promise<boolean> {
    this.assertOpen();
    const damaged = this.damaged.get(conversationId);
    if (damaged) {
      this.damaged.delete(conversationId);
      return damaged.remove();
    }
    const entry = this.entries.get(conversationId);
    if (!entry) return false;
    this.entries.delete(conversationId);
    this.idByPhraseHash.delete(entry.handle.db.data.conversation.resumePhraseHash);
    await entry.handle.remove();
    return true;
  }

  async findByResumePhraseHash(hash: string): Promise<ConversationRecord | undefined> {
    this.assertOpen();
    const id = this.idByPhraseHash.get(hash);
    const entry = id === undefined ? undefined : this.entries.get(id);
    return entry ? this.record(entry) : undefined;
  }

  async sweepExpired(now: Date, retentionDays: number): Promise<number> {
    this.assertOpen();
    if (!(retentionDays > 0)) throw new RangeError('retentionDays must be positive');
    const cutoff = now.getTime() - retentionDays * DAY_MS;
    const expired = [...this.entries.entries()]
      .filter(([, entry]) => Date.parse(entry.handle.db.data.conversation.lastActivityAt) < cutoff)
      .map(([id]) => id);
    let removed = 0;
    let next = 0;
    // A few at a time: their folder fsyncs coalesce, and a big sweep does not hog the disk.
    const worker = async (): Promise<void> => {
      while (next < expired.length) {
        const id = expired[next++] as string;
        if (await this.deleteConversation(id)) removed++;
      }
    };
    await Promise.all(Array.from({ length: SWEEP_CONCURRENCY }, worker));
    return removed;
  }

  integrityProblems(): readonly IntegrityProblem[] {
    return [
      ...[...this.damaged.values()].map(({ problem }) => ({
        file: problem.file,
        conversationId: problem.conversationId,
        message: problem.message,
      })),
      ...this.otherProblems,
    ];
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.entries.values()].map((entry) => entry.handle.settled()));
  }

  private list(keep: (meta: ConversationMeta) => boolean): ConversationRecord[] {
    const records: ConversationRecord[] = [];
    for (const entry of this.entries.values()) {
      if (keep(entry.handle.db.data.conversation)) records.push(this.record(entry));
    }
    return records.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** Replaces the conversation's metadata (never mutates it: records handed out stay as they were). */
  private touch(entry: Entry, change: Partial<ConversationMeta>): ConversationMeta {
    const next: ConversationMeta = { ...entry.handle.db.data.conversation, ...change };
    for (const key of Object.keys(change) as Array<keyof ConversationMeta>) {
      if (next[key] === undefined) delete next[key];
    }
    freezeMeta(next);
    entry.handle.db.data.conversation = next;
    entry.version++;
    return next;
  }

  private async makeDurable(entry: Entry): Promise<void> {
    const version = entry.version;
    const seq = entry.handle.db.data.messages.length;
    await entry.handle.db.write();
    entry.durableVersion = Math.max(entry.durableVersion, version);
    entry.durableSeq = Math.max(entry.durableSeq, seq);
  }

  private record(entry: Entry): ConversationRecord {
    return { ...entry.handle.db.data.conversation, lastSeq: entry.durableSeq };
  }

  private entryOrThrow(conversationId: string): Entry {
    const entry = this.entries.get(conversationId);
    if (entry) return entry;
    const damaged = this.damaged.get(conversationId);
    if (damaged) throw damaged.problem.error;
    throw new ConversationNotFoundError(conversationId);
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreClosedError();
  }

  private timestamp(): string {
    return this.now().toISOString();
  }
}

function freezeMeta(meta: ConversationMeta): void {
  Object.freeze(meta.preferences.wishes);
  Object.freeze(meta.preferences);
  Object.freeze(meta.entry);
  if (meta.sharedStoryPosition) Object.freeze(meta.sharedStoryPosition);
  if (meta.counsellor) Object.freeze(meta.counsellor);
  Object.freeze(meta);
}

function freezeMessage(message: StoredMessage): void {
  if (message.counsellor) Object.freeze(message.counsellor);
  Object.freeze(message);
}
