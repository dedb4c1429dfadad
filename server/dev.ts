/**
 * Development entry (`npm run dev`): the same app as production, with Vite serving the
 * browser code (hot module replacement, error overlay) and stories compiled from their ink on
 * every request, so content authors see an edit as soon as they save it.
 */
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RequestHandler } from 'express';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
import { createApp } from './app.ts';
import { createLogger } from './logger.ts';
import { readServerConfig } from './serverConfig.ts';
import { browsableHost } from './startServer.ts';
import { liveStorySource } from './storySource.ts';
import { readEthicsConfig } from '../core/ethics/ethicsConfigFile.node.ts';
import { prepareChatServer } from './chat/chatServer.ts';
import { storyReviewLookup } from './chat/entryCheck.ts';
import { createStaffAuth } from './staff/staffAuth.ts';
import { openDataStore } from './store/openDataStore.ts';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_DEV_PORT = 5173;

/** Pages by URL path: their HTML goes through Vite, which adds its client for hot reload. */
const PAGES: Readonly<Record<string, string>> = {
  '/': 'game/index.html',
  '/counsellor/': 'counsellor/index.html',
};

function viteFrontend(vite: ViteDevServer, root = PROJECT_ROOT): RequestHandler {
  return (request, response, next) => {
    vite.middlewares(request, response, () => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return next();
      if (request.path === '/counsellor') return response.redirect(301, '/counsellor/');
      const page = PAGES[request.path];
      if (!page) return next();
      readFile(path.join(root, page), 'utf8')
        .then((html) => vite.transformIndexHtml(`/${page}`, html, request.originalUrl))
        .then((html) => {
          response.status(200).type('html').set('Cache-Control', 'no-store').send(html);
        })
        .catch(next);
    });
  };
}

async function main(): Promise<void> {
  // The same settings as `npm start` (PORT, HOST, OFFRAMP_DATA_DIR, OFFRAMP_ETHICS_CONFIG,
  // OFFRAMP_LOG_LEVEL), only on Vite's usual port by default; unreviewed stories are always shown.
  const config = readServerConfig(process.env, process.cwd(), { port: DEFAULT_DEV_PORT });
  const { port, host, dataDir, ethicsConfigFile } = config;
  const logger = createLogger({ level: config.logLevel });
  const httpServer = http.createServer();
  const vite = await createViteServer({
    root: PROJECT_ROOT,
    configFile: path.join(PROJECT_ROOT, 'vite.config.ts'),
    configLoader: 'runner',
    appType: 'custom',
    // The HMR socket shares the app's port, so the page needs no second origin.
    server: { middlewareMode: true, ws: { server: httpServer } },
  });
  // The same data folder as `npm start`: staff sign in here too.
  const data = await openDataStore({ dataDir, env: process.env, displayDataDir: dataDir });
  const staff = createStaffAuth({ accountsFile: data.accounts, logger, secureCookies: true });
  // Authors see their unreviewed stories, marked "Not reviewed".
  const ethics = { config: readEthicsConfig(ethicsConfigFile), showUnreviewed: true };
  const stories = liveStorySource(path.join(PROJECT_ROOT, 'stories'));
  // Attached once the HTTP server listens; the availability route answers 503 until then.
  const pendingChat = prepareChatServer({
    store: data.chat,
    consentVersion: ethics.config.consent.textVersion,
    reviewOf: storyReviewLookup(stories, ethics),
    hashResumePhrase: data.keys.hashResumePhrase,
    authenticator: staff.authenticator,
    staffAccounts: () => staff.accounts.list(),
    logger,
  });
  const app = createApp({
    mode: 'development',
    stories,
    ethics,
    staff: staff.router,
    chat: pendingChat.routers,
    frontend: { handler: viteFrontend(vite) },
    logger,
  });
  httpServer.on('request', app);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const { port: boundPort } = httpServer.address() as AddressInfo;
  process.stdout.write(`Offramp dev server: http://${browsableHost(host)}:${boundPort}/\n`);
  await staff.prepareFirstAdminSetup(`http://${browsableHost(host)}:${boundPort}`);
  // Vite's HMR socket shares the server: upgrades to other paths are left to it.
  const chat = pendingChat.attach(httpServer);

  const stop = () => {
    void chat
      .close()
      .then(() => vite.close())
      .then(() => data.close())
      .finally(() => httpServer.close(() => process.exit(0)));
    httpServer.closeAllConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  const message =
    code === 'EADDRINUSE'
      ? 'the port is already in use; stop the other server or set PORT'
      : error instanceof Error
        ? error.message
        : String(error);
  process.stderr.write(`offramp dev: cannot start: ${message}\n`);
  process.exit(1);
});
