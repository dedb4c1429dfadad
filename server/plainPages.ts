/**
 * The few pages the server writes itself (not found, error): plain HTML that needs no script
 * or style, so the strict Content Security Policy holds for them too. They never say why a
 * request failed beyond its status.
 */
import { STATUS_CODES } from 'node:http';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function plainPage(status: number, explanation: string): string {
  const title = escapeHtml(STATUS_CODES[status] ?? 'Error');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title></head>`,
    `<body><main><h1>${title}</h1><p>${escapeHtml(explanation)}</p>`,
    '<p><a href="/">Back to the game</a></p></main></body>',
    '</html>',
    '',
  ].join('\n');
}

export const NOT_FOUND_PAGE = plainPage(404, 'There is nothing at this address.');
