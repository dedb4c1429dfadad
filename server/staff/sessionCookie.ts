/**
 * The staff session cookie: HttpOnly, SameSite=Strict, Path=/, no expiry (it ends with the
 * browser; the server ends the session itself after its timeouts).
 *
 * Served over TLS it is `__Host-offramp-session` with Secure: the prefix makes the browser
 * refuse it unless it is Secure, host-only and Path=/, so no subdomain can plant or shadow it.
 * Browsers refuse a Secure cookie from a plain-http origin other than localhost/127.0.0.1
 * (Chromium 156 accepts `__Host-` + Secure on http://127.0.0.1 and http://localhost), so a
 * server that is deliberately run without TLS (secureCookies: false) uses the plain name
 * `offramp-session` with the same attributes but without Secure.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { CookieOptions, Response } from 'express';

export const SECURE_SESSION_COOKIE = '__Host-offramp-session';
export const PLAIN_SESSION_COOKIE = 'offramp-session';

export function sessionCookieName(secure: boolean): string {
  return secure ? SECURE_SESSION_COOKIE : PLAIN_SESSION_COOKIE;
}

function cookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', path: '/', secure };
}

export function setSessionCookie(response: Response, secure: boolean, token: string): void {
  response.cookie(sessionCookieName(secure), token, cookieOptions(secure));
}

export function clearSessionCookie(response: Response, secure: boolean): void {
  response.clearCookie(sessionCookieName(secure), cookieOptions(secure));
}

/** The session token from a Cookie header (an Express request's or a WebSocket upgrade's). */
export function readSessionToken(
  headers: IncomingHttpHeaders,
  secure: boolean,
): string | undefined {
  const header = headers.cookie;
  if (typeof header !== 'string' || header.length > 8192) return undefined;
  const wanted = sessionCookieName(secure);
  for (const pair of header.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0) continue;
    if (pair.slice(0, separator).trim() === wanted) return pair.slice(separator + 1).trim();
  }
  return undefined;
}
