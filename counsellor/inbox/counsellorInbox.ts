/**
 * The counsellor's side of the chat, without a screen: the queue of waiting contacts, claiming
 * one, and the conversations they hold, with idempotent sends (a clientMessageId per message,
 * sent again with the same id until its `ack`), messages in seq order with none twice, and a
 * `sync` per conversation after a reconnect. Screens subscribe to `onChange`.
 */
import type {
  ChatErrorCode,
  ChatMessageView,
  CounsellorCaseView,
  ServerMessage,
} from '../../core/protocol/chatProtocol.ts';
import type { ChatSocket, ChatSocketStatus } from '../../core/chat/chatSocket.ts';
import { lastContiguousSeq, mergeMessages } from '../../core/chat/messageLog.ts';

export interface PendingMessage {
  clientMessageId: string;
  text: string;
}

export interface CaseState {
  view: CounsellorCaseView;
  messages: readonly ChatMessageView[];
  pending: readonly PendingMessage[];
  playerTyping: boolean;
  ended: boolean;
  /** The player deleted the conversation: nothing of it is left on the server. */
  deletedByPlayer: boolean;
  unread: number;
}

export interface InboxState {
  connection: ChatSocketStatus;
  waiting: readonly CounsellorCaseView[];
  /** The whole queue arrived on this connection: `waiting` is complete, not still loading. */
  queueReceived: boolean;
  cases: ReadonlyMap<string, CaseState>;
  /** The last claim that another counsellor won, or that came too late. */
  claimFailed: { conversationId: string; reason: string } | undefined;
  lastError: ChatErrorCode | undefined;
}

export interface CounsellorInboxDeps {
  socket: ChatSocket;
  newId?: () => string;
  now?: () => Date;
}

export class CounsellorInbox {
  private state: InboxState;
  private readonly listeners = new Set<(state: InboxState) => void>();
  private readonly newId: () => string;
  private readonly now: () => Date;
  private readonly unsubscribe: Array<() => void>;

  constructor(private readonly deps: CounsellorInboxDeps) {
    this.newId = deps.newId ?? (() => crypto.randomUUID());
    this.now = deps.now ?? (() => new Date());
    this.state = {
      connection: deps.socket.status,
      waiting: [],
      queueReceived: false,
      cases: new Map(),
      claimFailed: undefined,
      lastError: undefined,
    };
    this.unsubscribe = [
      deps.socket.onMessage((message) => this.receive(message)),
      deps.socket.onStatus((status) => this.connectionChanged(status)),
    ];
  }

  get current(): InboxState {
    return this.state;
  }

  onChange(listener: (state: InboxState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    this.deps.socket.connect();
  }

  claim(conversationId: string): void {
    this.update({ claimFailed: undefined });
    this.deps.socket.send({ type: 'claim', conversationId });
  }

  send(conversationId: string, text: string): void {
    const held = this.state.cases.get(conversationId);
    if (!held) return;
    const pending = { clientMessageId: this.newId(), text };
    this.setCase(conversationId, { ...held, pending: [...held.pending, pending] });
    this.deps.socket.send({ type: 'send', conversationId, ...pending });
  }

  typing(conversationId: string, isTyping: boolean): void {
    this.deps.socket.send({ type: 'typing', conversationId, isTyping });
  }

  markRead(conversationId: string): void {
    const held = this.state.cases.get(conversationId);
    if (!held) return;
    const seq = lastContiguousSeq(held.messages);
    if (held.unread > 0) this.setCase(conversationId, { ...held, unread: 0 });
    if (seq > 0) this.deps.socket.send({ type: 'read', conversationId, seq });
  }

  end(conversationId: string): void {
    this.deps.socket.send({ type: 'end', conversationId });
  }

  /** Drops a case that has ended or was deleted from the list. */
  dismiss(conversationId: string): void {
    const cases = new Map(this.state.cases);
    cases.delete(conversationId);
    this.update({ cases });
  }

  destroy(): void {
    for (const unsubscribe of this.unsubscribe) unsubscribe();
    this.deps.socket.close();
    this.listeners.clear();
  }

  private connectionChanged(status: ChatSocketStatus): void {
    this.update({ connection: status, ...(status === 'ready' ? {} : { queueReceived: false }) });
    if (status === 'ready') this.deps.socket.send({ type: 'subscribe-queue' });
  }

  private receive(message: ServerMessage): void {
    switch (message.type) {
      case 'queue':
        this.update({ waiting: message.waiting, queueReceived: true });
        for (const view of message.mine) this.hold(view);
        return;
      case 'queue-update': {
        const removed = new Set(message.removed);
        const added = new Set(message.added.map((view) => view.conversationId));
        this.update({
          waiting: [
            ...this.state.waiting.filter(
              (view) => !removed.has(view.conversationId) && !added.has(view.conversationId),
            ),
            ...message.added,
          ],
        });
        return;
      }
      case 'claimed': {
        const view = this.state.waiting.find(
          (candidate) => candidate.conversationId === message.conversationId,
        );
        this.update({
          waiting: this.state.waiting.filter(
            (candidate) => candidate.conversationId !== message.conversationId,
          ),
        });
        if (view) {
          this.hold({ ...view, status: 'active', counsellor: message.counsellor });
        }
        return;
      }
      case 'claim-failed':
        this.update({
          claimFailed: { conversationId: message.conversationId, reason: message.reason },
          waiting: this.state.waiting.filter(
            (candidate) => candidate.conversationId !== message.conversationId,
          ),
        });
        return;
      case 'ack':
        this.acknowledged(message);
        return;
      case 'message':
        this.addMessages(message.conversationId, [message.message]);
        return;
      case 'history':
        this.addMessages(message.conversationId, message.messages);
        if (!message.complete) this.sync(message.conversationId);
        return;
      case 'typing': {
        const held = this.state.cases.get(message.conversationId);
        if (held && message.from === 'player') {
          this.setCase(message.conversationId, { ...held, playerTyping: message.isTyping });
        }
        return;
      }
      case 'ended': {
        const held = this.state.cases.get(message.conversationId);
        if (held)
          this.setCase(message.conversationId, { ...held, ended: true, playerTyping: false });
        return;
      }
      case 'deleted': {
        const held = this.state.cases.get(message.conversationId);
        this.update({
          waiting: this.state.waiting.filter(
            (candidate) => candidate.conversationId !== message.conversationId,
          ),
        });
        if (held) {
          this.setCase(message.conversationId, {
            ...held,
            messages: [],
            pending: [],
            ended: true,
            deletedByPlayer: true,
            playerTyping: false,
          });
        }
        return;
      }
      case 'error':
        this.update({ lastError: message.code });
        return;
      default:
        return;
    }
  }

  /** A conversation this counsellor holds: after a claim, or listed as theirs on reconnect. */
  private hold(view: CounsellorCaseView): void {
    const known = this.state.cases.get(view.conversationId);
    const held: CaseState = known
      ? { ...known, view, ended: view.status === 'ended' }
      : {
          view,
          messages: [],
          pending: [],
          playerTyping: false,
          ended: view.status === 'ended',
          deletedByPlayer: false,
          unread: 0,
        };
    this.setCase(view.conversationId, held);
    for (const pending of held.pending) {
      this.deps.socket.send({ type: 'send', conversationId: view.conversationId, ...pending });
    }
    if (view.lastSeq > lastContiguousSeq(held.messages)) this.sync(view.conversationId);
  }

  private sync(conversationId: string): void {
    const held = this.state.cases.get(conversationId);
    if (!held) return;
    this.deps.socket.send({
      type: 'sync',
      conversationId,
      afterSeq: lastContiguousSeq(held.messages),
    });
  }

  private acknowledged(ack: ServerMessage & { type: 'ack' }): void {
    const held = this.state.cases.get(ack.conversationId);
    const pending = held?.pending.find(
      (candidate) => candidate.clientMessageId === ack.clientMessageId,
    );
    if (!held || !pending) return;
    this.setCase(ack.conversationId, {
      ...held,
      pending: held.pending.filter((candidate) => candidate !== pending),
    });
    const counsellor = held.view.counsellor;
    if (!counsellor) {
      // Without this counsellor's public name the stored message is fetched as the server has it.
      this.sync(ack.conversationId);
      return;
    }
    this.addMessages(
      ack.conversationId,
      [{ seq: ack.seq, from: 'counsellor', counsellor, text: pending.text, sentAt: this.at() }],
      { own: true },
    );
  }

  private at(): string {
    return this.now().toISOString();
  }

  private addMessages(
    conversationId: string,
    incoming: readonly ChatMessageView[],
    { own = false }: { own?: boolean } = {},
  ): void {
    const held = this.state.cases.get(conversationId);
    if (!held) return;
    const { messages, fresh } = mergeMessages(held.messages, incoming);
    if (fresh.length === 0) return;
    const fromPlayer = own ? 0 : fresh.filter((message) => message.from === 'player').length;
    this.setCase(conversationId, {
      ...held,
      messages,
      unread: held.unread + fromPlayer,
      playerTyping: fromPlayer > 0 ? false : held.playerTyping,
    });
  }

  private setCase(conversationId: string, held: CaseState): void {
    const cases = new Map(this.state.cases);
    cases.set(conversationId, held);
    this.update({ cases });
  }

  private update(patch: Partial<InboxState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of [...this.listeners]) listener(this.state);
  }
}
