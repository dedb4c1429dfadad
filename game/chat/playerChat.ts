/**
 * The player's side of one chat conversation, without a screen: open or resume it, send with
 * idempotent retries (a clientMessageId per message, sent again with the same id until its
 * `ack`), keep the messages in seq order with none twice, and after a reconnect ask again with
 * the resume phrase for everything after the last seq it has. Screens subscribe to `onChange`.
 *
 * The resume phrase stays in memory only: a player's connection may only address the
 * conversation it opened or resumed, so a new connection must resume with it again.
 *
 * What the server refuses for now (too many frames, a write that failed) is asked again after
 * the pause it names: after a server restart many players come back at once, and none of
 * them should be left without their conversation until the next reconnect.
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
import type { ChatSocket, ChatSocketStatus, Timers } from '../../core/chat/chatSocket.ts';
import { lastContiguousSeq, mergeMessages } from '../../core/chat/messageLog.ts';

/** When the server names no pause (a failed write), the next attempt waits this long. */
const RETRY_AFTER_FAILURE_MS = 2_000;

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
  /** For the pauses before asking again (tests run them by hand). */
  timers?: Timers;
}

export class PlayerChat {
  private state: PlayerChatState;
  private readonly listeners = new Set<(state: PlayerChatState) => void>();
  private readonly newId: () => string;
  private readonly now: () => Date;
  private readonly unsubscribe: Array<() => void> = [];
  private openRequest: (OpenRequest & { requestId: string }) | undefined;
  private phrase: string | undefined;
  /** This connection has opened or resumed the conversation (a new one must resume again). */
  private attached = false;
  private readonly timers: Timers;
  private readonly retries = new Set<unknown>();

  constructor(private readonly deps: PlayerChatDeps) {
    this.newId = deps.newId ?? (() => crypto.randomUUID());
    this.now = deps.now ?? (() => new Date());
    this.timers = deps.timers ?? {
      setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
      clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
    };
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
    return lastContiguousSeq(this.state.messages);
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
    for (const retry of this.retries) this.timers.clearTimeout(retry);
    this.retries.clear();
    this.deps.socket.close();
    this.phrase = undefined;
    this.openRequest = undefined;
    this.listeners.clear();
  }

  private connectionChanged(status: ChatSocketStatus): void {
    this.update({ connection: status });
    if (status !== 'ready') {
      this.attached = false;
      return;
    }
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
        this.attached = true;
        this.phrase = message.resumePhrase;
        this.openRequest = undefined;
        this.started(message.conversation, message.resumePhrase);
        return;
      case 'resumed':
        this.attached = true;
        // The server follows with the history after the seq this device asked from.
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
        this.failed(message);
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
    const { messages, fresh } = mergeMessages(this.state.messages, incoming);
    if (fresh.length === 0) return;
    const newFromCounsellor = fresh.filter((message) => message.from === 'counsellor');
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

  private failed(error: ServerMessage & { type: 'error' }): void {
    const { code, requestId, clientMessageId, retryAfterMs } = error;
    if (code === 'resume-phrase-unknown') {
      this.phrase = undefined;
      this.update({ phase: 'idle', lastError: code });
      return;
    }
    const isOpen = requestId !== undefined && requestId === this.openRequest?.requestId;
    const passing = code === 'rate-limited' || code === 'storage-failed';
    if (isOpen && !passing) {
      this.openRequest = undefined;
      this.update({ phase: 'idle', lastError: code });
      return;
    }
    // The pending message stays pending (the screen says something did not arrive yet) and,
    // like a refused open or resume, is asked again after the pause.
    this.update({ lastError: code });
    if (!passing) return;
    const pause = retryAfterMs ?? RETRY_AFTER_FAILURE_MS;
    if (isOpen) this.later(pause, () => this.sendOpen());
    else if (clientMessageId) {
      this.later(pause, () => {
        const pending = this.state.pending.find((m) => m.clientMessageId === clientMessageId);
        if (pending && this.attached) this.sendPending(pending);
      });
    } else if (code === 'rate-limited' && this.phrase && !this.attached) {
      this.later(pause, () => {
        if (!this.attached && this.state.connection === 'ready') this.sendResume();
      });
    }
  }

  private later(ms: number, task: () => void): void {
    const handle = this.timers.setTimeout(() => {
      this.retries.delete(handle);
      task();
    }, ms);
    this.retries.add(handle);
  }

  private update(patch: Partial<PlayerChatState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of [...this.listeners]) listener(this.state);
  }
}
