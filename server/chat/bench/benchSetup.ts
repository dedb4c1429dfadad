/**
 * Setting up the chat benchmarks' conversations on a running server: counsellors sign in
 * (POST /api/staff/login) and subscribe to the queue, players open a conversation each, the
 * counsellors claim them. Every wait is bounded; frames stay inside the default rate limits.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { PROTOCOL_VERSION, type ClientMessageOf } from '../../../core/protocol/chatProtocol.ts';
import { DEFAULT_CHAT_LIMITS } from '../chatService.ts';
import { CONSENT_VERSION, STAFF_PASSWORD } from '../testing/chatHarness.ts';
import { BenchSocket } from './benchSocket.ts';
import type { ServerReady } from './benchServerIpc.ts';
import { Pacer } from './pacer.ts';

export const CONNECT_TIMEOUT_MS = 10_000;
/** Setup frames (welcome, opened, claimed) wait this long, under the load of the setup itself. */
export const FRAME_TIMEOUT_MS = 20_000;
const CLAIMS_IN_FLIGHT = 5;
/** Clients set up at the same time. */
const SETUP_CONCURRENCY = 50;

export interface ConnectedCounsellor {
  name: string;
  socket: BenchSocket;
}

export interface ConnectedPlayer {
  socket: BenchSocket;
  guestToken: string;
  conversationId: string;
  resumePhrase: string;
}

/** What a player asks for when opening a conversation (the bench's one kind of request). */
export function benchOpenRequest(requestId: string): ClientMessageOf<'open'> {
  return {
    type: 'open',
    requestId,
    consentVersion: CONSENT_VERSION,
    preferences: {
      counsellorKind: 'any',
      counsellorGender: 'any',
      language: 'en',
      wishes: ['talk'],
    },
    format: 'live',
    entry: { via: 'help-button' },
  };
}

/** Signs in through the staff API; returns the Cookie header value. */
export async function signIn(url: string, name: string): Promise<string> {
  const response = await fetch(`${url}/api/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ name, password: STAFF_PASSWORD }),
    signal: AbortSignal.timeout(CONNECT_TIMEOUT_MS),
  });
  const cookie = response.headers
    .getSetCookie()
    .find((line) => /^(?:__Host-)?offramp-session=/.test(line))
    ?.split(';')[0];
  if (response.status !== 200 || !cookie) {
    throw new Error(`signing in ${name} failed with ${response.status}`);
  }
  return cookie;
}

async function connectCounsellor(ready: ServerReady, name: string): Promise<ConnectedCounsellor> {
  const cookie = await signIn(ready.url, name);
  const socket = await BenchSocket.connect(ready.wsUrl, {
    origin: ready.url,
    cookie,
    timeoutMs: CONNECT_TIMEOUT_MS,
  });
  socket.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION, role: 'counsellor' });
  await socket.next('welcome', (frame) => frame.type === 'welcome', FRAME_TIMEOUT_MS);
  socket.send({ type: 'subscribe-queue' });
  await socket.next('queue', (frame) => frame.type === 'queue', FRAME_TIMEOUT_MS);
  return { name, socket };
}

async function connectPlayer(ready: ServerReady): Promise<ConnectedPlayer> {
  const socket = await BenchSocket.connect(ready.wsUrl, {
    origin: ready.url,
    timeoutMs: CONNECT_TIMEOUT_MS,
  });
  const guestToken = randomBytes(16).toString('base64url');
  socket.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION, role: 'player', guestToken });
  await socket.next('welcome', (frame) => frame.type === 'welcome', FRAME_TIMEOUT_MS);
  const requestId = randomUUID();
  socket.send(benchOpenRequest(requestId));
  const answer = await socket.next(
    'opened',
    (frame) => (frame.type === 'opened' || frame.type === 'error') && frame.requestId === requestId,
    FRAME_TIMEOUT_MS,
  );
  if (answer.type !== 'opened') {
    throw new Error(`open was refused: ${answer.type === 'error' ? answer.code : answer.type}`);
  }
  return {
    socket,
    guestToken,
    conversationId: answer.conversation.conversationId,
    resumePhrase: answer.resumePhrase,
  };
}

/** Runs `task` for each item, at most `concurrency` at a time, in order of the items. */
export async function inBatches<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

export async function claimAll(
  counsellor: ConnectedCounsellor,
  conversationIds: readonly string[],
): Promise<void> {
  // Claims are frames: paced inside the per-connection frame limit.
  const framePacer = new Pacer([DEFAULT_CHAT_LIMITS.frames]);
  await inBatches(conversationIds, CLAIMS_IN_FLIGHT, async (conversationId) => {
    await framePacer.take(FRAME_TIMEOUT_MS);
    const answer = counsellor.socket.next(
      `claimed ${conversationId}`,
      (frame) =>
        (frame.type === 'claimed' || frame.type === 'claim-failed') &&
        frame.conversationId === conversationId,
      FRAME_TIMEOUT_MS,
    );
    counsellor.socket.send({ type: 'claim', conversationId });
    const frame = await answer;
    if (frame.type !== 'claimed') {
      throw new Error(
        `${counsellor.name} could not claim ${conversationId}: ${frame.type === 'claim-failed' ? frame.reason : frame.type}`,
      );
    }
  });
}

/** The counsellors claim the players' conversations, spread evenly (player i → counsellor i mod n). */
async function claimSpread(
  counsellors: readonly ConnectedCounsellor[],
  players: readonly { conversationId: string }[],
): Promise<void> {
  await Promise.all(
    counsellors.map((counsellor, c) =>
      claimAll(
        counsellor,
        players
          .filter((_, i) => i % counsellors.length === c)
          .map((player) => player.conversationId),
      ),
    ),
  );
}

export interface OpenedConversations {
  counsellors: ConnectedCounsellor[];
  players: ConnectedPlayer[];
  /** How long each step took. */
  counsellorsMs: number;
  openMs: number;
  claimMs: number;
}

/**
 * The counsellors sign in and subscribe, `count` players open a conversation each, and the
 * counsellors claim them, spread evenly (player i → counsellor i mod n).
 */
export async function openConversations(
  ready: ServerReady,
  count: number,
  progress: (text: string) => void,
): Promise<OpenedConversations> {
  let started = performance.now();
  progress(`signing in ${ready.counsellors.length} counsellors…`);
  const counsellors = await inBatches(ready.counsellors, SETUP_CONCURRENCY, (name) =>
    connectCounsellor(ready, name),
  );
  const counsellorsMs = performance.now() - started;
  started = performance.now();
  let opened = 0;
  const players = await inBatches(
    Array.from({ length: count }, (_, i) => i),
    SETUP_CONCURRENCY,
    async () => {
      const player = await connectPlayer(ready);
      opened += 1;
      if (opened % 50 === 0) progress(`players: ${opened}/${count} conversations opened`);
      return player;
    },
  );
  const openMs = performance.now() - started;
  started = performance.now();
  progress(`claiming ${count} conversations…`);
  await claimSpread(counsellors, players);
  return { counsellors, players, counsellorsMs, openMs, claimMs: performance.now() - started };
}

export async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Progress on stderr, one overwritten line, only on a terminal and not with --json. */
export function progressLine(show: boolean): { update(text: string): void; end(): void } {
  return {
    update: (text) => {
      if (show) process.stderr.write(`\r\x1b[K${text}`);
    },
    end: () => {
      if (show) process.stderr.write('\r\x1b[K');
    },
  };
}
