/**
 * Matching and availability through the real server: a counsellor's queue holds only the
 * contacts their profile fits (a supervisor's holds all), and GET /api/chat/availability tells
 * a player honestly whether anyone who fits works here, is online, how many wait before them
 * and how long live contacts recently waited.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { availabilityResponseSchema } from '../../core/protocol/chatAvailabilityApi.ts';
import type { ChatPreferences, ClientMessageOf } from '../../core/protocol/chatProtocol.ts';
import {
  CONSENT_VERSION,
  startChatHarness,
  type ChatHarness,
  type TestClient,
} from './testing/chatHarness.ts';

let harness: ChatHarness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness?.dispose();
  harness = undefined;
});

const GERMAN_FORMER_MEMBER = {
  counsellorKind: 'former-member',
  counsellorGender: 'any',
  language: 'de',
} as const;

function openFrame(
  wishes: Omit<ChatPreferences, 'wishes'>,
  format: 'live' | 'message' = 'live',
): ClientMessageOf<'open'> {
  return {
    type: 'open',
    requestId: randomUUID(),
    consentVersion: CONSENT_VERSION,
    preferences: { ...wishes, wishes: [] },
    format,
    entry: { via: 'help-button' },
  };
}

async function player(chat: ChatHarness): Promise<TestClient> {
  const client = await chat.connect();
  await client.helloAsPlayer(randomBytes(16).toString('base64url'));
  return client;
}

async function openContact(
  chat: ChatHarness,
  wishes: Omit<ChatPreferences, 'wishes'>,
  format: 'live' | 'message' = 'live',
): Promise<string> {
  const client = await player(chat);
  client.send(openFrame(wishes, format));
  return (await client.next('opened')).conversation.conversationId;
}

async function signedIn(chat: ChatHarness, name: string): Promise<TestClient> {
  const client = await chat.connect({ cookie: await chat.signIn(name) });
  await client.helloAsCounsellor();
  return client;
}

async function availability(chat: ChatHarness, query: Record<string, string>) {
  const response = await fetch(`${chat.url}/api/chat/availability?${new URLSearchParams(query)}`);
  return { status: response.status, body: (await response.json()) as unknown, response };
}

describe('matching and availability', () => {
  it('puts a contact only in the queues of counsellors who fit it, and every supervisor’s', async () => {
    const chat = (harness = await startChatHarness());
    await chat.addCounsellor('robin', 'Robin', {
      profile: { kind: 'former-member', gender: 'female', languages: ['de'] },
    });
    await chat.addCounsellor('alex', 'Alex', {
      profile: { kind: 'professional', languages: ['en'] },
    });
    await chat.addCounsellor('zoe', 'Zoe', {
      role: 'supervisor',
      profile: { kind: 'professional', languages: ['en'] },
    });
    const robin = await signedIn(chat, 'robin');
    const alex = await signedIn(chat, 'alex');
    const zoe = await signedIn(chat, 'zoe');
    for (const client of [robin, alex, zoe]) {
      client.send({ type: 'subscribe-queue' });
      await client.next('queue');
    }

    const german = await openContact(chat, GERMAN_FORMER_MEMBER);
    const english = await openContact(chat, {
      counsellorKind: 'any',
      counsellorGender: 'any',
      language: 'en',
    });
    const addedTo = async (client: TestClient) => {
      const ids: string[] = [];
      while (ids.length < (client === zoe ? 2 : 1)) {
        ids.push(...(await client.next('queue-update')).added.map((view) => view.conversationId));
      }
      return ids;
    };
    expect(await addedTo(robin)).toEqual([german]);
    expect(await addedTo(alex)).toEqual([english]);
    expect((await addedTo(zoe)).sort()).toEqual([german, english].sort());

    // A fresh look at the queue agrees with the updates.
    alex.send({ type: 'subscribe-queue' });
    expect((await alex.next('queue')).waiting.map((view) => view.conversationId)).toEqual([
      english,
    ]);

    // The player learns who joined as what they are.
    robin.send({ type: 'claim', conversationId: german });
    expect(await robin.next('claimed')).toMatchObject({
      counsellor: { pseudonym: 'Robin', kind: 'former-member' },
    });
  });

  it('tells the player whether anyone who fits works here, is online, and who waits first', async () => {
    const chat = (harness = await startChatHarness());
    await chat.addCounsellor('robin', 'Robin', {
      profile: { kind: 'former-member', gender: 'female', languages: ['de', 'en'] },
    });
    const ask = async (query: Record<string, string>) => {
      const answer = await availability(chat, query);
      expect(answer.status).toBe(200);
      expect(answer.response.headers.get('cache-control')).toBe('no-store');
      return availabilityResponseSchema.parse(answer.body);
    };

    expect(await ask({ ...GERMAN_FORMER_MEMBER })).toEqual({
      version: 1,
      status: 'offline',
      waitingAhead: 0,
      typicalWaitMinutes: null,
    });
    expect(await ask({ ...GERMAN_FORMER_MEMBER, counsellorKind: 'survivor' })).toMatchObject({
      status: 'none',
    });
    expect(await ask({ ...GERMAN_FORMER_MEMBER, counsellorGender: 'male' })).toMatchObject({
      status: 'none',
    });

    // Online means the workspace is open with the queue in view.
    const robin = await signedIn(chat, 'robin');
    expect(await ask({ ...GERMAN_FORMER_MEMBER })).toMatchObject({ status: 'offline' });
    robin.send({ type: 'subscribe-queue' });
    await robin.next('queue');
    expect(await ask({ ...GERMAN_FORMER_MEMBER })).toEqual({
      version: 1,
      status: 'online',
      waitingAhead: 0,
      typicalWaitMinutes: null,
    });

    // Two live contacts Robin could take wait; a message and one Robin does not fit do not count.
    await openContact(chat, GERMAN_FORMER_MEMBER);
    await openContact(chat, { ...GERMAN_FORMER_MEMBER, language: 'en' });
    await openContact(chat, GERMAN_FORMER_MEMBER, 'message');
    await openContact(chat, { ...GERMAN_FORMER_MEMBER, counsellorKind: 'survivor' });
    expect(await ask({ ...GERMAN_FORMER_MEMBER })).toMatchObject({
      status: 'online',
      waitingAhead: 2,
    });

    // Once the workspace closes, nobody who fits is online.
    robin.socket.terminate();
    await robin.closed;
    await expect
      .poll(async () => (await ask({ ...GERMAN_FORMER_MEMBER })).status, { timeout: 5000 })
      .toBe('offline');
  });

  it('estimates the wait from the median of recent live waits, and only when there are enough', async () => {
    let nowMs = Date.parse('2026-11-27T10:00:00.000Z');
    const chat = (harness = await startChatHarness({}, () => new Date(nowMs)));
    await chat.addCounsellor('robin', 'Robin', {
      profile: { kind: 'former-member', languages: ['de'] },
    });
    const robin = await signedIn(chat, 'robin');
    robin.send({ type: 'subscribe-queue' });
    await robin.next('queue');
    const ask = async () =>
      availabilityResponseSchema.parse((await availability(chat, GERMAN_FORMER_MEMBER)).body);

    const waits = [2, 6, 4]; // minutes: the median is 4
    for (const [index, minutes] of waits.entries()) {
      const id = await openContact(chat, GERMAN_FORMER_MEMBER);
      nowMs += minutes * 60_000;
      robin.send({ type: 'claim', conversationId: id });
      await robin.next('claimed', (frame) => frame.conversationId === id);
      expect((await ask()).typicalWaitMinutes).toBe(index < 2 ? null : 4);
    }
    // A message answered later is not a live wait.
    const message = await openContact(chat, GERMAN_FORMER_MEMBER, 'message');
    nowMs += 60 * 60_000;
    robin.send({ type: 'claim', conversationId: message });
    await robin.next('claimed', (frame) => frame.conversationId === message);
    expect((await ask()).typicalWaitMinutes).toBe(4);
    // Hours later those waits say nothing about now.
    nowMs += 4 * 60 * 60_000;
    expect((await ask()).typicalWaitMinutes).toBeNull();
  });

  it('refuses a query it cannot read, saying what is wrong', async () => {
    const chat = (harness = await startChatHarness());
    const wrong = await availability(chat, { ...GERMAN_FORMER_MEMBER, counsellorKind: 'coach' });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toEqual({
      error: expect.stringMatching(
        /^expected \?counsellorKind=&counsellorGender=&language= \(counsellorKind: /,
      ),
    });
    const extra = await availability(chat, { ...GERMAN_FORMER_MEMBER, ip: '1' });
    expect(extra.status).toBe(400);
  });

  it('does not let an account without a profile work the chat', async () => {
    const chat = (harness = await startChatHarness());
    await chat.addCounsellor('nobody', 'Nobody', { profile: null });
    const client = await chat.connect({ cookie: await chat.signIn('nobody') });
    client.send({ type: 'hello', protocolVersion: 1, role: 'counsellor' });
    expect(await client.next('error')).toMatchObject({
      code: 'not-allowed',
      message: expect.stringContaining('offramp user profile'),
    });
    expect(await client.closed).toBe(4003);
  });
});
