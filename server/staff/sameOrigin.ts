/**
 * The origin check for every state-changing request (POST, PUT, PATCH, DELETE): the browser's
 * Origin header must be this server's own origin. With SameSite=Strict cookies it is the
 * second, independent defence against cross-site request forgery, and it also covers a
 * sibling site on the same registrable domain, which SameSite does not.
 *
 * The server's origin is the scheme it is served with plus the request's Host header, unless
 * `allowedOrigins` names it: set that when a TLS proxy in front of the server changes the
 * scheme (the proxy speaks https, the server sees http).
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { RequestHandler } from 'express';
import { sendStaffError } from './staffErrors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface SameOriginOptions {
  /** The origins the server is reached at, e.g. ['https://offramp.example.org']. */
  allowedOrigins?: readonly string[];
}

function canonicalOrigin(text: string): string | undefined {
  try {
    const origin = new URL(text).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

export type OriginVerdict = 'same-origin' | 'missing' | 'foreign';

/**
 * Judges a request's Origin header. `scheme`: how this request reached the server ('https' when
 * the Node server itself speaks TLS). Usable for a WebSocket upgrade as well as in Express.
 */
export function judgeOrigin(
  headers: IncomingHttpHeaders,
  scheme: 'http' | 'https',
  options: SameOriginOptions = {},
): OriginVerdict {
  const origin = headers.origin;
  if (typeof origin !== 'string' || origin === '') return 'missing';
  const presented = canonicalOrigin(origin);
  if (presented === undefined || presented !== origin.toLowerCase()) return 'foreign';
  const expected = options.allowedOrigins
    ? options.allowedOrigins.map(canonicalOrigin)
    : [headers.host ? canonicalOrigin(`${scheme}://${headers.host}`) : undefined];
  return expected.includes(presented) ? 'same-origin' : 'foreign';
}

/** 403 `{error, code: 'origin-refused'}` for a state-changing request from anywhere else. */
export function requireSameOrigin(options: SameOriginOptions = {}): RequestHandler {
  return (request, response, next) => {
    if (SAFE_METHODS.has(request.method)) {
      next();
      return;
    }
    const scheme = request.protocol === 'https' ? 'https' : 'http';
    const verdict = judgeOrigin(request.headers, scheme, options);
    if (verdict === 'same-origin') {
      next();
      return;
    }
    sendStaffError(
      response,
      403,
      'origin-refused',
      verdict === 'missing'
        ? 'missing Origin header: state-changing requests must come from the workspace'
        : 'request from another origin refused',
    );
  };
}
