/**
 * The chat itself, independent of sockets: a connection hands in each text frame and gets
 * server frames back through its `send`. chatServer.ts binds it to WebSocket connections.
 *
 * Who may address what: a player connection only the conversations it opened or resumed; a
 * counsellor only those claimed by their account (checked against the store each time), and
 * the queue. What a counsellor is sent goes through server/store/views.ts, so it never holds a
 * guest token, a resume phrase or anything about the connection.
 *
 * Matching (core/chat/matching.ts): a counsellor's queue holds the waiting contacts whose
 * preferences fit their profile (kind, gender, languages); a supervisor's holds every waiting
 * contact, so none can wait unseen. The same rule tells a player, before they start, whether
 * anyone who fits is online (`availability`).
 */
import { createHash } from 'node:crypto';
import { counsellorMatches, type MatchCriteria } from '../../core/chat/matching.ts';
import type { AvailabilityResponse } from '../../core/protocol/chatAvailabilityApi.ts';
import { CHAT_AVAILABILITY_API_VERSION } from '../../core/protocol/chatAvailabilityApi.ts';
import { generateResumePhrase, isWellFormedResumePhrase } from '../../core/chat/resumePhrase.ts';
import {
  CHAT_CLOSE_CODES,
  MAX_FRAME_BYTES,
  MAX_HISTORY_MESSAGES,
  MAX_TEXT_CHARS,
  PROTOCOL_VERSION,
  isAllowedForRole,
  parseClientFrame,
  type ChatErrorCode,
  type ChatRole,
  type ClientMessageOf,
  type CounsellorProfile,
  type EndedBy,
  type ServerMessage,
  type ServerMessageOf,
} from '../../core/protocol/chatProtocol.ts';
import type { StaffRole } from '../../core/protocol/staffApi.ts';
import { silentLogger, type Logger } from '../logger.ts';
import type { StaffAccount } from '../staff/staffAccounts.ts';
import {
  ChatStoreError,
  ResumePhraseInUseError,
  type ChatStore,
  type ConversationRecord,
  type CounsellorRef,
} from '../store/chatStore.ts';
import { toCounsellorCaseView, toMessageView, toPlayerConversationView } from '../store/views.ts';
import { decideEntry, type ReviewLookup } from './entryCheck.ts';
import { KeyedBuckets, TokenBucket, type BucketPolicy, type TakeResult } from './tokenBucket.ts';

export interface ChatLimits {
  /** Any frame, per connection: a flood is refused before it is even parsed. */
  frames: BucketPolicy;
  /** send and open, per connection. */
  messages: BucketPolicy;
  /** send and open, per guest token (across the player's connections). */
  guestMessages: BucketPolicy;
  /** typing, per connection: beyond it typing frames are dropped silently. */
  typing: BucketPolicy;
  /** resume attempts, per connection and across the whole server. */
  resumePerConnection: BucketPolicy;
  resumeGlobal: BucketPolicy;
  /** Refused or invalid frames a connection may send before it is closed. */
  maxStrikes: number;
  handshakeMs: number;
  /** Ping interval; a socket that has not answered the previous ping is terminated. */
  heartbeatMs: number;
  /** Close a connection that sent no frame for this long. */
  idleMs: number;
}

export const DEFAULT_CHAT_LIMITS: ChatLimits = {
  frames: { capacity: 40, refillPerSecond: 10 },
  messages: { capacity: 10, refillPerSecond: 1 },
  guestMessages: { capacity: 20, refillPerSecond: 1 },
  typing: { capacity: 5, refillPerSecond: 1 },
  resumePerConnection: { capacity: 5, refillPerSecond: 0.1 },
  resumeGlobal: { capacity: 100, refillPerSecond: 10 },
  maxStrikes: 10,
  handshakeMs: 10_000,
  heartbeatMs: 30_000,
  idleMs: 30 * 60_000,
};

/** Staff roles that may work the chat. */
export const CHAT_STAFF_ROLES: readonly StaffRole[] = ['counsellor', 'supervisor'];

export interface ChatServiceDeps {
  store: ChatStore;
  /** ethics.config.json consent.textVersion: an `open` must carry exactly this. */
  consentVersion: string;
  reviewOf: ReviewLookup;
  /** DataKeys.hashResumePhrase. */
  hashResumePhrase: (phrase: string) => string;
  logger?: Logger;
  now?: () => Date;
  limits?: Partial<ChatLimits>;
  /** Every staff account (the availability tells whether anyone at all fits a player's wishes). */
  staffAccounts?: () => readonly StaffAccount[];
}

/** How many recent live waits the estimate looks at, and how far back. */
const WAIT_SAMPLES = 25;
const WAIT_SAMPLE_MAX_AGE_MS = 3 * 60 * 60_000;
/** Fewer recent waits than this, and the player is told there is no estimate yet. */
const MIN_WAIT_SAMPLES = 3;

/** One client connection as the service sees it. */
export interface ChatPeer {
  send(frame: ServerMessage): void;
  close(code: number, reason: string): void;
}

export class ChatConnection {
  role: ChatRole | undefined;
  /** For players: a hash of the guest token, only ever in memory. */
  guestKey: string | undefined;
  counsellor: CounsellorRef | undefined;
  /** Counsellor: what their queue is matched on; supervisors' queues hold every contact. */
  profile: CounsellorProfile | undefined;
  seesEveryContact = false;
  /** Player: the conversations this connection opened or resumed. */
  readonly conversations = new Set<string>();
  subscribedToQueue = false;
  closed = false;
  strikes = 0;
  lastFrameAt: number;
  readonly frameBucket: TokenBucket;
  readonly messageBucket: TokenBucket;
  readonly typingBucket: TokenBucket;
  readonly resumeBucket: TokenBucket;
  /** Answers to `open` by requestId, so a retry gets the same conversation and phrase. */
  readonly openedByRequest = new Map<string, ServerMessageOf<'opened'>>();
  private work: Promise<void> = Promise.resolve();

  constructor(
    readonly peer: ChatPeer,
    /**
     * Who is signed in with the cookie of the upgrade request, asked again at each counsellor
     * frame: a sign-out, an expired session or a disabled account ends the counsellor's socket.
     */
    readonly signedInStaff: (extend?: boolean) => StaffAccount | undefined,
    limits: ChatLimits,
    nowMs: () => number,
  ) {
    this.lastFrameAt = nowMs();
    this.frameBucket = new TokenBucket(limits.frames, nowMs);
    this.messageBucket = new TokenBucket(limits.messages, nowMs);
    this.typingBucket = new TokenBucket(limits.typing, nowMs);
    this.resumeBucket = new TokenBucket(limits.resumePerConnection, nowMs);
  }

  /** Frames of one connection are handled one after another, in the order they came. */
  enqueue(task: () => Promise<void>): void {
    this.work = this.work.then(task);
  }
}

type RateKind = 'messages' | 'resume';

export class ChatService {
  readonly limits: ChatLimits;
  private readonly store: ChatStore;
  private readonly logger: Logger;
  private readonly nowMs: () => number;
  private readonly connections = new Set<ChatConnection>();
  /** Conversation id → the connections currently attached to it (both sides). */
  private readonly attached = new Map<string, Set<ChatConnection>>();
  private readonly guestBuckets: KeyedBuckets;
  private readonly globalResume: TokenBucket;
  /** Recent live contacts' waits until claimed (memory only): the honest wait estimate. */
  private readonly liveWaits: Array<{ claimedAt: number; waitMs: number }> = [];

  constructor(private readonly deps: ChatServiceDeps) {
    this.limits = { ...DEFAULT_CHAT_LIMITS, ...deps.limits };
    this.store = deps.store;
    this.logger = deps.logger ?? silentLogger;
    const now = deps.now ?? (() => new Date());
    this.nowMs = () => now().getTime();
    this.guestBuckets = new KeyedBuckets(this.limits.guestMessages, this.nowMs);
    this.globalResume = new TokenBucket(this.limits.resumeGlobal, this.nowMs);
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  connect(
    peer: ChatPeer,
    signedInStaff: (extend?: boolean) => StaffAccount | undefined,
  ): ChatConnection {
    const connection = new ChatConnection(peer, signedInStaff, this.limits, this.nowMs);
    this.connections.add(connection);
    return connection;
  }

  disconnect(connection: ChatConnection): void {
    if (connection.closed) return;
    connection.closed = true;
    this.connections.delete(connection);
    for (const [conversationId, set] of this.attached) {
      set.delete(connection);
      if (set.size === 0) this.attached.delete(conversationId);
    }
  }

  /** Closes every connection (server stopping). */
  closeAll(code: number, reason: string): void {
    for (const connection of [...this.connections]) this.closeConnection(connection, code, reason);
  }

  isIdle(connection: ChatConnection): boolean {
    return this.nowMs() - connection.lastFrameAt > this.limits.idleMs;
  }

  /** A counsellor whose session ended (signed out, expired, disabled) since they said hello. */
  hasLostStaffSession(connection: ChatConnection): boolean {
    // Asked by the heartbeat, not by the counsellor: it must not keep an idle session alive.
    return connection.role === 'counsellor' && !isChatStaff(connection.signedInStaff(false));
  }

  closeConnection(connection: ChatConnection, code: number, reason: string): void {
    connection.peer.close(code, reason);
    this.disconnect(connection);
  }

  /** Every text frame a client sends; handled after the connection's earlier frames. */
  receive(connection: ChatConnection, raw: string): void {
    if (connection.closed) return;
    connection.lastFrameAt = this.nowMs();
    const allowed = connection.frameBucket.take();
    if (!allowed.ok) {
      this.refuse(connection, 'rate-limited', 'too many frames', {
        retryAfterMs: allowed.retryAfterMs,
      });
      return;
    }
    connection.enqueue(() =>
      this.handle(connection, raw).catch((error: unknown) => {
        this.logger.error('chat frame failed', { error: describeError(error) });
        this.sendError(connection, 'internal', 'the server could not handle this frame');
      }),
    );
  }

  private async handle(connection: ChatConnection, raw: string): Promise<void> {
    if (connection.closed) return;
    const parsed = parseClientFrame(raw);
    if (!parsed.ok) {
      if (parsed.code === 'protocol-version') {
        this.sendError(connection, 'protocol-version', parsed.message);
        this.closeConnection(connection, CHAT_CLOSE_CODES.protocolVersion, parsed.message);
        return;
      }
      if (parsed.code === 'frame-too-large') {
        this.sendError(connection, 'frame-too-large', parsed.message);
        this.closeConnection(connection, CHAT_CLOSE_CODES.frameTooLarge, 'frame too large');
        return;
      }
      this.refuse(connection, 'invalid-frame', parsed.message);
      return;
    }
    const message = parsed.message;
    if (message.type === 'hello') {
      await this.hello(connection, message);
      return;
    }
    if (!connection.role) {
      this.refuse(connection, 'not-allowed', 'say hello first');
      return;
    }
    if (connection.role === 'counsellor' && !isChatStaff(connection.signedInStaff())) {
      this.sendError(connection, 'not-allowed', 'the staff session has ended: sign in again');
      this.closeConnection(connection, CHAT_CLOSE_CODES.unauthorised, 'signed out');
      return;
    }
    if (!isAllowedForRole(message, connection.role)) {
      this.refuse(connection, 'not-allowed', `a ${connection.role} may not send "${message.type}"`);
      return;
    }
    switch (message.type) {
      case 'open':
        return this.open(connection, message);
      case 'resume':
        return this.resume(connection, message);
      case 'delete':
        return this.remove(connection, message);
      case 'send':
        return this.sendMessage(connection, message);
      case 'typing':
        return this.typing(connection, message);
      case 'read':
        return this.read(connection, message);
      case 'end':
        return this.end(connection, message);
      case 'sync':
        return this.sync(connection, message);
      case 'subscribe-queue':
        return this.subscribeQueue(connection);
      case 'unsubscribe-queue':
        connection.subscribedToQueue = false;
        return;
      case 'claim':
        return this.claim(connection, message);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Handshake

  private async hello(connection: ChatConnection, hello: ClientMessageOf<'hello'>): Promise<void> {
    if (connection.role) {
      this.refuse(connection, 'not-allowed', 'hello was already said');
      return;
    }
    if (hello.role === 'counsellor') {
      const staff = connection.signedInStaff();
      if (!isChatStaff(staff)) {
        this.sendError(connection, 'not-allowed', 'sign in to the workspace as a counsellor');
        this.closeConnection(connection, CHAT_CLOSE_CODES.unauthorised, 'not signed in');
        return;
      }
      const ref = counsellorRefOf(staff);
      if (!ref || !staff.profile) {
        this.sendError(
          connection,
          'not-allowed',
          'this account has no counsellor profile: an admin sets one with "offramp user profile"',
        );
        this.closeConnection(connection, CHAT_CLOSE_CODES.unauthorised, 'no counsellor profile');
        return;
      }
      connection.role = 'counsellor';
      connection.counsellor = ref;
      connection.profile = staff.profile;
      connection.seesEveryContact = staff.role === 'supervisor';
      for (const record of await this.store.listClaimedBy(staff.id)) {
        this.attach(record.id, connection);
      }
    } else {
      connection.role = 'player';
      // Only a hash, only in memory: enough to key the rate limit, useless to anyone reading it.
      connection.guestKey = createHash('sha256').update(hello.guestToken).digest('base64url');
    }
    this.logger.info('chat connection ready', {
      role: connection.role,
      connections: this.connections.size,
    });
    connection.peer.send({
      type: 'welcome',
      protocolVersion: PROTOCOL_VERSION,
      role: connection.role,
      limits: { maxFrameBytes: MAX_FRAME_BYTES, maxTextChars: MAX_TEXT_CHARS },
    });
  }

  // -------------------------------------------------------------------------------------------
  // Player

  private async open(connection: ChatConnection, open: ClientMessageOf<'open'>): Promise<void> {
    const replay = connection.openedByRequest.get(open.requestId);
    if (replay) {
      connection.peer.send(replay);
      return;
    }
    const ids = { requestId: open.requestId };
    if (!this.withinRate(connection, 'messages', ids)) return;
    if (open.consentVersion !== this.deps.consentVersion) {
      this.sendError(connection, 'consent-outdated', 'the consent text has changed', ids);
      return;
    }
    const decision = await decideEntry(open.entry, this.deps.reviewOf);
    if (!decision.allowed) {
      this.sendError(connection, 'hook-not-allowed', decision.reason, ids);
      return;
    }
    let record: ConversationRecord | undefined;
    let phrase = '';
    for (let attempt = 0; attempt < 3 && !record; attempt++) {
      phrase = generateResumePhrase();
      try {
        record = await this.store.createConversation({
          consentVersion: open.consentVersion,
          preferences: open.preferences,
          format: open.format,
          entry: open.entry,
          ...(open.sharedStoryPosition ? { sharedStoryPosition: open.sharedStoryPosition } : {}),
          resumePhraseHash: this.deps.hashResumePhrase(phrase),
        });
      } catch (error) {
        if (!(error instanceof ResumePhraseInUseError)) throw error;
      }
    }
    if (!record) throw new Error('could not find a free resume phrase');
    this.attach(record.id, connection);
    connection.conversations.add(record.id);
    const opened: ServerMessageOf<'opened'> = {
      type: 'opened',
      requestId: open.requestId,
      conversation: toPlayerConversationView(record),
      resumePhrase: phrase,
    };
    if (connection.openedByRequest.size >= 5) connection.openedByRequest.clear();
    connection.openedByRequest.set(open.requestId, opened);
    connection.peer.send(opened);
    this.logger.info('chat conversation opened', { format: record.format, via: record.entry.via });
    this.broadcastQueue({ added: [record], removed: [] });
  }

  private async resume(
    connection: ChatConnection,
    resume: ClientMessageOf<'resume'>,
  ): Promise<void> {
    if (!this.withinRate(connection, 'resume', {})) return;
    const record = isWellFormedResumePhrase(resume.phrase)
      ? await this.store.findByResumePhraseHash(this.deps.hashResumePhrase(resume.phrase))
      : undefined;
    if (!record) {
      this.sendError(connection, 'resume-phrase-unknown', 'no conversation has this phrase');
      return;
    }
    this.attach(record.id, connection);
    connection.conversations.add(record.id);
    connection.peer.send({ type: 'resumed', conversation: toPlayerConversationView(record) });
    await this.sendHistory(connection, record.id, resume.afterSeq ?? 0);
  }

  private async remove(
    connection: ChatConnection,
    request: ClientMessageOf<'delete'>,
  ): Promise<void> {
    const conversationId = request.conversationId;
    if (!(await this.mayAddress(connection, conversationId))) return;
    await this.store.deleteConversation(conversationId);
    const frame: ServerMessage = { type: 'deleted', conversationId };
    const audience = new Set(this.attached.get(conversationId));
    audience.add(connection);
    for (const other of audience) {
      if (!other.closed) other.peer.send(frame);
      other.conversations.delete(conversationId);
    }
    this.attached.delete(conversationId);
    this.logger.info('chat conversation deleted by its player');
    this.broadcastQueue({ added: [], removed: [conversationId] });
  }

  // -------------------------------------------------------------------------------------------
  // Both sides

  private async sendMessage(
    connection: ChatConnection,
    send: ClientMessageOf<'send'>,
  ): Promise<void> {
    const ids = { conversationId: send.conversationId, clientMessageId: send.clientMessageId };
    if (!(await this.mayAddress(connection, send.conversationId, ids))) return;
    if (!this.withinRate(connection, 'messages', ids)) return;
    const from = connection.counsellor
      ? { from: 'counsellor' as const, counsellor: connection.counsellor }
      : { from: 'player' as const };
    let result;
    try {
      result = await this.store.appendMessage({
        conversationId: send.conversationId,
        clientMessageId: send.clientMessageId,
        text: send.text,
        ...from,
      });
    } catch (error) {
      if (error instanceof ChatStoreError) {
        if (error.code === 'storage-failed' || error.code === 'internal') {
          this.logger.error('chat message not stored', { error: describeError(error) });
        }
        this.sendError(connection, error.code, describeStoreError(error), ids);
        return;
      }
      throw error;
    }
    // Durable now: acknowledge, then tell everybody else on the conversation.
    connection.peer.send({
      type: 'ack',
      conversationId: send.conversationId,
      clientMessageId: send.clientMessageId,
      seq: result.message.seq,
    });
    if (result.duplicate) return;
    this.relay(connection, send.conversationId, {
      type: 'message',
      conversationId: send.conversationId,
      message: toMessageView(result.message),
    });
  }

  private async typing(
    connection: ChatConnection,
    typing: ClientMessageOf<'typing'>,
  ): Promise<void> {
    if (!connection.typingBucket.take().ok) return;
    if (!(await this.mayAddress(connection, typing.conversationId))) return;
    this.relay(
      connection,
      typing.conversationId,
      {
        type: 'typing',
        conversationId: typing.conversationId,
        from: connection.role ?? 'player',
        isTyping: typing.isTyping,
      },
      true,
    );
  }

  private async read(connection: ChatConnection, read: ClientMessageOf<'read'>): Promise<void> {
    if (!(await this.mayAddress(connection, read.conversationId))) return;
    this.relay(
      connection,
      read.conversationId,
      {
        type: 'read',
        conversationId: read.conversationId,
        by: connection.role ?? 'player',
        seq: read.seq,
      },
      true,
    );
  }

  private async end(connection: ChatConnection, end: ClientMessageOf<'end'>): Promise<void> {
    if (!(await this.mayAddress(connection, end.conversationId))) return;
    const before = await this.store.getConversation(end.conversationId);
    const endedBy: EndedBy = connection.role === 'counsellor' ? 'counsellor' : 'player';
    const record = await this.store.endConversation(end.conversationId, endedBy);
    const frame: ServerMessage = {
      type: 'ended',
      conversationId: record.id,
      by: record.endedBy ?? endedBy,
    };
    connection.peer.send(frame);
    this.relay(connection, record.id, frame);
    if (before?.status === 'waiting') this.broadcastQueue({ added: [], removed: [record.id] });
  }

  private async sync(connection: ChatConnection, sync: ClientMessageOf<'sync'>): Promise<void> {
    if (!(await this.mayAddress(connection, sync.conversationId))) return;
    await this.sendHistory(connection, sync.conversationId, sync.afterSeq);
  }

  // -------------------------------------------------------------------------------------------
  // Counsellor

  private async subscribeQueue(connection: ChatConnection): Promise<void> {
    const counsellor = connection.counsellor;
    if (!counsellor) return;
    connection.subscribedToQueue = true;
    const [waiting, mine] = await Promise.all([
      this.store.listWaiting(),
      this.store.listClaimedBy(counsellor.accountId),
    ]);
    connection.peer.send({
      type: 'queue',
      waiting: waiting.filter((record) => sees(connection, record)).map(toCounsellorCaseView),
      mine: mine.map(toCounsellorCaseView),
    });
  }

  private async claim(connection: ChatConnection, claim: ClientMessageOf<'claim'>): Promise<void> {
    const counsellor = connection.counsellor;
    if (!counsellor) return;
    const result = await this.store.claim(claim.conversationId, counsellor);
    if (!result.ok) {
      connection.peer.send({
        type: 'claim-failed',
        conversationId: claim.conversationId,
        reason: result.reason,
      });
      return;
    }
    const record = result.conversation;
    if (record.format === 'live' && result.newlyClaimed) {
      this.recordLiveWait(Date.parse(record.createdAt));
    }
    const claimed: ServerMessage = {
      type: 'claimed',
      conversationId: record.id,
      counsellor: { pseudonym: counsellor.pseudonym, kind: counsellor.kind },
    };
    // Every tab of this counsellor follows the conversation; the player learns someone joined.
    for (const other of this.connections) {
      if (other.counsellor?.accountId === counsellor.accountId) this.attach(record.id, other);
    }
    for (const other of this.attached.get(record.id) ?? []) other.peer.send(claimed);
    this.logger.info('chat conversation claimed');
    this.broadcastQueue({ added: [], removed: [record.id] });
    await this.sendHistory(connection, record.id, 0);
  }

  // -------------------------------------------------------------------------------------------
  // Helpers

  /** Whether this connection may address the conversation; answers the refusal itself. */
  private async mayAddress(
    connection: ChatConnection,
    conversationId: string,
    ids: ErrorIds = { conversationId },
  ): Promise<boolean> {
    if (connection.role === 'player') {
      if (connection.conversations.has(conversationId)) return true;
    } else if (connection.counsellor) {
      const record = await this.store.getConversation(conversationId);
      if (record?.counsellor?.accountId === connection.counsellor.accountId) {
        this.attach(conversationId, connection);
        return true;
      }
    }
    this.refuse(connection, 'not-found', 'no such conversation on this connection', ids);
    return false;
  }

  private async sendHistory(
    connection: ChatConnection,
    conversationId: string,
    afterSeq: number,
  ): Promise<void> {
    const messages = await this.store.messagesAfter(
      conversationId,
      afterSeq,
      MAX_HISTORY_MESSAGES + 1,
    );
    connection.peer.send({
      type: 'history',
      conversationId,
      afterSeq,
      messages: messages.slice(0, MAX_HISTORY_MESSAGES).map(toMessageView),
      complete: messages.length <= MAX_HISTORY_MESSAGES,
    });
  }

  private attach(conversationId: string, connection: ChatConnection): void {
    let set = this.attached.get(conversationId);
    if (!set) {
      set = new Set();
      this.attached.set(conversationId, set);
    }
    set.add(connection);
  }

  /** To every other connection on the conversation (only the other side's, if `otherSideOnly`). */
  private relay(
    sender: ChatConnection,
    conversationId: string,
    frame: ServerMessage,
    otherSideOnly = false,
  ): void {
    for (const other of this.attached.get(conversationId) ?? []) {
      if (other === sender || other.closed) continue;
      if (otherSideOnly && other.role === sender.role) continue;
      other.peer.send(frame);
    }
  }

  private broadcastQueue(change: { added: ConversationRecord[]; removed: string[] }): void {
    for (const connection of this.connections) {
      if (!connection.subscribedToQueue || !connection.counsellor) continue;
      const added = change.added.filter((record) => sees(connection, record));
      if (added.length === 0 && change.removed.length === 0) continue;
      connection.peer.send({
        type: 'queue-update',
        added: added.map(toCounsellorCaseView),
        removed: change.removed,
      });
    }
  }

  // -------------------------------------------------------------------------------------------
  // Availability (GET /api/chat/availability)

  /**
   * What a player with these wishes is told before starting: whether anyone who fits works
   * here at all, whether one of them has the workspace open now, how many live contacts those
   * are already waiting for, and how long live contacts recently waited. Counts only.
   */
  async availability(criteria: MatchCriteria): Promise<AvailabilityResponse> {
    const online = [...this.connections].filter(
      (connection) =>
        connection.subscribedToQueue &&
        connection.profile !== undefined &&
        counsellorMatches(criteria, connection.profile),
    );
    const registered = (this.deps.staffAccounts?.() ?? []).some(
      (account) =>
        !account.disabled &&
        CHAT_STAFF_ROLES.includes(account.role) &&
        account.profile !== undefined &&
        counsellorMatches(criteria, account.profile),
    );
    const status = online.length > 0 ? 'online' : registered ? 'offline' : 'none';
    let waitingAhead = 0;
    if (online.length > 0) {
      const waiting = await this.store.listWaiting();
      waitingAhead = waiting.filter(
        (record) =>
          record.format === 'live' && online.some((connection) => sees(connection, record)),
      ).length;
    }
    return {
      version: CHAT_AVAILABILITY_API_VERSION,
      status,
      waitingAhead,
      typicalWaitMinutes: status === 'online' ? this.typicalWaitMinutes() : null,
    };
  }

  private recordLiveWait(createdAtMs: number): void {
    const now = this.nowMs();
    this.liveWaits.push({ claimedAt: now, waitMs: Math.max(0, now - createdAtMs) });
    if (this.liveWaits.length > WAIT_SAMPLES) this.liveWaits.shift();
  }

  private typicalWaitMinutes(): number | null {
    const since = this.nowMs() - WAIT_SAMPLE_MAX_AGE_MS;
    const waits = this.liveWaits
      .filter((sample) => sample.claimedAt >= since)
      .map((sample) => sample.waitMs)
      .sort((a, b) => a - b);
    if (waits.length < MIN_WAIT_SAMPLES) return null;
    const middle = Math.floor(waits.length / 2);
    const median =
      waits.length % 2 === 1
        ? (waits[middle] ?? 0)
        : ((waits[middle - 1] ?? 0) + (waits[middle] ?? 0)) / 2;
    return Math.round(median / 60_000);
  }

  private withinRate(connection: ChatConnection, kind: RateKind, ids: ErrorIds): boolean {
    const results: TakeResult[] =
      kind === 'messages'
        ? [
            connection.messageBucket.take(),
            connection.guestKey ? this.guestBuckets.take(connection.guestKey) : { ok: true },
          ]
        : [connection.resumeBucket.take(), this.globalResume.take()];
    const refused = results.find((result) => !result.ok);
    if (!refused || refused.ok) return true;
    this.refuse(connection, 'rate-limited', 'slow down', {
      ...ids,
      retryAfterMs: refused.retryAfterMs,
    });
    return false;
  }

  /** An error frame that counts against the connection: too many and it is closed. */
  private refuse(
    connection: ChatConnection,
    code: ChatErrorCode,
    message: string,
    ids: ErrorIds = {},
  ): void {
    this.sendError(connection, code, message, ids);
    connection.strikes += 1;
    if (connection.strikes < this.limits.maxStrikes) return;
    this.logger.warn('chat connection closed after repeated refusals', { code });
    this.closeConnection(
      connection,
      code === 'rate-limited' ? CHAT_CLOSE_CODES.rateLimited : CHAT_CLOSE_CODES.invalidFrame,
      code === 'rate-limited' ? 'too many frames' : 'too many invalid frames',
    );
  }

  private sendError(
    connection: ChatConnection,
    code: ChatErrorCode,
    message: string,
    ids: ErrorIds = {},
  ): void {
    if (connection.closed) return;
    connection.peer.send({ type: 'error', code, message: message.slice(0, 500), ...ids });
  }
}

type ErrorIds = Partial<
  Pick<
    ServerMessageOf<'error'>,
    'requestId' | 'conversationId' | 'clientMessageId' | 'retryAfterMs'
  >
>;

/**
 * Counsellors appear by pseudonym and the kind their profile records (never the sign-in name);
 * an account without a profile cannot work the chat, since nobody could say what it is.
 */
export function counsellorRefOf(account: StaffAccount): CounsellorRef | undefined {
  if (!account.profile) return undefined;
  return {
    accountId: account.id,
    pseudonym: (account.pseudonym ?? 'Counsellor').slice(0, 40),
    kind: account.profile.kind,
  };
}

function isChatStaff(staff: StaffAccount | undefined): staff is StaffAccount {
  return staff !== undefined && CHAT_STAFF_ROLES.includes(staff.role);
}

/** Whether a waiting contact belongs in this counsellor's queue. */
function sees(connection: ChatConnection, record: ConversationRecord): boolean {
  if (connection.seesEveryContact) return true;
  return (
    connection.profile !== undefined && counsellorMatches(record.preferences, connection.profile)
  );
}

function describeStoreError(error: ChatStoreError): string {
  switch (error.code) {
    case 'not-found':
      return 'no such conversation';
    case 'conversation-ended':
      return 'the conversation has ended';
    case 'storage-failed':
      return 'the message could not be stored: retry with the same clientMessageId';
    default:
      return 'the server could not store this';
  }
}

/** Errors are logged by name and code only: a store error's message may name a file, never text. */
function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { name: error.name, message: error.message, ...(code ? { code } : {}) };
  }
  return { message: String(error) };
}
