/**
 * The chat WebSocket at /api/chat on the app's own HTTP server (no second port, no second
 * origin). The upgrade is refused with 403 unless the Origin is this server's own; a staff
 * session cookie on the upgrade makes the connection eligible for the counsellor role, and
 * everyone else is an anonymous player. Nothing about the connection (address, port, headers)
 * is kept or logged.
 *
 *   const pending = prepareChatServer({ store: data.chat, ... });
 *   const app = createApp({ ..., chat: pending.routers });   // /api/chat check-entry, availability
 *   const chat = pending.attach(running.server);             // once the HTTP server exists
 *   ... on shutdown, before closing the HTTP server: await chat.close();
 */
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import type { Router } from 'express';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { CHAT_CLOSE_CODES, MAX_FRAME_BYTES } from '../../core/protocol/chatProtocol.ts';
import { silentLogger, type Logger } from '../logger.ts';
import { judgeOrigin } from '../staff/sameOrigin.ts';
import type { StaffAuthenticator } from '../staff/staffAuthenticator.ts';
import { createAvailabilityRouter } from './availabilityRouter.ts';
import { ChatService, type ChatConnection, type ChatServiceDeps } from './chatService.ts';
import { createChatEntryRouter } from './entryCheck.ts';

export const CHAT_PATH = '/api/chat';

export interface ChatServerDeps extends ChatServiceDeps {
  /** Who is signed in on the upgrade request (counsellors). */
  authenticator: StaffAuthenticator;
  /** 'https' only when Node itself speaks TLS. */
  scheme?: 'http' | 'https';
  /** The public origins when a TLS proxy sits in front (as for the staff API). */
  allowedOrigins?: readonly string[];
  logger?: Logger;
}

export interface ChatServer {
  /** Closes every chat socket with "going away" and stops the timers. */
  close(): Promise<void>;
  readonly service: ChatService;
}

export interface PendingChatServer {
  /** The chat's HTTP routes, for /api/chat; availability answers 503 until `attach`. */
  readonly routers: readonly Router[];
  /** Binds the chat socket to the HTTP server, once there is one. */
  attach(httpServer: http.Server): ChatServer;
}

/** The chat's routes, needed to build the app, and its socket, which needs the app's server. */
export function prepareChatServer(deps: ChatServerDeps): PendingChatServer {
  let attached: ChatServer | undefined;
  return {
    routers: [
      createChatEntryRouter({ reviewOf: deps.reviewOf }),
      createAvailabilityRouter(() => attached?.service),
    ],
    attach(httpServer) {
      attached = attachChatServer(httpServer, deps);
      return attached;
    },
  };
}

export function attachChatServer(httpServer: http.Server, deps: ChatServerDeps): ChatServer {
  const logger = deps.logger ?? silentLogger;
  const service = new ChatService(deps);
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  const sockets = new Map<ChatConnection, { socket: WebSocket; alive: boolean }>();

  const onUpgrade = (request: http.IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (pathOf(request.url) !== CHAT_PATH) {
      // Another upgrade handler (Vite's HMR in development) may want it; else nobody does.
      if (httpServer.listenerCount('upgrade') <= 1) refuseUpgrade(socket, 404, 'Not Found');
      return;
    }
    const origin = judgeOrigin(request.headers, deps.scheme ?? 'http', {
      ...(deps.allowedOrigins ? { allowedOrigins: deps.allowedOrigins } : {}),
    });
    if (origin !== 'same-origin') {
      logger.warn('chat upgrade refused', { origin });
      refuseUpgrade(socket, 403, 'Forbidden');
      return;
    }
    // Only the cookie is kept (in memory, for this socket): counsellors are re-checked per frame.
    const cookie = request.headers.cookie;
    const signedInStaff = (extend = true) =>
      cookie === undefined
        ? undefined
        : deps.authenticator.authenticate({ cookie }, { extend })?.account;
    wss.handleUpgrade(request, socket, head, (ws) => {
      const connection = service.connect(
        {
          send: (frame) => {
            if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
          },
          close: (code, reason) => ws.close(code, reason),
        },
        signedInStaff,
      );
      sockets.set(connection, { socket: ws, alive: true });
      const handshake = setTimeout(() => {
        if (!connection.role) {
          service.closeConnection(connection, CHAT_CLOSE_CODES.handshakeTimeout, 'no hello');
        }
      }, service.limits.handshakeMs);
      handshake.unref();
      ws.on('pong', () => {
        const entry = sockets.get(connection);
        if (entry) entry.alive = true;
      });
      ws.on('message', (data: RawData, isBinary: boolean) => {
        if (isBinary) {
          service.receive(connection, '');
          return;
        }
        service.receive(connection, rawText(data));
      });
      ws.on('error', (error) => {
        // ws reports an oversize frame here and closes with 1009 itself.
        logger.warn('chat socket error', { code: (error as { code?: string }).code });
      });
      ws.on('close', () => {
        clearTimeout(handshake);
        sockets.delete(connection);
        service.disconnect(connection);
        logger.info('chat connection closed', {
          role: connection.role ?? 'none',
          connections: service.connectionCount,
        });
      });
    });
  };

  const heartbeat = setInterval(() => {
    for (const [connection, entry] of sockets) {
      if (!entry.alive) {
        entry.socket.terminate();
        continue;
      }
      if (service.isIdle(connection)) {
        service.closeConnection(connection, CHAT_CLOSE_CODES.idleTimeout, 'idle');
        continue;
      }
      // Not only at their next frame: an inbox left open shows nothing more once signed out.
      if (service.hasLostStaffSession(connection)) {
        service.closeConnection(connection, CHAT_CLOSE_CODES.unauthorised, 'signed out');
        continue;
      }
      entry.alive = false;
      entry.socket.ping();
    }
  }, service.limits.heartbeatMs);
  heartbeat.unref();

  httpServer.on('upgrade', onUpgrade);

  return {
    service,
    async close() {
      clearInterval(heartbeat);
      httpServer.off('upgrade', onUpgrade);
      service.closeAll(CHAT_CLOSE_CODES.goingAway, 'server stopping');
      const closing = [...sockets.values()].map(
        ({ socket }) =>
          new Promise<void>((resolve) => {
            if (socket.readyState === socket.CLOSED) resolve();
            else socket.once('close', () => resolve());
            // A peer that never answers the close frame is cut.
            setTimeout(() => socket.terminate(), 2000).unref();
          }),
      );
      await Promise.all(closing);
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

function pathOf(url: string | undefined): string {
  const path = (url ?? '').split('?')[0] ?? '';
  return path.endsWith('/') && path.length > 1 ? path.slice(0, -1) : path;
}

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function rawText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}
