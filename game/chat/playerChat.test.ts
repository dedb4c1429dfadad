import { describe, expect, it } from 'vitest';
import {
  CHAT_CLOSE_CODES,
  PROTOCOL_VERSION,
  type ClientMessage,
  type ServerMessage,
} from '../../core/protocol/chatProtocol.ts';
import { ChatSocket, type SocketLike, type Timers } from '../../core/chat/chatSocket.ts';
import { PlayerChat, type OpenRequest } from './playerChat.ts';

/** A network double with the WebSocket interface: the test plays the server. */
class FakeSocket implements SocketLike {
  readyState = 0;
  readonly sent: ClientMessage[] = [];
  closedWith: number | undefined;
  private readonly listeners = new Map<string, Array<(event: never) => void>>();

  addEventListener(type: string, listener: (event: never) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  send(data: string): void {
    this.sent.push(JSON.parse(data) as ClientMessage);
  }

  close(code?: number): void {
    this.closedWith = code ?? 1000;
    this.readyState = 3;
  }

  private emit(type: string, event: unknown): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event as never);
  }

  serverOpens(): void {
    this.readyState = 1;
    this.emit('open', {});
  }

  serverSends(message: ServerMessage): void {
    this.serverSendsRaw(message);
  }

  /** Frames a real server would never send, to check they are dropped. */
  serverSendsRaw(message: unknown): void {
    this.emit('message', { data: JSON.stringify(message) });
  }

  serverWelcomes(): void {
    this.serverOpens();
    this.serverSends({
      type: 'welcome',
      protocolVersion: PROTOCOL_VERSION,
      role: 'player',
      limits: { maxFrameBytes: 16384, maxTextChars: 4000 },
    });
  }

  connectionDrops(code = 1006): void {
    this.readyState = 3;
    this.emit('close', { code });
  }

  sentOfType<T extends ClientMessage['type']>(type: T): Array<Extract<ClientMessage, { type: T }>> {
    return this.sent.filter(
      (message): message is Extract<ClientMessage, { type: T }> => message.type === type,
    );
  }
}

/** Timers run when the test says so, not by the clock. */
class ManualTimers implements Timers {
  private queue: Array<{ callback: () => void; ms: number } | undefined> = [];
  readonly delays: number[] = [];
  setTimeout(callback: () => void, ms: number): unknown {
    this.delays.push(ms);
    this.queue.push({ callback, ms });
    return this.queue.length - 1;
  }
  clearTimeout(handle: unknown): void {
    if (typeof handle === 'number') this.queue[handle] = undefined;
  }
  runAll(): void {
    const due = this.queue;
    this.queue = [];
    for (const entry of due) entry?.callback();
  }
}

const CONVERSATION = 'c_0123456789abcdefghjkmnpqrs';
const GUEST = 'AAAAAAAAAAAAAAAAAAAAAA';
const REQUEST: OpenRequest = {
  consentVersion: 'v1',
  preferences: { counsellorKind: 'any', counsellorGender: 'any', language: 'en', wishes: [] },
  format: 'live',
  entry: { via: 'help-button' },
};
const COUNSELLOR = { pseudonym: 'Sam', kind: 'former-member' } as const;
const AT = '2026-11-27T03:00:00.000Z';

function setUp() {
  const sockets: FakeSocket[] = [];
  const timers = new ManualTimers();
  let ids = 0;
  const socket = new ChatSocket({
    url: 'ws://test/api/chat',
    hello: { type: 'hello', protocolVersion: PROTOCOL_VERSION, role: 'player', guestToken: GUEST },
    createSocket: () => {
      const fake = new FakeSocket();
      sockets.push(fake);
      return fake;
    },
    timers,
  });
  const retryTimers = new ManualTimers();
  const chat = new PlayerChat({
    socket,
    newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
    now: () => new Date(AT),
    timers: retryTimers,
  });
  const latest = () => {
    const last = sockets.at(-1);
    if (!last) throw new Error('no socket was opened');
    return last;
  };
  return { chat, socket, sockets, timers, retryTimers, latest };
}

function conversation(lastSeq: number, status: 'waiting' | 'active' = 'waiting') {
  return { conversationId: CONVERSATION, status, format: 'live' as const, createdAt: AT, lastSeq };
}

function openedChat() {
  const setup = setUp();
  setup.chat.open(REQUEST);
  setup.latest().serverWelcomes();
  const open = setup.latest().sentOfType('open')[0];
  setup.latest().serverSends({
    type: 'opened',
    requestId: open?.requestId ?? '',
    conversation: conversation(0),
    resumePhrase: 'apple river stone cloud',
  });
  return setup;
}

describe('PlayerChat over ChatSocket', () => {
  it('says hello first, then opens the conversation and shows the resume phrase once', () => {
    const { chat, latest } = openedChat();
    expect(latest().sent[0]).toEqual({
      type: 'hello',
      protocolVersion: PROTOCOL_VERSION,
      role: 'player',
      guestToken: GUEST,
    });
    expect(latest().sent[1]?.type).toBe('open');
    expect(chat.current.phase).toBe('waiting');
    expect(chat.current.resumePhraseToShow).toBe('apple river stone cloud');
    chat.forgetResumePhrase();
    expect(chat.current.resumePhraseToShow).toBeUndefined();
  });

  it('retries an unacknowledged message with the same clientMessageId after a reconnect', () => {
    const { chat, latest, sockets, timers } = openedChat();
    chat.send('hello?');
    const first = latest().sentOfType('send')[0];
    expect(first?.text).toBe('hello?');
    expect(chat.current.pending).toHaveLength(1);

    latest().connectionDrops();
    expect(chat.current.connection).toBe('connecting');
    timers.runAll();
    expect(sockets).toHaveLength(2);
    latest().serverWelcomes();
    // The new connection resumes with the phrase from where this device is.
    expect(latest().sentOfType('resume')).toEqual([
      { type: 'resume', phrase: 'apple river stone cloud', afterSeq: 0 },
    ]);
    latest().serverSends({ type: 'resumed', conversation: conversation(0) });
    const retry = latest().sentOfType('send')[0];
    expect(retry?.clientMessageId).toBe(first?.clientMessageId);

    // Both the lost ack and the retry's ack name seq 1: the message appears once.
    latest().serverSends({
      type: 'ack',
      conversationId: CONVERSATION,
      clientMessageId: first?.clientMessageId ?? '',
      seq: 1,
    });
    latest().serverSends({
      type: 'ack',
      conversationId: CONVERSATION,
      clientMessageId: first?.clientMessageId ?? '',
      seq: 1,
    });
    expect(chat.current.pending).toEqual([]);
    expect(chat.current.messages.map((message) => [message.seq, message.text])).toEqual([
      [1, 'hello?'],
    ]);
  });

  it('resumes from the last seq it has and shows each message once, in seq order', () => {
    const { chat, latest, timers } = openedChat();
    const reply = (seq: number, text: string) => ({
      seq,
      from: 'counsellor' as const,
      counsellor: COUNSELLOR,
      text,
      sentAt: AT,
    });
    latest().serverSends({ type: 'claimed', conversationId: CONVERSATION, counsellor: COUNSELLOR });
    latest().serverSends({
      type: 'message',
      conversationId: CONVERSATION,
      message: reply(1, 'Hi'),
    });
    latest().serverSends({
      type: 'message',
      conversationId: CONVERSATION,
      message: reply(2, 'Yes'),
    });
    expect(chat.current.phase).toBe('active');
    expect(chat.current.unread).toBe(2);
    expect(chat.lastSeq).toBe(2);

    latest().connectionDrops();
    timers.runAll();
    latest().serverWelcomes();
    expect(latest().sentOfType('resume')[0]?.afterSeq).toBe(2);
    latest().serverSends({ type: 'resumed', conversation: conversation(4, 'active') });
    // The server follows `resumed` with the history after seq 2: asking again would double it.
    expect(latest().sentOfType('sync')).toEqual([]);
    // A server that sends one again anyway (and out of order) changes nothing twice.
    latest().serverSends({
      type: 'history',
      conversationId: CONVERSATION,
      afterSeq: 1,
      messages: [reply(4, 'Four'), reply(2, 'Yes'), reply(3, 'Three')],
      complete: true,
    });
    expect(chat.current.messages.map((message) => message.seq)).toEqual([1, 2, 3, 4]);
    expect(chat.current.unread).toBe(4);
    chat.markRead();
    expect(chat.current.unread).toBe(0);
    expect(latest().sentOfType('read').at(-1)).toEqual({
      type: 'read',
      conversationId: CONVERSATION,
      seq: 4,
    });
  });

  it('asks again after the pause the server names when it refuses for now', () => {
    const { chat, latest, timers, retryTimers } = openedChat();
    chat.send('still there?');
    const sent = latest().sentOfType('send')[0];
    latest().serverSends({
      type: 'error',
      code: 'storage-failed',
      message: 'not stored',
      conversationId: CONVERSATION,
      clientMessageId: sent?.clientMessageId ?? '',
    });
    expect(chat.current.pending).toHaveLength(1);
    retryTimers.runAll();
    expect(retryTimers.delays.at(-1)).toBe(2000);
    expect(
      latest()
        .sentOfType('send')
        .map((send) => send.clientMessageId),
    ).toEqual([sent?.clientMessageId, sent?.clientMessageId]);

    // After a server restart many players resume at once: a refused resume is tried again.
    latest().connectionDrops();
    timers.runAll();
    latest().serverWelcomes();
    expect(latest().sentOfType('resume')).toHaveLength(1);
    latest().serverSends({
      type: 'error',
      code: 'rate-limited',
      message: 'slow down',
      retryAfterMs: 700,
    });
    retryTimers.runAll();
    expect(retryTimers.delays.at(-1)).toBe(700);
    expect(latest().sentOfType('resume')).toHaveLength(2);
    latest().serverSends({ type: 'resumed', conversation: conversation(0) });
    // Once back in the conversation, nothing more is asked again.
    latest().serverSends({ type: 'error', code: 'rate-limited', message: 'slow down' });
    retryTimers.runAll();
    expect(latest().sentOfType('resume')).toHaveLength(2);
  });

  it('tries a refused open again with the same requestId, and gives up on a real refusal', () => {
    const { chat, latest, retryTimers } = setUp();
    chat.open(REQUEST);
    latest().serverWelcomes();
    const open = latest().sentOfType('open')[0];
    latest().serverSends({
      type: 'error',
      code: 'rate-limited',
      message: 'slow down',
      requestId: open?.requestId ?? '',
      retryAfterMs: 1000,
    });
    expect(chat.current.phase).toBe('starting');
    retryTimers.runAll();
    expect(
      latest()
        .sentOfType('open')
        .map((sent) => sent.requestId),
    ).toEqual([open?.requestId, open?.requestId]);
    latest().serverSends({
      type: 'error',
      code: 'consent-outdated',
      message: 'changed',
      requestId: open?.requestId ?? '',
    });
    expect(chat.current).toMatchObject({ phase: 'idle', lastError: 'consent-outdated' });
    retryTimers.runAll();
    expect(latest().sentOfType('open')).toHaveLength(2);
  });

  it('asks for more when a history frame is incomplete', () => {
    const { latest } = openedChat();
    latest().serverSends({
      type: 'history',
      conversationId: CONVERSATION,
      afterSeq: 0,
      messages: [{ seq: 1, from: 'player', text: 'a', sentAt: AT }],
      complete: false,
    });
    expect(latest().sentOfType('sync')).toEqual([
      { type: 'sync', conversationId: CONVERSATION, afterSeq: 1 },
    ]);
  });

  it('re-sends an unanswered open with the same requestId after a reconnect', () => {
    const { chat, latest, timers } = setUp();
    chat.open(REQUEST);
    latest().serverWelcomes();
    const first = latest().sentOfType('open')[0];
    latest().connectionDrops();
    timers.runAll();
    latest().serverWelcomes();
    expect(latest().sentOfType('open')[0]?.requestId).toBe(first?.requestId);
  });

  it('waits longer after each failed attempt and stops for another protocol version', () => {
    const { chat, latest, timers, sockets } = setUp();
    chat.open(REQUEST);
    latest().connectionDrops();
    timers.runAll();
    latest().connectionDrops();
    timers.runAll();
    latest().connectionDrops();
    expect(timers.delays).toEqual([500, 1000, 2000]);
    timers.runAll();
    latest().connectionDrops(CHAT_CLOSE_CODES.protocolVersion);
    expect(chat.current.connection).toBe('outdated');
    timers.runAll();
    expect(sockets).toHaveLength(4);
  });

  it('shows typing, ends, and forgets everything once deleted', () => {
    const { chat, latest } = openedChat();
    latest().serverSends({
      type: 'typing',
      conversationId: CONVERSATION,
      from: 'counsellor',
      isTyping: true,
    });
    expect(chat.current.counsellorTyping).toBe(true);
    chat.end();
    expect(latest().sentOfType('end')).toEqual([{ type: 'end', conversationId: CONVERSATION }]);
    latest().serverSends({ type: 'ended', conversationId: CONVERSATION, by: 'player' });
    expect(chat.current.phase).toBe('ended');
    expect(chat.current.counsellorTyping).toBe(false);

    chat.deleteConversation();
    expect(latest().sentOfType('delete')).toEqual([
      { type: 'delete', conversationId: CONVERSATION },
    ]);
    latest().serverSends({ type: 'deleted', conversationId: CONVERSATION });
    expect(chat.current.phase).toBe('deleted');
    expect(chat.current.messages).toEqual([]);
    expect(latest().closedWith).toBe(CHAT_CLOSE_CODES.normal);
  });

  it('drops frames that do not parse and messages of other conversations', () => {
    const { chat, latest } = openedChat();
    latest().serverSendsRaw({ type: 'message', conversationId: CONVERSATION, message: { seq: 0 } });
    latest().serverSendsRaw({
      type: 'message',
      conversationId: 'c_zzzzzzzzzzzzzzzzzzzzzzzzzz',
      message: { seq: 1, from: 'player', text: 'x', sentAt: AT },
    });
    expect(chat.current.messages).toEqual([]);
  });

  it('an unknown phrase is reported and not retried', () => {
    const { chat, latest, timers, sockets } = setUp();
    chat.resume('wrong words');
    latest().serverWelcomes();
    latest().serverSends({ type: 'error', code: 'resume-phrase-unknown', message: 'unknown' });
    expect(chat.current.phase).toBe('idle');
    expect(chat.current.lastError).toBe('resume-phrase-unknown');
    latest().connectionDrops();
    timers.runAll();
    sockets.at(-1)?.serverWelcomes();
    expect(sockets.at(-1)?.sentOfType('resume')).toEqual([]);
  });

  it('destroy closes the socket for good', () => {
    const { chat, latest, timers, sockets } = openedChat();
    chat.destroy();
    expect(latest().closedWith).toBe(CHAT_CLOSE_CODES.normal);
    timers.runAll();
    expect(sockets).toHaveLength(1);
  });
});
