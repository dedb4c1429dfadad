/**
 * Security headers for every response: a strict Content Security Policy and the rest of
 * helmet's protections, plus a Permissions-Policy that denies powerful browser features.
 */
import type { RequestHandler } from 'express';
import helmet from 'helmet';

export type ServerMode = 'production' | 'development';

type CspDirectives = Record<string, string[]>;

/** The policy the built game and workspace run under: nothing inline, nothing evaluated. */
export function contentSecurityPolicy(mode: ServerMode): CspDirectives {
  const directives: CspDirectives = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    // CSP Level 3 lets 'self' match ws:/wss: on the same host, so the chat socket of a later
    // issue needs nothing more here.
    'connect-src': ["'self'"],
    'font-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
  };
  if (mode === 'development') {
    // Only for Vite's dev server: it injects CSS (and its error overlay) as <style> elements,
    // and its HMR socket may listen on a port of its own. Production builds need neither.
    directives['style-src'] = ["'self'", "'unsafe-inline'"];
    directives['connect-src'] = ["'self'", 'ws:'];
  }
  return directives;
}

/** Browser features the game and the workspace never use; denied so no script can ask. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'serial=()',
  'usb=()',
].join(', ');

export function securityHeaders(mode: ServerMode): RequestHandler[] {
  return [
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(mode) },
      crossOriginOpenerPolicy: { policy: 'same-origin' },
      crossOriginResourcePolicy: { policy: 'same-origin' },
      referrerPolicy: { policy: 'no-referrer' },
      xFrameOptions: { action: 'deny' },
      // HSTS pins a host name to HTTPS for a year; a developer's localhost must not be pinned.
      strictTransportSecurity: mode === 'production',
    }),
    (_request, response, next) => {
      response.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
      next();
    },
  ];
}
