/**
 * The Offramp web app: the JSON API, the browser apps, security headers, compression and
 * one error handler. Built by a function and never listening itself: main.ts (production),
 * dev.ts (development) and the tests decide where it runs.
 */
import compression from 'compression';
import express from 'express';
import { createApiRouter, type EthicsGate } from './apiRouter.ts';
import { errorHandler } from './errorHandler.ts';
import { builtFrontend } from './frontend.ts';
import { silentLogger, type Logger } from './logger.ts';
import { NOT_FOUND_PAGE } from './plainPages.ts';
import { requestLog } from './requestLog.ts';
import { securityHeaders, type ServerMode } from './security.ts';
import type { StorySource } from './storySource.ts';

export interface AppOptions {
  mode: ServerMode;
  stories: StorySource;
  /** The ethics config and whether stories without a valid approval are served too. */
  ethics: EthicsGate;
  /** How the browser apps are served: static files from a built dist/, or (dev) a request handler such as Vite's middleware. */
  frontend: { distDir: string } | { handler: express.RequestHandler };
  logger?: Logger;
  /** The staff API (server/staff/staffRouter.ts), mounted at /api/staff when given. */
  staff?: express.Router;
  /**
   * The chat's HTTP routes, mounted at /api/chat when given: POST check-entry
   * (server/chat/entryCheck.ts), GET availability (server/chat/availabilityRouter.ts).
   */
  chat?: readonly express.Router[];
}

export function createApp(options: AppOptions): express.Express {
  const logger = options.logger ?? silentLogger;
  const app = express();
  app.set('env', options.mode);
  app.disable('x-powered-by');
  // Never derive a client address from proxy headers; nothing in the app reads one anyway.
  app.set('trust proxy', false);

  app.use(requestLog(logger));
  app.use(securityHeaders(options.mode));
  app.use(compression());

  // Before /api: the API router answers everything under it, unknown paths with a 404.
  if (options.staff) app.use('/api/staff', options.staff);
  for (const router of options.chat ?? []) app.use('/api/chat', router);
  app.use('/api', createApiRouter(options.stories, options.ethics));
  app.use(frontendOf(options.frontend));

  app.use((_request, response) => {
    response.status(404).type('html').set('Cache-Control', 'no-store').send(NOT_FOUND_PAGE);
  });
  app.use(errorHandler(options.mode, logger));
  return app;
}

function frontendOf(frontend: AppOptions['frontend']): express.RequestHandler {
  return 'handler' in frontend ? frontend.handler : builtFrontend(frontend.distDir);
}
