/**
 * The last middleware: the one place that turns errors into responses. Known errors become
 * their status code; everything else is a 500. The client never sees a stack trace or an
 * internal message; the server log gets the whole error.
 */
import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler, Request } from 'express';
import type { Logger } from './logger.ts';
import { NOT_FOUND_PAGE, plainPage } from './plainPages.ts';
import { loggablePath } from './requestLog.ts';
import type { ServerMode } from './security.ts';
import { StoryBuildError } from './storySource.ts';

interface ClientFacingError {
  status: number;
  message: string;
}

/** body-parser's error types, each with a message that tells the client what to fix. */
const BODY_ERRORS: Record<string, ClientFacingError> = {
  'entity.parse.failed': { status: 400, message: 'malformed JSON body' },
  'entity.too.large': { status: 413, message: 'request body too large' },
  'encoding.unsupported': { status: 415, message: 'unsupported content encoding' },
  'charset.unsupported': { status: 415, message: 'unsupported charset' },
  'request.aborted': { status: 400, message: 'request aborted' },
  'request.size.invalid': { status: 400, message: 'request size did not match content length' },
};

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
  const candidate = typeof status === 'number' ? status : statusCode;
  return typeof candidate === 'number' && Number.isInteger(candidate) ? candidate : undefined;
}

export function describeForClient(error: unknown, mode: ServerMode): ClientFacingError {
  if (error instanceof StoryBuildError) {
    // Authors need to see where their ink broke; production serves only what was built.
    return { status: 500, message: mode === 'development' ? error.message : 'internal error' };
  }
  const type = (error as { type?: unknown } | null)?.type;
  if (typeof type === 'string' && BODY_ERRORS[type]) return BODY_ERRORS[type];
  const status = statusOf(error);
  if (status !== undefined && status >= 400 && status < 500) {
    return { status, message: (STATUS_CODES[status] ?? 'bad request').toLowerCase() };
  }
  return { status: 500, message: 'internal error' };
}

function isApiRequest(request: Request): boolean {
  const path = request.originalUrl.split('?')[0] ?? '';
  return path === '/api' || path.startsWith('/api/');
}

export function errorHandler(mode: ServerMode, logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, _next) => {
    const { status, message } = describeForClient(error, mode);
    const where = { method: request.method.slice(0, 16), path: loggablePath(request) };
    if (status >= 500) logger.error('request failed', { ...where, status, error });
    else logger.info('request rejected', { ...where, status, reason: message });

    if (response.headersSent) {
      // Part of the response is on its way; the only honest signal left is a cut connection.
      response.destroy();
      return;
    }
    // Headers a failed file response may have set must not describe this error page.
    for (const header of ['Content-Disposition', 'ETag', 'Last-Modified', 'Content-Type']) {
      response.removeHeader(header);
    }
    response.status(status).set('Cache-Control', 'no-store');
    if (isApiRequest(request)) {
      response.json({ error: message });
    } else {
      response
        .type('html')
        .send(status === 404 ? NOT_FOUND_PAGE : plainPage(status, pageText(status)));
    }
  };
}

function pageText(status: number): string {
  return status >= 500
    ? 'Something went wrong on our side. Please try again later.'
    : 'The request could not be handled.';
}
