/**
 * One log entry per request: method, path, status and duration. Deliberately nothing else:
 * no address, no user agent, no query string (it may carry anything), no headers.
 */
import type { Request, RequestHandler } from 'express';
import type { Logger } from './logger.ts';

const MAX_LOGGED_PATH = 200;

/** The request's path as it arrived: no query string, bounded in length. */
export function loggablePath(request: Request): string {
  return (request.originalUrl.split('?')[0] ?? '').slice(0, MAX_LOGGED_PATH);
}

export function requestLog(
  logger: Logger,
  now: () => number = () => performance.now(),
): RequestHandler {
  return (request, response, next) => {
    const started = now();
    const method = request.method.slice(0, 16);
    const path = loggablePath(request);
    let logged = false;
    const log = (): void => {
      if (logged) return;
      logged = true;
      logger.info('request', {
        method,
        path,
        status: response.statusCode,
        durationMs: Math.round((now() - started) * 10) / 10,
        ...(response.writableFinished ? {} : { aborted: true }),
      });
    };
    response.once('finish', log);
    response.once('close', log);
    next();
  };
}
