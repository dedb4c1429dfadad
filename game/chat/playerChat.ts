/**
 * The player's side of one chat conversation, without a screen: open or resume it, send with
 * idempotent retries (a clientMessageId per message, sent again with the same id until its
 * `ack`), keep the messages in seq order with none twice, and after a reconnect ask again with
 * the resume phrase for everything after the last seq it has. Screens subscribe to `onChange`.
 *
 * The resume phrase stays in memory only: a player's connection may only address the
 * conversation it opened or resumed, so a new connection must resume with it again.
 */
import type {
  ChatEntry,
  ChatErrorCode,
  ChatFormat,
  ChatMessageView,
  ChatPreferences,
  CounsellorPublic,
  PlayerConversationView,
  ServerMessage,
  StoryPosition,
} from '../../core/protocol/chatProtocol.ts';
import type { ChatSocket, ChatSocketStatus } from '../../core/chat/chatSocket.ts';

export interface OpenRequest {
  consentVersion: string;
  preferences: ChatPreferences;
  format: ChatFormat;
  entry: ChatEntry;
  sharedStoryPosition?: StoryPosition;
}

export interface PendingMessage {
  clientMessageId: string;
  text: string;
}

export type ChatPhase =
  /** Nothing asked yet. */
  | 'idle'
  /** `open` or `resume` sent, no answer yet. */
  | 'starting'
  | 'waiting'
  | 'active'
  | 'ended'
  /** The player deleted it: nothing of it is left. */
  | 'deleted';

export interface PlayerChatState {
  phase: ChatPhase;
  connection: ChatSocketStatus;
  conversation: PlayerConversationView | undefined;
  counsellor: CounsellorPublic | undefined;
  /** In seq order, each seq once. */
  messages: readonly ChatMessageView[];
  /** Written but not yet acknowledged as stored. */
  pending: readonly PendingMessage[];
  counsellorTyping: boolean;
  /** Counsellor messages that arrived since `markRead`. */
  unread: number;
  /** Shown once, right after opening; `forgetResumePhrase` hides it. */
  resumePhraseToShow: string | undefined;
  endedBy: 'player' | 'counsellor' | 'server' | undefined;
  lastError: ChatErrorCode | undefined;
}

export interface PlayerChatDeps {
  socket: ChatSocket;
  newId?: () => string;
  now?: () => Date;
}

export class PlayerChat {
  private state: PlayerChatState;
  private readonly listeners = new Set<(state: PlayerChatState) => void>();
  private readonly newId: () => string;
  private readonly now: () => Date;
  private readonly unsubscribe: Array<() => void> = [];
  private openRequest: (OpenRequest & { requestId: string }) | undefined;
  private phrase: string | undefined;

  constructor(private readonly deps: PlayerChatDeps) {
    this.newId = deps.newId ?? (() => crypto.randomUUID());
    this.now = deps.now ?? (() => new Date());
    this.state = {
      phase: 'idle',
      connection: deps.socket.status,
      conversation: undefined,
      counsellor: undefined,
      messages: [],
      pending: [],
      counsellorTyping: false,
      unread: 0,
      resumePhraseToShow: undefined,
      endedBy: undefined,
      lastError: undefined,
    };
    this.unsubscribe.push(
      deps.socket.onMessage((message) => this.receive(message)),
      deps.socket.onStatus((status) => this.connectionChanged(status)),
    );
  }

  get current(): PlayerChatState {
    return this.state;
  }

  onChange(listener: (state: PlayerChatState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The highest seq up to which this device has every message. */
  get lastSeq(): number {
    let seq = 0;
    for (const message of this.state.messages) {
      if (message.seq === seq + 1) seq = message.seq;
      else if (message.seq > seq + 1) break;
    }
    return seq;
  }

  open(request: OpenRequest): void {
    this.openRequest = { ...request, requestId: this.newId() };
    this.update({ phase: 'starting', lastError: undefined });
    this.deps.socket.connect();
    this.sendOpen();
  }

  resume(phrase: string): void {
    this.phrase = phrase.trim();
    this.update({ phase: 'starting', lastError: undefined });
    this.deps.socket.connect();
    this.sendResume();
  }

  send(text: string): void {
    const pending = { clientMessageId: this.newId(), text };
    this.update({ pending: [...this.state.pending, pending] });
    this.sendPending(pending);
  }

  typing(isTyping: boolean): void {
    const conversationId = this.state.conversation?.conversationId;
    if (conversationId) this.deps.socket.send({ type: 'typing', conversationId, isTyping });
  }

  markRead(): void {
    const conversationId = this.state.conversation?.conversationId;
    const seq = this.lastSeq;
    if (this.state.unread > 0) this.update({ unread: 0 });
    if (conversationId && seq > 0) this.deps.socket.send({ type: 'read', conversationId, seq });
  }

  end(): void {
    const conversationId = this.state.conversation?.conversationId;
    if (conversationId) this.deps.socket.send({ type: 'end', conversationId });
  }

  deleteConversation(): void {
    const conversationId = this.state.conversation?.conversationId;
    if (conversationId) this.deps.socket.send({ type: 'delete', conversationId });
  }

  forgetResumePhrase(): void {
    this.update({ resumePhraseToShow: undefined });
  }

  /** Closes the connection at once and forgets everything (quick exit, leaving the chat). */
  destroy(): void {
    for (const unsubscribe of this.unsubscribe) unsubscribe();
    this.deps.socket.close();
    this.phrase = undefined;
    this.openRequest = undefined;
    this.listeners.clear();
  }

  private connectionChanged(status: ChatSocketStatus): void {
    this.update({ connection: status });
    if (status !== 'ready') return;
    // A new connection knows nothing of this conversation until it is resumed.
    if (this.phrase) this.sendResume();
    else if (this.openRequest && !this.state.conversation) this.sendOpen();
  }

  private sendOpen(): void {
    const request = this.openRequest;
    if (!request) return;
    const { requestId, consentVersion, preferences, format, entry, sharedStoryPosition } = request;
    this.deps.socket.send({
      type: 'open',
      requestId,
      consentVersion,
      preferences,
      format,
      entry,
      ...(sharedStoryPosition ? { sharedStoryPosition } : {}),
    });
  }

  private sendResume(): void {
    if (!this.phrase) return;
    const afterSeq = this.lastSeq;
    this.deps.socket.send({ type: 'resume', phrase: this.phrase, afterSeq });
  }

  private sendPending(pending: PendingMessage): void {
    const conversationId = this.state.conversation?.conversationId;
    if (!conversationId) return;
    this.deps.socket.send({ type: 'send', conversationId, ...pending });
  }

  private isMine(conversationId: string): boolean {
    return this.state.conversation?.conversationId === conversationId;
  }

  private receive(message: ServerMessage): void {
    switch (message.type) {
      case 'opened':
        if (message.requestId !== this.openRequest?.requestId) return;
        this.phrase = message.resumePhrase;
        this.openRequest = undefined;
        this.started(message.conversation, message.resumePhrase);
        return;
      case 'resumed':
        this.started(message.conversation, undefined);
        return;
      case 'ack':
        if (this.isMine(message.conversationId)) this.acknowledged(message);
        return;
      case 'message':
        if (this.isMine(message.conversationId)) this.addMessages([message.message]);
        return;
      case 'history':
        if (!this.isMine(message.conversationId)) return;
        this.addMessages(message.messages);
        if (!message.complete) {
          this.deps.socket.send({
            type: 'sync',
            conversationId: message.conversationId,
            afterSeq: this.lastSeq,
          });
        }
        return;
      case 'claimed':
        if (this.isMine(message.conversationId)) {
          this.update({ counsellor: message.counsellor, phase: 'active' });
        }
        return;
      case 'typing':
        if (this.isMine(message.conversationId) && message.from === 'counsellor') {
          this.update({ counsellorTyping: message.isTyping });
        }
        return;
      case 'ended':
        if (this.isMine(message.conversationId)) {
          this.update({ phase: 'ended', endedBy: message.by, counsellorTyping: false });
        }
        return;
      case 'deleted':
        if (this.isMine(message.conversationId)) this.deleted();
        return;
      case 'error':
        this.failed(message.code, message.requestId);
        return;
      default:
        return;
    }
  }

  private started(conversation: PlayerConversationView, phraseToShow: string | undefined): void {
    const phase: ChatPhase =
      conversation.status === 'ended'
        ? 'ended'
        : conversation.status === 'active'
          ? 'active'
          : 'waiting';
    this.update({
      conversation,
      phase,
      counsellor: conversation.counsellor ?? this.state.counsellor,
      ...(phraseToShow ? { resumePhraseToShow: phraseToShow } : {}),
    });
    // Whatever was written while the connection was gone goes out again, with the same ids.
    for (const pending of this.state.pending) this.sendPending(pending);
    if (conversation.lastSeq > this.lastSeq) {
      this.deps.socket.send({
        type: 'sync',
        conversationId: conversation.conversationId,
        afterSeq: this.lastSeq,
      });
    }
  }

  private acknowledged(ack: ServerMessage & { type: 'ack' }): void {
    const pending = this.state.pending.find(
      (candidate) => candidate.clientMessageId === ack.clientMessageId,
    );
    if (!pending) return;
    const stored: ChatMessageView = {
      seq: ack.seq,
      from: 'player',
      text: pending.text,
      sentAt: this.now().toISOString(),
    };
    this.update({
      pending: this.state.pending.filter((candidate) => candidate !== pending),
    });
    this.addMessages([stored]);
  }

  private addMessages(incoming: readonly ChatMessageView[]): void {
    const known = new Set(this.state.messages.map((message) => message.seq));
    const fresh = incoming.filter((message) => {
      if (known.has(message.seq)) return false;
      known.add(message.seq);
      return true;
    });
    if (fresh.length === 0) return;
    const newFromCounsellor = fresh.filter((message) => message.from === 'counsellor');
    const messages = [...this.state.messages, ...fresh].sort((a, b) => a.seq - b.seq);
    const latestCounsellor = newFromCounsellor.at(-1);
    this.update({
      messages,
      unread: this.state.unread + newFromCounsellor.length,
      ...(newFromCounsellor.length > 0 ? { counsellorTyping: false } : {}),
      ...(latestCounsellor?.from === 'counsellor' && this.state.phase === 'waiting'
        ? { phase: 'active' as const, counsellor: latestCounsellor.counsellor }
        : {}),
    });
  }

  private deleted(): void {
    this.phrase = undefined;
    this.update({
      phase: 'deleted',
      conversation: undefined,
      messages: [],
      pending: [],
      counsellorTyping: false,
      unread: 0,
      resumePhraseToShow: undefined,
    });
    this.deps.socket.close();
  }

  private failed(code: ChatErrorCode, requestId: string | undefined): void {
    if (code === 'resume-phrase-unknown') {
      this.phrase = undefined;
      this.update({ phase: 'idle', lastError: code });
      return;
    }
    if (requestId && requestId === this.openRequest?.requestId) {
      this.openRequest = undefined;
      this.update({ phase: 'idle', lastError: code });
      return;
    }
    // storage-failed: the pending message stays pending and goes out again on the next
    // connection or send; the screen says that something did not arrive yet.
    this.update({ lastError: code });
  }

  private update(patch: Partial<PlayerChatState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of [...this.listeners]) listener(this.state);
  }
}
