/** Starts an app on a port and stops it cleanly: shared by main.ts and the tests. */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

export interface RunningServer {
  server: http.Server;
  port: number;
  /** A URL a browser on this machine can open. */
  url: string;
  /**
   * Stops accepting connections and resolves once open requests have finished; connections
   * still busy after `graceMs` are cut.
   */
  close(graceMs?: number): Promise<void>;
}

export interface ListenOptions {
  /** 0 picks a free port. */
  port: number;
  host: string;
}

/** Rejects with the listen error (EADDRINUSE, EACCES, …) instead of crashing the process. */
export async function startServer(app: Express, options: ListenOptions): Promise<RunningServer> {
  const server = http.createServer(app);
  server.listen(options.port, options.host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    url: `http://${browsableHost(options.host)}:${port}`,
    async close(graceMs = 10_000) {
      const closed = new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      server.closeIdleConnections();
      const cut = setTimeout(() => server.closeAllConnections(), graceMs);
      cut.unref();
      try {
        await closed;
      } finally {
        clearTimeout(cut);
      }
    },
  };
}

/**
 * Loopback and wildcard binds are shown as `localhost`: it is what a person types, and the
 * log stays free of anything shaped like an IP address.
 */
export function browsableHost(host: string): string {
  if (['127.0.0.1', '::1', '0.0.0.0', '::', 'localhost', ''].includes(host)) return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}
