import { describe, expect, it } from 'vitest';
import {
  PROTOCOL_VERSION,
  type ClientMessage,
  type CounsellorCaseView,
  type ServerMessage,
} from '../../core/protocol/chatProtocol.ts';
import { ChatSocket, type SocketLike, type Timers } from '../../core/chat/chatSocket.ts';
import { CounsellorInbox } from './counsellorInbox.ts';

/** A network double with the WebSocket interface: the test plays the server. */
class FakeSocket implements SocketLike {
  readyState = 0;
  readonly sent: ClientMessage[] = [];
  private readonly listeners = new Map<string, Array<(event: never) => void>>();

  addEventListener(type: string, listener: (event: never) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  send(data: string): void {
    this.sent.push(JSON.parse(data) as ClientMessage);
  }
  close(): void {
    this.readyState = 3;
  }
  private emit(type: string, event: unknown): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event as never);
  }
  serverSends(message: ServerMessage): void {
    this.emit('message', { data: JSON.stringify(message) });
  }
  serverWelcomes(): void {
    this.readyState = 1;
    this.emit('open', {});
    this.serverSends({
      type: 'welcome',
      protocolVersion: PROTOCOL_VERSION,
      role: 'counsellor',
      limits: { maxFrameBytes: 16384, maxTextChars: 4000 },
    });
  }
  connectionDrops(): void {
    this.readyState = 3;
    this.emit('close', { code: 1006 });
  }
}

class ManualTimers implements Timers {
  private queue: Array<() => void> = [];
  setTimeout(callback: () => void): unknown {
    this.queue.push(callback);
    return this.queue.length;
  }
  clearTimeout(): void {}
  runAll(): void {
    const due = this.queue;
    this.queue = [];
    for (const callback of due) callback();
  }
}

const ID = 'c_0123456789abcdefghjkmnpqrs';
const AT = '2026-11-27T03:00:00.000Z';
const ME = { pseudonym: 'Sam', kind: 'survivor' } as const;
const WAITING: CounsellorCaseView = {
  conversationId: ID,
  status: 'waiting',
  format: 'live',
  createdAt: AT,
  lastActivityAt: AT,
  lastSeq: 1,
  preferences: { counsellorKind: 'any', counsellorGender: 'any', language: 'de', wishes: ['talk'] },
  entry: { via: 'help-button' },
};

function setUp() {
  const sockets: FakeSocket[] = [];
  const timers = new ManualTimers();
  let ids = 0;
  const socket = new ChatSocket({
    url: 'ws://test/api/chat',
    hello: { type: 'hello', protocolVersion: PROTOCOL_VERSION, role: 'counsellor' },
    createSocket: () => {
      const fake = new FakeSocket();
      sockets.push(fake);
      return fake;
    },
    timers,
  });
  const inbox = new CounsellorInbox({
    socket,
    newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
    now: () => new Date(AT),
  });
  inbox.start();
  const latest = () => sockets.at(-1) ?? new FakeSocket();
  latest().serverWelcomes();
  return { inbox, latest, timers, sockets };
}

const playerMessage = (seq: number, text: string) => ({
  seq,
  from: 'player' as const,
  text,
  sentAt: AT,
});

describe('CounsellorInbox', () => {
  it('knows when the whole queue has arrived, and forgets it while the connection is down', () => {
    const { inbox, latest, timers } = setUp();
    expect(inbox.current.queueReceived).toBe(false);
    latest().serverSends({ type: 'queue', waiting: [WAITING], mine: [] });
    expect(inbox.current.queueReceived).toBe(true);
    latest().connectionDrops();
    expect(inbox.current.queueReceived).toBe(false);
    timers.runAll();
    latest().serverWelcomes();
    expect(inbox.current.queueReceived).toBe(false);
    latest().serverSends({ type: 'queue', waiting: [], mine: [] });
    expect(inbox.current).toMatchObject({ queueReceived: true, waiting: [] });
  });

  it('subscribes to the queue, claims, reads the history and replies once per ack', () => {
    const { inbox, latest } = setUp();
    expect(latest().sent.map((message) => message.type)).toEqual(['hello', 'subscribe-queue']);
    latest().serverSends({ type: 'queue', waiting: [WAITING], mine: [] });
    expect(inbox.current.waiting).toEqual([WAITING]);

    inbox.claim(ID);
    latest().serverSends({ type: 'claimed', conversationId: ID, counsellor: ME });
    expect(inbox.current.waiting).toEqual([]);
    expect(latest().sent.at(-1)).toEqual({ type: 'sync', conversationId: ID, afterSeq: 0 });
    latest().serverSends({
      type: 'history',
      conversationId: ID,
      afterSeq: 0,
      messages: [playerMessage(1, 'hi')],
      complete: true,
    });
    inbox.send(ID, 'Hello, I am Sam.');
    const send = latest().sent.at(-1);
    expect(send?.type).toBe('send');
    const clientMessageId = send?.type === 'send' ? send.clientMessageId : '';
    latest().serverSends({ type: 'ack', conversationId: ID, clientMessageId, seq: 2 });
    latest().serverSends({ type: 'ack', conversationId: ID, clientMessageId, seq: 2 });
    const held = inbox.current.cases.get(ID);
    expect(held?.messages.map((message) => [message.seq, message.from])).toEqual([
      [1, 'player'],
      [2, 'counsellor'],
    ]);
    expect(held?.pending).toEqual([]);
  });

  it('after a reconnect: subscribes again, resends pending messages with the same id, syncs', () => {
    const { inbox, latest, timers } = setUp();
    latest().serverSends({
      type: 'queue',
      waiting: [],
      mine: [{ ...WAITING, status: 'active', counsellor: ME }],
    });
    latest().serverSends({
      type: 'history',
      conversationId: ID,
      afterSeq: 0,
      messages: [playerMessage(1, 'hi')],
      complete: true,
    });
    inbox.send(ID, 'still there?');
    const first = latest().sent.at(-1);
    latest().connectionDrops();
    timers.runAll();
    latest().serverWelcomes();
    latest().serverSends({
      type: 'queue',
      waiting: [],
      mine: [{ ...WAITING, status: 'active', counsellor: ME, lastSeq: 3 }],
    });
    const again = latest().sent.filter((message) => message.type === 'send');
    expect(again).toEqual([first]);
    expect(latest().sent.at(-1)).toEqual({ type: 'sync', conversationId: ID, afterSeq: 1 });
  });

  it('keeps each seq once, shows typing, and notes a deletion by the player', () => {
    const { inbox, latest } = setUp();
    latest().serverSends({
      type: 'queue',
      waiting: [],
      mine: [{ ...WAITING, status: 'active', counsellor: ME, lastSeq: 0 }],
    });
    latest().serverSends({ type: 'typing', conversationId: ID, from: 'player', isTyping: true });
    expect(inbox.current.cases.get(ID)?.playerTyping).toBe(true);
    latest().serverSends({ type: 'message', conversationId: ID, message: playerMessage(2, 'b') });
    latest().serverSends({ type: 'message', conversationId: ID, message: playerMessage(1, 'a') });
    latest().serverSends({ type: 'message', conversationId: ID, message: playerMessage(2, 'b') });
    const held = inbox.current.cases.get(ID);
    expect(held?.messages.map((message) => message.seq)).toEqual([1, 2]);
    expect(held?.unread).toBe(2);
    expect(held?.playerTyping).toBe(false);

    latest().serverSends({ type: 'deleted', conversationId: ID });
    expect(inbox.current.cases.get(ID)).toMatchObject({ deletedByPlayer: true, messages: [] });
  });

  it('a lost claim says so and leaves the queue', () => {
    const { inbox, latest } = setUp();
    latest().serverSends({ type: 'queue', waiting: [WAITING], mine: [] });
    inbox.claim(ID);
    latest().serverSends({ type: 'claim-failed', conversationId: ID, reason: 'already-claimed' });
    expect(inbox.current.claimFailed).toEqual({ conversationId: ID, reason: 'already-claimed' });
    expect(inbox.current.waiting).toEqual([]);
    expect(inbox.current.cases.size).toBe(0);
  });
});
