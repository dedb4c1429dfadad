/**
 * The fault benchmark's clients: they behave like the real ones (core/chat/chatSocket.ts for the
 * transport, as the game and the workspace use it; the logic of game/chat/playerChat.ts and
 * counsellor/inbox/counsellorInbox.ts, which server code may not import): after a reconnect a
 * player says hello and `resume`s with its phrase from the last seq it has, a counsellor
 * subscribes to the queue again and `sync`s what it holds, and every message not yet
 * acknowledged goes out again with the same clientMessageId. Messages are kept by seq, each seq
 * once; what the benchmark checks at the end is recorded on the way: every ack, every seq seen
 * with which message, repeats, live frames out of order, when each client was back.
 *
 * Two things the real clients leave to the next reconnect are retried here at once, after the
 * server's retryAfterMs: a `send` refused as rate-limited or not stored, and a `resume` refused
 * as rate-limited (the real PlayerChat then sits without its conversation until it reconnects).
 */
import { WebSocket } from 'ws';
import {
  ChatSocket,
  type ChatSocketStatus,
  type SocketLike,
} from '../../../core/chat/chatSocket.ts';
import {
  PROTOCOL_VERSION,
  type ChatMessageView,
  type Participant,
  type ServerMessage,
} from '../../../core/protocol/chatProtocol.ts';
import { DEFAULT_CHAT_LIMITS } from '../chatService.ts';
import { CONNECT_TIMEOUT_MS, signIn } from './benchSetup.ts';
import { Pacer } from './pacer.ts';

const FAULT_TEXT_ID = /^fault ([0-9a-f-]{36}):/;
const RESUME_WAIT_MS = 120_000;
const SIGN_IN_RETRY_MS = 500;

export interface Endpoint {
  url: string;
  wsUrl: string;
}

/** What every client shares: the run's ledger of sends and acks, and its clock of kills. */
export class FaultLedger {
  /** clientMessageId → the seqs its acks named (more than one distinct seq: a duplicate). */
  readonly ackSeqs = new Map<string, Set<number>>();
  readonly sent = new Map<
    string,
    { from: Participant; conversationId: string; sends: number; acked: boolean }
  >();
  retries = 0;
  retriesAfterRefusal = 0;
  resumeRetries = 0;
  reSignIns = 0;
  readonly errors = new Map<string, number>();
  /** performance.now() of the latest kill; reconnect times are measured from it. */
  lastKillAt: number | undefined;
  killIndex = 0;
  /** Kill → `welcome` on a new connection (the transport is back). */
  readonly welcomeMs: number[] = [];
  /** Kill → resumed (player) or the queue again (counsellor): the conversation is back. */
  readonly reconnectMs: number[] = [];

  text(from: Participant, clientMessageId: string): string {
    return from === 'player'
      ? `fault ${clientMessageId}: I am not sure how to say this, but something happened today.`
      : `fault ${clientMessageId}: Thank you for telling me. What happened?`;
  }

  countError(code: string): void {
    this.errors.set(code, (this.errors.get(code) ?? 0) + 1);
  }

  inFlight(): number {
    let count = 0;
    for (const sent of this.sent.values()) if (!sent.acked) count += 1;
    return count;
  }
}

/** One conversation as one side sees it: seq → clientMessageId, and what went wrong on the way. */
export class ConversationView {
  readonly seqs = new Map<number, string>();
  /** The same seq arrived again with the same message (deduplicated, as real clients do). */
  repeats = 0;
  /** The same seq arrived with another message. */
  readonly conflicts: string[] = [];
  /** A live `message` frame with a lower seq than one before it on the same connection. */
  liveOutOfOrder = 0;
  private liveHigh = 0;
  readonly pending = new Map<string, string>();

  constructor(readonly conversationId: string) {}

  newConnection(): void {
    this.liveHigh = 0;
  }

  add(seq: number, clientMessageId: string): boolean {
    const known = this.seqs.get(seq);
    if (known === undefined) {
      this.seqs.set(seq, clientMessageId);
      return true;
    }
    if (known === clientMessageId) this.repeats += 1;
    else this.conflicts.push(`seq ${seq}: ${known} and ${clientMessageId}`);
    return false;
  }

  addLive(message: ChatMessageView): boolean {
    if (message.seq < this.liveHigh) this.liveOutOfOrder += 1;
    this.liveHigh = Math.max(this.liveHigh, message.seq);
    return this.addView(message);
  }

  addView(message: ChatMessageView): boolean {
    return this.add(message.seq, FAULT_TEXT_ID.exec(message.text)?.[1] ?? `(text) ${message.text}`);
  }

  /** The highest seq up to which this side has every message. */
  get lastSeq(): number {
    let seq = 0;
    while (this.seqs.has(seq + 1)) seq += 1;
    return seq;
  }
}

function wsFactory(origin: string, cookie: () => string | undefined) {
  return (url: string): SocketLike => {
    const current = cookie();
    const socket = new WebSocket(url, {
      origin,
      handshakeTimeout: CONNECT_TIMEOUT_MS,
      ...(current ? { headers: { cookie: current } } : {}),
    });
    // ChatSocket learns of a failure from `close`; unlike a browser's, a `ws` socket with no
    // error listener would throw (a refused connection while the server is down).
    socket.on('error', () => undefined);
    return socket as unknown as SocketLike;
  };
}

/** The parts both sides share: pending sends, acks, retries after a refusal, reconnect timing. */
abstract class FaultClient {
  readonly socket: ChatSocket;
  /** Index of the kill this client has come back from (0: none yet). */
  recoveredFrom = 0;
  private welcomedFrom = 0;
  protected readonly retryTimers = new Set<NodeJS.Timeout>();

  constructor(
    protected readonly ledger: FaultLedger,
    protected readonly role: Participant,
    socket: ChatSocket,
  ) {
    this.socket = socket;
    socket.onMessage((message) => this.dispatch(message));
    socket.onStatus((status) => {
      if (status === 'ready') this.welcomed();
      this.statusChanged(status);
    });
  }

  abstract view(conversationId: string): ConversationView | undefined;
  /** The frames one side treats its own way (acks, history and errors are handled here). */
  protected abstract receive(message: ServerMessage): void;
  /** An error frame that is not about a message this client sent. */
  protected otherError(_error: ServerMessage & { type: 'error' }): void {}

  private dispatch(message: ServerMessage): void {
    switch (message.type) {
      case 'ack':
        this.acknowledged(message);
        return;
      case 'history':
        this.history(message);
        return;
      case 'error':
        this.ledger.countError(message.code);
        if (!this.refused(message)) this.otherError(message);
        return;
      default:
        this.receive(message);
    }
  }
  protected abstract statusChanged(status: ChatSocketStatus): void;

  /** Writes a message: pending until acknowledged, sent now if the connection allows. */
  write(conversationId: string, clientMessageId: string): void {
    const held = this.view(conversationId);
    if (!held) return;
    held.pending.set(clientMessageId, this.ledger.text(this.role, clientMessageId));
    this.ledger.sent.set(clientMessageId, {
      from: this.role,
      conversationId,
      sends: 0,
      acked: false,
    });
    if (this.mayAddress(conversationId)) this.sendPending(conversationId, clientMessageId);
  }

  protected abstract mayAddress(conversationId: string): boolean;

  protected sendPending(conversationId: string, clientMessageId: string): void {
    const text = this.view(conversationId)?.pending.get(clientMessageId);
    const sent = this.ledger.sent.get(clientMessageId);
    if (text === undefined || !sent) return;
    if (!this.socket.send({ type: 'send', conversationId, clientMessageId, text })) return;
    sent.sends += 1;
    if (sent.sends > 1) this.ledger.retries += 1;
  }

  protected resendAll(conversationId: string): void {
    for (const clientMessageId of this.view(conversationId)?.pending.keys() ?? []) {
      this.sendPending(conversationId, clientMessageId);
    }
  }

  protected acknowledged(ack: ServerMessage & { type: 'ack' }): void {
    const seqs = this.ledger.ackSeqs.get(ack.clientMessageId) ?? new Set<number>();
    seqs.add(ack.seq);
    this.ledger.ackSeqs.set(ack.clientMessageId, seqs);
    const sent = this.ledger.sent.get(ack.clientMessageId);
    if (sent) sent.acked = true;
    const held = this.view(ack.conversationId);
    if (!held) return;
    held.pending.delete(ack.clientMessageId);
    held.add(ack.seq, ack.clientMessageId);
  }

  protected history(message: ServerMessage & { type: 'history' }): void {
    const held = this.view(message.conversationId);
    if (!held) return;
    for (const view of message.messages) held.addView(view);
    if (!message.complete) this.sync(message.conversationId);
  }

  protected sync(conversationId: string): void {
    const held = this.view(conversationId);
    if (held) this.socket.send({ type: 'sync', conversationId, afterSeq: held.lastSeq });
  }

  /** A refused send goes out again after the server's pause, with the same id. */
  protected refused(error: ServerMessage & { type: 'error' }): boolean {
    const { clientMessageId, conversationId } = error;
    if (!clientMessageId || !conversationId) return false;
    if (error.code !== 'rate-limited' && error.code !== 'storage-failed') return true;
    this.ledger.retriesAfterRefusal += 1;
    this.later(error.retryAfterMs ?? 1000, () => {
      if (this.mayAddress(conversationId)) this.sendPending(conversationId, clientMessageId);
    });
    return true;
  }

  protected later(ms: number, action: () => void): void {
    const timer = setTimeout(() => {
      this.retryTimers.delete(timer);
      action();
    }, ms);
    this.retryTimers.add(timer);
  }

  private welcomed(): void {
    if (this.ledger.lastKillAt === undefined || this.welcomedFrom === this.ledger.killIndex) return;
    this.welcomedFrom = this.ledger.killIndex;
    this.ledger.welcomeMs.push(performance.now() - this.ledger.lastKillAt);
  }

  protected recovered(): void {
    if (this.ledger.lastKillAt === undefined || this.recoveredFrom === this.ledger.killIndex) {
      this.recoveredFrom = this.ledger.killIndex;
      return;
    }
    this.recoveredFrom = this.ledger.killIndex;
    this.ledger.reconnectMs.push(performance.now() - this.ledger.lastKillAt);
  }

  close(): void {
    for (const timer of this.retryTimers) clearTimeout(timer);
    this.retryTimers.clear();
    this.socket.close();
  }
}

export class FaultPlayer extends FaultClient {
  readonly conversation: ConversationView;
  /** The conversation was resumed on the current connection: it may address it. */
  private resumed = false;
  private resumeOutstanding = false;

  constructor(
    ledger: FaultLedger,
    endpoint: Endpoint,
    guestToken: string,
    conversationId: string,
    private readonly phrase: string,
    private readonly resumePacer: Pacer,
  ) {
    super(
      ledger,
      'player',
      new ChatSocket({
        url: endpoint.wsUrl,
        hello: { type: 'hello', protocolVersion: PROTOCOL_VERSION, role: 'player', guestToken },
        createSocket: wsFactory(endpoint.url, () => undefined),
      }),
    );
    this.conversation = new ConversationView(conversationId);
  }

  get conversationId(): string {
    return this.conversation.conversationId;
  }

  get ready(): boolean {
    return this.resumed;
  }

  start(): void {
    this.socket.connect();
  }

  view(conversationId: string): ConversationView | undefined {
    return conversationId === this.conversationId ? this.conversation : undefined;
  }

  protected mayAddress(conversationId: string): boolean {
    return this.resumed && conversationId === this.conversationId;
  }

  protected statusChanged(status: ChatSocketStatus): void {
    this.resumed = false;
    this.resumeOutstanding = false;
    if (status === 'ready') {
      this.conversation.newConnection();
      this.resume();
    }
  }

  private resume(): void {
    if (this.resumeOutstanding || this.socket.status !== 'ready') return;
    this.resumeOutstanding = true;
    // Resumes are paced inside the server's global resume limit, like every other frame here.
    this.resumePacer.take(RESUME_WAIT_MS).then(
      () => {
        if (!this.resumeOutstanding) return;
        this.socket.send({
          type: 'resume',
          phrase: this.phrase,
          afterSeq: this.conversation.lastSeq,
        });
      },
      () => {
        this.resumeOutstanding = false;
      },
    );
  }

  protected receive(message: ServerMessage): void {
    switch (message.type) {
      case 'resumed':
        this.resumed = true;
        this.resumeOutstanding = false;
        this.recovered();
        this.resendAll(this.conversationId);
        if (message.conversation.lastSeq > this.conversation.lastSeq)
          this.sync(this.conversationId);
        return;
      case 'message':
        if (message.conversationId === this.conversationId)
          this.conversation.addLive(message.message);
        return;
      default:
        return;
    }
  }

  protected override otherError(error: ServerMessage & { type: 'error' }): void {
    if (error.code !== 'rate-limited' || !this.resumeOutstanding) return;
    this.ledger.resumeRetries += 1;
    this.resumeOutstanding = false;
    this.later(error.retryAfterMs ?? 1000, () => this.resume());
  }
}

export class FaultCounsellor extends FaultClient {
  readonly cases = new Map<string, ConversationView>();
  /** Conversations with a player message not answered yet. */
  readonly unanswered = new Set<string>();
  private queueReceived = false;
  private cookie: string | undefined;
  private signingIn = false;
  private stopped = false;

  constructor(
    ledger: FaultLedger,
    private readonly endpoint: Endpoint,
    readonly name: string,
    conversationIds: readonly string[],
  ) {
    super(
      ledger,
      'counsellor',
      new ChatSocket({
        url: endpoint.wsUrl,
        hello: { type: 'hello', protocolVersion: PROTOCOL_VERSION, role: 'counsellor' },
        createSocket: wsFactory(endpoint.url, () => this.cookie),
      }),
    );
    for (const id of conversationIds) this.cases.set(id, new ConversationView(id));
  }

  get ready(): boolean {
    return this.queueReceived;
  }

  async start(): Promise<void> {
    this.cookie = await signIn(this.endpoint.url, this.name);
    this.socket.connect();
  }

  view(conversationId: string): ConversationView | undefined {
    return this.cases.get(conversationId);
  }

  protected mayAddress(conversationId: string): boolean {
    return this.queueReceived && this.cases.has(conversationId);
  }

  protected statusChanged(status: ChatSocketStatus): void {
    this.queueReceived = false;
    if (status === 'ready') {
      for (const held of this.cases.values()) held.newConnection();
      this.socket.send({ type: 'subscribe-queue' });
    } else if (status === 'closed' && !this.stopped) {
      // Staff sessions live in the server's memory: after a restart the workspace signs in again.
      void this.signInAgain();
    }
  }

  private async signInAgain(): Promise<void> {
    if (this.signingIn) return;
    this.signingIn = true;
    this.ledger.reSignIns += 1;
    try {
      for (;;) {
        if (this.stopped) return;
        try {
          this.cookie = await signIn(this.endpoint.url, this.name);
          break;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, SIGN_IN_RETRY_MS));
        }
      }
      this.socket.connect();
    } finally {
      this.signingIn = false;
    }
  }

  protected receive(message: ServerMessage): void {
    switch (message.type) {
      case 'queue':
        this.queueReceived = true;
        this.recovered();
        for (const view of message.mine) {
          const held = this.cases.get(view.conversationId);
          if (!held) continue;
          this.resendAll(view.conversationId);
          if (view.lastSeq > held.lastSeq) this.sync(view.conversationId);
        }
        return;
      case 'message': {
        const held = this.cases.get(message.conversationId);
        if (held?.addLive(message.message) && message.message.from === 'player') {
          this.unanswered.add(message.conversationId);
        }
        return;
      }
      default:
        return;
    }
  }

  override close(): void {
    this.stopped = true;
    super.close();
  }
}

/** The client-side pace of resumes: inside the server's global resume limit, with the margin. */
export function resumePacer(): Pacer {
  return new Pacer([DEFAULT_CHAT_LIMITS.resumeGlobal]);
}
