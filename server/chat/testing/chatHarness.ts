/**
 * The real app with the staff API, the check-entry route and the chat socket, on a free port of
 * 127.0.0.1, over a real lowdb data folder in a temporary directory. Clients are real `ws`
 * sockets; counsellors sign in through POST /api/staff/login like the workspace.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { WebSocket } from 'ws';
import { permissiveEthicsConfig } from '../../../core/testing/ethicsFixtures.node.ts';
import { writeTree } from '../../../core/testing/inkFixtures.node.ts';
import {
  PROTOCOL_VERSION,
  parseServerFrame,
  type ClientMessage,
  type CounsellorProfile,
  type ServerMessage,
  type ServerMessageOf,
  type ServerMessageType,
} from '../../../core/protocol/chatProtocol.ts';
import type { StoryReview } from '../../../core/protocol/storyApi.ts';
import { createApp } from '../../app.ts';
import { createLogger } from '../../logger.ts';
import { PasswordHasher } from '../../staff/passwordHash.ts';
import { SessionStore } from '../../staff/sessions.ts';
import { openAccountRepository, StaffAccounts } from '../../staff/staffAccounts.ts';
import { StaffAuthenticator } from '../../staff/staffAuthenticator.ts';
import { createStaffRouter } from '../../staff/staffRouter.ts';
import { FAST_HASHING, sessionCookieOf } from '../../staff/testing/staffApp.ts';
import { startServer, type RunningServer } from '../../startServer.ts';
import { liveStorySource } from '../../storySource.ts';
import { openDataStore, type DataStore } from '../../store/openDataStore.ts';
import { CHAT_PATH, prepareChatServer, type ChatServer } from '../chatServer.ts';
import type { ChatLimits } from '../chatService.ts';

export const CONSENT_VERSION = 'test';
export const STAFF_PASSWORD = 'a long and quiet river';
/** The one approved story: `chat` hooks allowed, `helpline` not. */
export const REVIEWED_STORY = 'demo';
const FRAME_WAIT_MS = 5000;
export const DEFAULT_COUNSELLOR_PROFILE: CounsellorProfile = {
  kind: 'professional',
  languages: ['en', 'de'],
};

export interface ChatHarness {
  url: string;
  wsUrl: string;
  dataDir: string;
  data: DataStore;
  chat: ChatServer;
  logLines: string[];
  /** A counsellor (default profile: a professional speaking en and de), or another chat role. */
  addCounsellor(
    name: string,
    pseudonym: string,
    options?: { profile?: CounsellorProfile | null; role?: 'counsellor' | 'supervisor' },
  ): Promise<void>;
  /** Signs in through the staff API; returns the Cookie header value. */
  signIn(name: string): Promise<string>;
  connect(options?: { cookie?: string; origin?: string | null }): Promise<TestClient>;
  /** Stops the chat, the server and the store (the data folder stays for inspection). */
  stop(): Promise<void>;
  /** Removes the temporary folders. */
  dispose(): void;
}

export async function startChatHarness(
  limits: Partial<ChatLimits> = {},
  now?: () => Date,
  /** An existing data folder and a fixed port: a restart on the same folder and URL. */
  placement: { dataDir?: string; port?: number } = {},
): Promise<ChatHarness> {
  const dataDir = placement.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'offramp-chat-')));
  const storiesDir = writeTree({}, 'offramp-chat-stories-');
  const logLines: string[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => logLines.push(line) });
  // One clock for the store's timestamps and the service's, so tests can move time for both.
  const data = await openDataStore({ dataDir, env: {}, ...(now ? { now } : {}) });
  const accounts = new StaffAccounts(openAccountRepository(data.accounts));
  const sessions = new SessionStore({});
  const authenticator = new StaffAuthenticator({ accounts, sessions, secureCookies: true });
  const hasher = new PasswordHasher(FAST_HASHING);
  const reviewOf = (storyId: string): Promise<StoryReview | undefined> =>
    Promise.resolve(
      storyId === REVIEWED_STORY ? { reviewed: true, allowedHooks: ['chat'] } : undefined,
    );

  const pendingChat = prepareChatServer({
    staffAccounts: () => accounts.list(),
    store: data.chat,
    consentVersion: CONSENT_VERSION,
    reviewOf,
    hashResumePhrase: data.keys.hashResumePhrase,
    authenticator,
    logger,
    limits,
    ...(now ? { now } : {}),
  });
  const outer = express();
  outer.use('/api/chat', ...pendingChat.routers);
  outer.use(
    createApp({
      mode: 'production',
      stories: liveStorySource(storiesDir),
      ethics: { config: permissiveEthicsConfig(), showUnreviewed: true },
      frontend: { handler: (_request, _response, next) => next() },
      logger,
      staff: createStaffRouter({
        accounts,
        sessions,
        logger,
        secureCookies: true,
        hasher,
        loginRate: { capacity: 1000, refillPerSecond: 1000 },
      }),
    }),
  );
  const running: RunningServer = await startServer(outer, {
    port: placement.port ?? 0,
    host: '127.0.0.1',
  });
  const url = `http://127.0.0.1:${running.port}`;
  const chat = pendingChat.attach(running.server);
  const clients: TestClient[] = [];
  let stopped = false;

  return {
    url,
    wsUrl: `ws://127.0.0.1:${running.port}${CHAT_PATH}`,
    dataDir,
    data,
    chat,
    logLines,
    async addCounsellor(name, pseudonym, options = {}) {
      const profile =
        options.profile === undefined ? DEFAULT_COUNSELLOR_PROFILE : (options.profile ?? undefined);
      await accounts.add({
        name,
        role: options.role ?? 'counsellor',
        pseudonym,
        ...(profile ? { profile } : {}),
        passwordHash: await hasher.hash(STAFF_PASSWORD),
      });
    },
    async signIn(name) {
      const response = await fetch(`${url}/api/staff/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: url },
        body: JSON.stringify({ name, password: STAFF_PASSWORD }),
      });
      const cookie = sessionCookieOf(response);
      if (response.status !== 200 || !cookie) throw new Error(`sign-in failed: ${response.status}`);
      return cookie;
    },
    async connect(options = {}) {
      const origin = options.origin === undefined ? url : options.origin;
      const socket = new WebSocket(`ws://127.0.0.1:${running.port}${CHAT_PATH}`, {
        ...(origin === null ? {} : { origin }),
        ...(options.cookie ? { headers: { cookie: options.cookie } } : {}),
      });
      const client = new TestClient(socket);
      clients.push(client);
      await client.opened;
      return client;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      for (const client of clients) client.socket.terminate();
      await chat.close();
      await running.close(1000);
      await data.close();
    },
    dispose() {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(storiesDir, { recursive: true, force: true });
    },
  };
}

/** A chat client that records every frame and waits for the ones a test expects. */
export class TestClient {
  readonly frames: ServerMessage[] = [];
  private readonly waiters: Array<() => void> = [];
  closeCode: number | undefined;
  readonly opened: Promise<void>;
  readonly closed: Promise<number>;

  constructor(readonly socket: WebSocket) {
    this.opened = new Promise((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
      socket.once('unexpected-response', (_request, response) =>
        reject(new UpgradeRefused(response.statusCode ?? 0)),
      );
    });
    this.closed = new Promise((resolve) => {
      socket.on('close', (code) => {
        this.closeCode = code;
        resolve(code);
        this.wake();
      });
    });
    socket.on('error', () => undefined);
    socket.on('message', (data: Buffer) => {
      const parsed = parseServerFrame(data.toString('utf8'));
      if (!parsed.ok) throw new Error(`the server sent an invalid frame: ${parsed.message}`);
      this.frames.push(parsed.message);
      this.wake();
    });
  }

  send(frame: ClientMessage): void {
    this.socket.send(JSON.stringify(frame));
  }

  sendRaw(text: string): void {
    this.socket.send(text);
  }

  async helloAsPlayer(guestToken: string): Promise<void> {
    this.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION, role: 'player', guestToken });
    await this.next('welcome');
  }

  async helloAsCounsellor(): Promise<void> {
    this.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION, role: 'counsellor' });
    await this.next('welcome');
  }

  /** The first not yet taken frame of this type (optionally matching), waiting for it. */
  async next<T extends ServerMessageType>(
    type: T | readonly T[],
    match: (frame: ServerMessageOf<T>) => boolean = () => true,
  ): Promise<ServerMessageOf<T>> {
    const types: readonly string[] = typeof type === 'string' ? [type] : type;
    const deadline = Date.now() + FRAME_WAIT_MS;
    for (;;) {
      const index = this.frames.findIndex(
        (frame) => types.includes(frame.type) && match(frame as ServerMessageOf<T>),
      );
      if (index >= 0) return this.frames.splice(index, 1)[0] as ServerMessageOf<T>;
      if (this.closeCode !== undefined) {
        throw new Error(`closed (${this.closeCode}) before a "${types.join('|')}" frame arrived`);
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        const seen = this.frames.map((frame) => frame.type).join(', ');
        throw new Error(`no "${types.join('|')}" frame within ${FRAME_WAIT_MS} ms (have: ${seen})`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): Promise<number> {
    this.socket.close(1000);
    return this.closed;
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }
}

export class UpgradeRefused extends Error {
  constructor(readonly status: number) {
    super(`upgrade refused with ${status}`);
  }
}

/** Every file below `dir`, as bytes. */
export function readAllFiles(dir: string): Array<{ file: string; bytes: Buffer }> {
  const found: Array<{ file: string; bytes: Buffer }> = [];
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) found.push(...readAllFiles(file));
    else found.push({ file, bytes: readFileSync(file) });
  }
  return found;
}
