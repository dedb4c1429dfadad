/**
 * Serves the built browser apps from dist/: the game at /, the counsellor workspace at
 * /counsellor/, and their static files.
 */
import path from 'node:path';
import express, { type RequestHandler } from 'express';

/** Vite names these files by content hash, so a browser may keep them for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else may change with a deploy: the browser revalidates (ETag) each time. */
const REVALIDATE = 'no-cache';

export function builtFrontend(distDir: string): express.Router {
  const root = path.resolve(distDir);
  const assetsDir = path.join(root, 'assets') + path.sep;
  // strict: `/counsellor` and `/counsellor/` are different paths here (one redirects).
  const router = express.Router({ strict: true, caseSensitive: true });

  const sendHtml =
    (file: string): RequestHandler =>
    (_request, response, next) => {
      response.sendFile(
        path.join(root, file),
        { cacheControl: false, headers: { 'Cache-Control': REVALIDATE } },
        (error) => {
          if (error) next(error);
        },
      );
    };

  router.get('/', sendHtml(path.join('game', 'index.html')));
  router.get('/counsellor/', sendHtml(path.join('counsellor', 'index.html')));
  router.get('/counsellor', (_request, response) => response.redirect(301, '/counsellor/'));

  const staticFiles = express.static(root, {
    index: false,
    redirect: false,
    dotfiles: 'ignore',
    cacheControl: false,
    setHeaders: (response, file) => {
      response.setHeader('Cache-Control', file.startsWith(assetsDir) ? IMMUTABLE : REVALIDATE);
    },
  });
  router.use((request, response, next) => {
    // Compiled stories are served only through the API, where the server decides what may be
    // played; the copies the build leaves under dist/stories/ are not public files.
    if (isUnderStoriesDir(request.path)) {
      next();
      return;
    }
    staticFiles(request, response, next);
  });
  return router;
}

/** Decodes and normalises as the static file server will, so `//stories` or `%73tories` match. */
function isUnderStoriesDir(urlPath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return false; // the static file server refuses it too
  }
  const normalised = path.posix.normalize(`/${decoded}`).toLowerCase();
  return normalised === '/stories' || normalised.startsWith('/stories/');
}
