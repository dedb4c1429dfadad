import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CHAT_CLOSE_CODES,
  MAX_FRAME_BYTES,
  type ChatEntry,
  type ClientMessageOf,
} from '../../core/protocol/chatProtocol.ts';
import { scrubAddresses } from '../logger.ts';
import type { ChatLimits } from './chatService.ts';
import {
  CONSENT_VERSION,
  readAllFiles,
  REVIEWED_STORY,
  startChatHarness,
  UpgradeRefused,
  type ChatHarness,
  type TestClient,
} from './testing/chatHarness.ts';

let harness: ChatHarness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness?.dispose();
  harness = undefined;
});

async function start(limits: Partial<ChatLimits> = {}, now?: () => Date): Promise<ChatHarness> {
  harness = await startChatHarness(limits, now);
  return harness;
}

const newGuestToken = (): string => randomBytes(16).toString('base64url');

function openFrame(entry: ChatEntry = { via: 'help-button' }): ClientMessageOf<'open'> {
  return {
    type: 'open',
    requestId: randomUUID(),
    consentVersion: CONSENT_VERSION,
    preferences: {
      counsellorKind: 'any',
      counsellorGender: 'any',
      language: 'de',
      wishes: ['leave-a-group'],
    },
    format: 'live',
    entry,
    sharedStoryPosition: { storyId: REVIEWED_STORY, knot: 'kitchen.late' },
  };
}

async function openAsPlayer(chat: ChatHarness, guestToken = newGuestToken()) {
  const player = await chat.connect();
  await player.helloAsPlayer(guestToken);
  player.send(openFrame());
  const opened = await player.next('opened');
  return { player, opened, guestToken, conversationId: opened.conversation.conversationId };
}

async function counsellor(chat: ChatHarness, name: string): Promise<TestClient> {
  await chat.addCounsellor(name, `Pseudo ${name}`);
  const client = await chat.connect({ cookie: await chat.signIn(name) });
  await client.helloAsCounsellor();
  return client;
}

function sendFrame(conversationId: string, text: string, clientMessageId = randomUUID()) {
  return { type: 'send', conversationId, clientMessageId, text } as const;
}

/** Nothing a player wrote, and nothing shaped like an address, in the data folder or the log. */
function expectNothingLeaked(chat: ChatHarness, plaintexts: string[]): void {
  const files = readAllFiles(chat.dataDir);
  expect(files.length).toBeGreaterThan(0);
  for (const { file, bytes } of files) {
    const text = bytes.toString('latin1');
    for (const plaintext of plaintexts) {
      expect(bytes.includes(Buffer.from(plaintext, 'utf8')), `${plaintext} in ${file}`).toBe(false);
    }
    expect(scrubAddresses(text), `an address in ${file}`).toBe(text);
  }
  const log = chat.logLines.join('');
  expect(log.length).toBeGreaterThan(0);
  for (const plaintext of plaintexts) expect(log).not.toContain(plaintext);
  expect(log).not.toContain('[address]');
  expect(scrubAddresses(log)).toBe(log);
}

describe('the chat socket', () => {
  it('player opens, two counsellors race to claim, one wins, and both sides talk', async () => {
    const chat = await start();
    const anna = await counsellor(chat, 'anna');
    const ben = await counsellor(chat, 'ben');
    anna.send({ type: 'subscribe-queue' });
    expect(await anna.next('queue')).toMatchObject({ waiting: [], mine: [] });

    const { player, opened, guestToken, conversationId } = await openAsPlayer(chat);
    expect(opened.resumePhrase).toMatch(/^[a-z]+(?:-[a-z]+){4}$/);
    expect(opened.conversation).toMatchObject({ status: 'waiting', lastSeq: 0 });

    const update = await anna.next('queue-update');
    expect(update.added).toHaveLength(1);
    expect(update.added[0]).toMatchObject({
      conversationId,
      preferences: { language: 'de', wishes: ['leave-a-group'] },
      sharedStoryPosition: { storyId: REVIEWED_STORY, knot: 'kitchen.late' },
    });

    anna.send({ type: 'claim', conversationId });
    ben.send({ type: 'claim', conversationId });
    const outcomes = [
      await anna.next(['claimed', 'claim-failed']),
      await ben.next(['claimed', 'claim-failed']),
    ];
    expect(outcomes.map((outcome) => outcome.type).sort()).toEqual(['claim-failed', 'claimed']);
    expect(outcomes.find((outcome) => outcome.type === 'claim-failed')).toMatchObject({
      reason: 'already-claimed',
    });
    const winner = outcomes[0]?.type === 'claimed' ? anna : ben;
    const loser = winner === anna ? ben : anna;
    expect(await player.next('claimed')).toMatchObject({
      conversationId,
      counsellor: { kind: 'professional' },
    });
    expect(await winner.next('history')).toMatchObject({ messages: [], complete: true });

    const question = `player question ${randomUUID()}`;
    const questionFrame = sendFrame(conversationId, question);
    player.send(questionFrame);
    expect(await player.next('ack')).toEqual({
      type: 'ack',
      conversationId,
      clientMessageId: questionFrame.clientMessageId,
      seq: 1,
    });
    expect((await winner.next('message')).message).toMatchObject({
      seq: 1,
      from: 'player',
      text: question,
    });

    const reply = `counsellor reply ${randomUUID()}`;
    winner.send(sendFrame(conversationId, reply));
    expect(await winner.next('ack')).toMatchObject({ seq: 2 });
    expect((await player.next('message')).message).toMatchObject({
      seq: 2,
      from: 'counsellor',
      text: reply,
    });

    // A retry of a delivered message is acknowledged again but not delivered twice.
    player.send(questionFrame);
    expect((await player.next('ack')).seq).toBe(1);
    const third = `third ${randomUUID()}`;
    player.send(sendFrame(conversationId, third));
    expect((await player.next('ack')).seq).toBe(3);
    expect((await winner.next('message')).message).toMatchObject({ seq: 3, text: third });

    // The losing counsellor may not write into someone else's conversation.
    loser.send(sendFrame(conversationId, 'not mine'));
    expect(await loser.next('error')).toMatchObject({ code: 'not-found' });

    // Nothing a counsellor received identifies the player.
    const counsellorFrames = JSON.stringify([...anna.frames, ...ben.frames, update]);
    expect(counsellorFrames).not.toContain(guestToken);
    expect(counsellorFrames).not.toContain(opened.resumePhrase);

    await chat.stop();
    expectNothingLeaked(chat, [
      question,
      reply,
      third,
      'not mine',
      opened.resumePhrase,
      guestToken,
    ]);
  });

  it('loses nothing and doubles nothing across reconnects, and resumes by phrase', async () => {
    const chat = await start();
    const { player, opened, conversationId } = await openAsPlayer(chat);

    const first = sendFrame(conversationId, 'first message');
    player.send(first);
    player.send(first);
    const acks = [await player.next('ack'), await player.next('ack')];
    expect(acks.map((ack) => ack.seq)).toEqual([1, 1]);

    // A message for a counsellor who is not there yet waits; the claim delivers it.
    const anna = await counsellor(chat, 'anna');
    await player.close();
    anna.send({ type: 'claim', conversationId });
    await anna.next('claimed');
    expect((await anna.next('history')).messages.map((message) => message.text)).toEqual([
      'first message',
    ]);
    // A reply waits for the player, who comes back from another device with the phrase.
    anna.send(sendFrame(conversationId, 'reply while away'));
    await anna.next('ack');
    await anna.close();

    const back = await chat.connect();
    await back.helloAsPlayer(newGuestToken());
    back.send({ type: 'resume', phrase: opened.resumePhrase.toUpperCase().replace(/-/g, ' ') });
    expect((await back.next('resumed')).conversation).toMatchObject({
      conversationId,
      status: 'active',
      lastSeq: 2,
    });
    const history = await back.next('history');
    expect(history.messages.map((message) => [message.seq, message.from])).toEqual([
      [1, 'player'],
      [2, 'counsellor'],
    ]);

    // A retry after a lost ack gets the first seq; a sync from where the client was is exact.
    back.send(first);
    expect((await back.next('ack')).seq).toBe(1);
    back.send({ type: 'sync', conversationId, afterSeq: 1 });
    const sync = await back.next('history');
    expect(sync).toMatchObject({ afterSeq: 1, complete: true });
    expect(sync.messages.map((message) => message.seq)).toEqual([2]);

    const stranger = await chat.connect();
    await stranger.helloAsPlayer(newGuestToken());
    stranger.send({ type: 'resume', phrase: 'apple-apple-apple-apple-apple' });
    expect(await stranger.next('error')).toMatchObject({ code: 'resume-phrase-unknown' });
    stranger.send({ type: 'sync', conversationId, afterSeq: 0 });
    expect(await stranger.next('error')).toMatchObject({ code: 'not-found' });
  });

  it('deletes the conversation file at once and tells both sides', async () => {
    const chat = await start();
    const { player, conversationId } = await openAsPlayer(chat);
    const anna = await counsellor(chat, 'anna');
    anna.send({ type: 'claim', conversationId });
    await anna.next('claimed');
    player.send(sendFrame(conversationId, 'please forget this'));
    await player.next('ack');
    const file = path.join(chat.dataDir, 'conversations', `${conversationId}.json`);
    expect(existsSync(file)).toBe(true);

    player.send({ type: 'delete', conversationId });
    expect(await player.next('deleted')).toEqual({ type: 'deleted', conversationId });
    expect(await anna.next('deleted')).toEqual({ type: 'deleted', conversationId });
    expect(existsSync(file)).toBe(false);
    expect(await chat.data.chat.getConversation(conversationId)).toBeUndefined();

    await chat.stop();
    expectNothingLeaked(chat, ['please forget this']);
  });

  it('refuses a hook the ethics review does not allow, on the socket and over HTTP', async () => {
    const chat = await start();
    const player = await chat.connect();
    await player.helloAsPlayer(newGuestToken());
    const refused = openFrame({ via: 'hook', hook: 'helpline', storyId: REVIEWED_STORY });
    player.send(refused);
    const error = await player.next('error');
    expect(error).toMatchObject({ code: 'hook-not-allowed', requestId: refused.requestId });
    expect(error.message).toContain('does not allow "helpline"');

    player.send(openFrame({ via: 'hook', hook: 'chat', storyId: 'unknown-story' }));
    expect((await player.next('error')).message).toContain('not approved');
    player.send(openFrame({ via: 'hook', hook: 'chat', storyId: REVIEWED_STORY }));
    await player.next('opened');
    player.send({ ...openFrame(), consentVersion: 'older' });
    expect(await player.next('error')).toMatchObject({ code: 'consent-outdated' });

    const check = (body: unknown, origin = chat.url) =>
      fetch(`${chat.url}/api/chat/check-entry`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify(body),
      });
    const denied = await check({ storyId: REVIEWED_STORY, hook: 'helpline' });
    expect(denied.status).toBe(403);
    expect(((await denied.json()) as { error: string }).error).toContain('does not allow');
    const allowed = await check({ storyId: REVIEWED_STORY, hook: 'chat' });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual({ allowed: true });
    expect(
      (await check({ storyId: REVIEWED_STORY, hook: 'chat' }, 'https://evil.test')).status,
    ).toBe(403);
    expect((await check({ storyId: 'Not An Id', hook: 'chat' })).status).toBe(400);
  });

  it('closes with clear codes: wrong version, garbage, oversize, unauthorised, foreign origin', async () => {
    const chat = await start({ maxStrikes: 3 });

    const old = await chat.connect();
    old.sendRaw(JSON.stringify({ type: 'hello', protocolVersion: 99, role: 'player' }));
    expect(await old.next('error')).toMatchObject({ code: 'protocol-version' });
    expect(await old.closed).toBe(CHAT_CLOSE_CODES.protocolVersion);

    const garbage = await chat.connect();
    garbage.sendRaw('not json');
    expect(await garbage.next('error')).toMatchObject({ code: 'invalid-frame' });
    garbage.sendRaw('{"type":"nonsense"}');
    garbage.sendRaw('{"type":"subscribe-queue"}');
    expect(await garbage.closed).toBe(CHAT_CLOSE_CODES.invalidFrame);

    const big = await chat.connect();
    big.sendRaw('x'.repeat(MAX_FRAME_BYTES + 1));
    expect(await big.closed).toBe(CHAT_CLOSE_CODES.frameTooLarge);

    const impostor = await chat.connect();
    impostor.sendRaw(JSON.stringify({ type: 'hello', protocolVersion: 1, role: 'counsellor' }));
    expect(await impostor.closed).toBe(CHAT_CLOSE_CODES.unauthorised);

    const player = await chat.connect();
    await player.helloAsPlayer(newGuestToken());
    player.send({ type: 'subscribe-queue' });
    expect(await player.next('error')).toMatchObject({ code: 'not-allowed' });

    await expect(chat.connect({ origin: 'https://evil.test' })).rejects.toEqual(
      new UpgradeRefused(403),
    );
    await expect(chat.connect({ origin: null })).rejects.toEqual(new UpgradeRefused(403));
  });

  it('rate-limits messages per connection and closes a connection that keeps pushing', async () => {
    const chat = await start({
      messages: { capacity: 2, refillPerSecond: 0.001 },
      maxStrikes: 3,
    });
    const { player, conversationId } = await openAsPlayer(chat);
    player.send(sendFrame(conversationId, 'one'));
    await player.next('ack');
    player.send(sendFrame(conversationId, 'two'));
    const limited = await player.next('error');
    expect(limited.code).toBe('rate-limited');
    expect(limited.retryAfterMs).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) player.send(sendFrame(conversationId, `flood ${i}`));
    expect(await player.closed).toBe(CHAT_CLOSE_CODES.rateLimited);
    const stored = await chat.data.chat.messagesAfter(conversationId, 0);
    expect(stored.map((message) => message.text)).toEqual(['one']);
  });

  it('rate-limits per guest token across connections', async () => {
    const chat = await start({ guestMessages: { capacity: 2, refillPerSecond: 0.001 } });
    const guestToken = newGuestToken();
    const { player, conversationId } = await openAsPlayer(chat, guestToken);
    player.send(sendFrame(conversationId, 'one'));
    await player.next('ack');
    const second = await chat.connect();
    await second.helloAsPlayer(guestToken);
    second.send(openFrame());
    expect(await second.next('error')).toMatchObject({ code: 'rate-limited' });
    const other = await chat.connect();
    await other.helloAsPlayer(newGuestToken());
    other.send(openFrame());
    await other.next('opened');
  });

  it('ends a conversation for both sides; nothing more can be sent into it', async () => {
    const chat = await start();
    const { player, conversationId } = await openAsPlayer(chat);
    const anna = await counsellor(chat, 'anna');
    anna.send({ type: 'claim', conversationId });
    await anna.next('claimed');
    anna.send({ type: 'typing', conversationId, isTyping: true });
    expect(await player.next('typing')).toMatchObject({ from: 'counsellor', isTyping: true });
    player.send({ type: 'read', conversationId, seq: 1 });
    expect(await anna.next('read')).toMatchObject({ by: 'player', seq: 1 });
    player.send({ type: 'end', conversationId });
    expect(await player.next('ended')).toMatchObject({ conversationId, by: 'player' });
    expect(await anna.next('ended')).toMatchObject({ conversationId, by: 'player' });
    anna.send(sendFrame(conversationId, 'too late'));
    expect(await anna.next('error')).toMatchObject({ code: 'conversation-ended' });
  });

  /** Anna watches her queue; then her session ends through the staff API, as in another tab. */
  async function counsellorSignedOutElsewhere(chat: ChatHarness): Promise<TestClient> {
    await chat.addCounsellor('anna', 'Pseudo anna');
    const cookie = await chat.signIn('anna');
    const anna = await chat.connect({ cookie });
    await anna.helloAsCounsellor();
    anna.send({ type: 'subscribe-queue' });
    await anna.next('queue');
    const logout = await fetch(`${chat.url}/api/staff/logout`, {
      method: 'POST',
      headers: { cookie, origin: chat.url },
    });
    expect(logout.status).toBe(204);
    return anna;
  }

  it("ends a counsellor's socket once they sign out", async () => {
    const anna = await counsellorSignedOutElsewhere(await start());
    anna.send({ type: 'subscribe-queue' });
    expect(await anna.next('error')).toMatchObject({ code: 'not-allowed' });
    expect(await anna.closed).toBe(CHAT_CLOSE_CODES.unauthorised);
  });

  it("closes a signed-out counsellor's socket at the next heartbeat, without waiting for a frame", async () => {
    const anna = await counsellorSignedOutElsewhere(await start({ heartbeatMs: 20 }));
    expect(await anna.closed).toBe(CHAT_CLOSE_CODES.unauthorised);
  });

  it('closes a connection that never says hello, and one that stays idle', async () => {
    let time = Date.parse('2026-01-01T10:00:00Z');
    const chat = await start(
      { handshakeMs: 20, heartbeatMs: 20, idleMs: 60_000 },
      () => new Date(time),
    );
    const silent = await chat.connect();
    expect(await silent.closed).toBe(CHAT_CLOSE_CODES.handshakeTimeout);

    const idle = await chat.connect();
    await idle.helloAsPlayer(newGuestToken());
    time += 61_000;
    expect(await idle.closed).toBe(CHAT_CLOSE_CODES.idleTimeout);
  });
});
