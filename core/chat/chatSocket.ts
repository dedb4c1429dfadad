/**
 * The chat's transport, shared by the game and the counsellor workspace, apart from any screen: one WebSocket to /api/chat that says `hello`,
 * waits for `welcome`, parses every frame against core/protocol/chatProtocol.ts and, when the
 * connection drops, opens a new one after a growing pause. What to send again after a
 * reconnect is the business of its user (`onReady` fires after every `welcome`).
 */
import {
  CHAT_CLOSE_CODES,
  parseServerFrame,
  type ClientMessage,
  type ServerMessage,
} from '../protocol/chatProtocol.ts';

/** The part of the browser's WebSocket this class uses; tests pass a fake network. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'close', listener: (event: { code: number }) => void): void;
  addEventListener(type: 'error', listener: () => void): void;
}

export type SocketFactory = (url: string) => SocketLike;

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const OPEN = 1;

/** Pauses before reconnect attempts; the last one repeats. */
export const RECONNECT_DELAYS_MS = [500, 1_000, 2_000, 5_000, 10_000] as const;

export type ChatSocketStatus =
  /** Connecting, or between reconnect attempts. */
  | 'connecting'
  /** `welcome` received: frames may be sent. */
  | 'ready'
  /** Closed on purpose (`close()`), or for good (another protocol version). */
  | 'closed'
  /** The server speaks another protocol version: the page must be reloaded. */
  | 'outdated';

export interface ChatSocketOptions {
  url: string;
  hello: ClientMessage & { type: 'hello' };
  createSocket?: SocketFactory;
  timers?: Timers;
  reconnectDelaysMs?: readonly number[];
}

export class ChatSocket {
  private socket: SocketLike | undefined;
  private currentStatus: ChatSocketStatus = 'closed';
  private attempt = 0;
  private reconnectTimer: unknown;
  private readonly messageListeners = new Set<(message: ServerMessage) => void>();
  private readonly statusListeners = new Set<(status: ChatSocketStatus) => void>();
  private readonly createSocket: SocketFactory;
  private readonly timers: Timers;
  private readonly delays: readonly number[];

  constructor(private readonly options: ChatSocketOptions) {
    this.createSocket = options.createSocket ?? ((url) => new WebSocket(url));
    this.timers = options.timers ?? {
      setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
      clearTimeout: (handle) => globalThis.clearTimeout(handle as number),
    };
    this.delays = options.reconnectDelaysMs ?? RECONNECT_DELAYS_MS;
  }

  get status(): ChatSocketStatus {
    return this.currentStatus;
  }

  /** Frames from the server, already validated. Returns the unsubscribe function. */
  onMessage(listener: (message: ServerMessage) => void): () => void {
    this.messageListeners.add(listener);
    return () => this.messageListeners.delete(listener);
  }

  onStatus(listener: (status: ChatSocketStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  connect(): void {
    if (this.currentStatus === 'connecting' || this.currentStatus === 'ready') return;
    this.attempt = 0;
    this.open();
  }

  /** Sends if the connection is ready; false otherwise (the caller keeps it for later). */
  send(message: ClientMessage): boolean {
    if (this.currentStatus !== 'ready' || this.socket?.readyState !== OPEN) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  /** Closes for good: no reconnect. Synchronous, so quick exit can call it. */
  close(): void {
    this.timers.clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    const socket = this.socket;
    this.socket = undefined;
    this.setStatus('closed');
    socket?.close(CHAT_CLOSE_CODES.normal);
  }

  private open(): void {
    this.setStatus('connecting');
    let socket: SocketLike;
    try {
      socket = this.createSocket(this.options.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.addEventListener('open', () => {
      if (this.socket === socket) socket.send(JSON.stringify(this.options.hello));
    });
    socket.addEventListener('message', (event) => {
      if (this.socket === socket && typeof event.data === 'string') this.receive(event.data);
    });
    socket.addEventListener('close', (event) => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      if (event.code === CHAT_CLOSE_CODES.protocolVersion) this.setStatus('outdated');
      // Without a valid staff session another attempt would only be refused again.
      else if (event.code === CHAT_CLOSE_CODES.unauthorised) this.setStatus('closed');
      else this.scheduleReconnect();
    });
  }

  private receive(raw: string): void {
    const parsed = parseServerFrame(raw);
    if (!parsed.ok) {
      if (parsed.code === 'protocol-version') {
        const socket = this.socket;
        this.socket = undefined;
        this.setStatus('outdated');
        socket?.close(CHAT_CLOSE_CODES.normal);
      }
      // Any other bad frame is dropped: a client never trusts what it cannot parse.
      return;
    }
    const message = parsed.message;
    if (message.type === 'welcome') {
      this.attempt = 0;
      this.setStatus('ready');
      return;
    }
    for (const listener of [...this.messageListeners]) listener(message);
  }

  private scheduleReconnect(): void {
    if (this.currentStatus === 'closed' || this.currentStatus === 'outdated') return;
    this.setStatus('connecting');
    const delay = this.delays[Math.min(this.attempt, this.delays.length - 1)] ?? 1_000;
    this.attempt += 1;
    this.reconnectTimer = this.timers.setTimeout(() => {
      this.reconnectTimer = undefined;
      if (this.currentStatus === 'connecting') this.open();
    }, delay);
  }

  private setStatus(status: ChatSocketStatus): void {
    if (status === this.currentStatus) return;
    this.currentStatus = status;
    for (const listener of [...this.statusListeners]) listener(status);
  }
}
