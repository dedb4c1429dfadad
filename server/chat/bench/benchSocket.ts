/**
 * A chat client for the load generator: a real `ws` socket that parses every server frame with
 * the protocol's own parser, hands it to `onFrame`, and lets setup code wait for one frame with
 * a timeout. Lighter than testing/TestClient (which keeps every frame): a thousand of these run
 * for minutes.
 */
import { WebSocket } from 'ws';
import {
  parseServerFrame,
  type ClientMessage,
  type ServerMessage,
} from '../../../core/protocol/chatProtocol.ts';

interface Waiter {
  match: (frame: ServerMessage) => boolean;
  resolve: (frame: ServerMessage) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class BenchSocket {
  /** Every parsed frame, after any waiter that wanted it took it. */
  onFrame: (frame: ServerMessage) => void = () => undefined;
  /** Frames that did not parse, and closes the benchmark did not ask for. */
  invalidFrames = 0;
  unexpectedClose: number | undefined;
  private readonly waiters = new Set<Waiter>();
  private closing = false;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => this.receive(data.toString('utf8')));
    socket.on('error', () => undefined);
    socket.on('close', (code) => {
      if (!this.closing) this.unexpectedClose = code;
      for (const waiter of this.waiters) {
        clearTimeout(waiter.timer);
        waiter.reject(new Error(`the socket closed (${code}) while waiting`));
      }
      this.waiters.clear();
    });
  }

  static connect(
    wsUrl: string,
    options: { origin: string; cookie?: string; timeoutMs: number },
  ): Promise<BenchSocket> {
    const socket = new WebSocket(wsUrl, {
      origin: options.origin,
      handshakeTimeout: options.timeoutMs,
      ...(options.cookie ? { headers: { cookie: options.cookie } } : {}),
    });
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new BenchSocket(socket)));
      socket.once('error', reject);
      socket.once('unexpected-response', (_request, response) =>
        reject(new Error(`the chat upgrade was refused with ${response.statusCode ?? 0}`)),
      );
    });
  }

  send(frame: ClientMessage): void {
    this.socket.send(JSON.stringify(frame));
  }

  /** The next frame that matches, or an error after `timeoutMs`; `what` names it in the error. */
  next(
    what: string,
    match: (frame: ServerMessage) => boolean,
    timeoutMs: number,
  ): Promise<ServerMessage> {
    return new Promise((resolve, reject) => {
      if (this.socket.readyState !== WebSocket.OPEN) {
        reject(new Error(`the socket is not open (waiting for ${what})`));
        return;
      }
      const waiter: Waiter = {
        match,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          reject(new Error(`no ${what} within ${timeoutMs} ms`));
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  /** Closes normally; cuts the socket if the server has not answered within `timeoutMs`. */
  close(timeoutMs: number): Promise<void> {
    this.closing = true;
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.socket.terminate();
        resolve();
      }, timeoutMs);
      this.socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      this.socket.close(1000);
    });
  }

  private receive(text: string): void {
    const parsed = parseServerFrame(text);
    if (!parsed.ok) {
      this.invalidFrames += 1;
      return;
    }
    const frame = parsed.message;
    for (const waiter of this.waiters) {
      if (!waiter.match(frame)) continue;
      this.waiters.delete(waiter);
      clearTimeout(waiter.timer);
      waiter.resolve(frame);
      return;
    }
    this.onFrame(frame);
  }
}
