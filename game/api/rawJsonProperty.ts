/**
 * Finds the exact source text of a top-level property's value in a JSON object.
 *
 * Compiled ink must reach the runtime as written: `JSON.parse` followed by `JSON.stringify`
 * turns the float `2.0` into the integer `2`, which changes what the story prints.
 * Expects text that `JSON.parse` has already accepted.
 */
export function rawJsonProperty(json: string, key: string): string | undefined {
  let found: string | undefined;
  let at = skipSpace(json, 0);
  if (json[at] !== '{') return undefined;
  at = skipSpace(json, at + 1);
  while (json[at] === '"') {
    const keyEnd = endOfString(json, at);
    const name: unknown = JSON.parse(json.slice(at, keyEnd));
    at = skipSpace(json, keyEnd);
    if (json[at] !== ':') return undefined;
    const valueStart = skipSpace(json, at + 1);
    const valueEnd = endOfValue(json, valueStart);
    // JSON.parse keeps the last of repeated keys; so does this.
    if (name === key) found = json.slice(valueStart, valueEnd);
    at = skipSpace(json, valueEnd);
    if (json[at] !== ',') break;
    at = skipSpace(json, at + 1);
  }
  return found;
}

const SPACE = /[ \t\n\r]/;

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && SPACE.test(text[at] as string)) at++;
  return at;
}

/** `from` is the opening quote; returns the index after the closing one. */
function endOfString(text: string, from: number): number {
  let at = from + 1;
  while (at < text.length) {
    const char = text[at];
    if (char === '\\') at += 2;
    else if (char === '"') return at + 1;
    else at++;
  }
  return text.length;
}

function endOfValue(text: string, from: number): number {
  const first = text[from];
  if (first === '"') return endOfString(text, from);
  if (first !== '{' && first !== '[') {
    let at = from;
    while (at < text.length && !/[,}\]\s]/.test(text[at] as string)) at++;
    return at;
  }
  let depth = 0;
  let at = from;
  while (at < text.length) {
    const char = text[at];
    if (char === '"') {
      at = endOfString(text, at);
      continue;
    }
    if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return at + 1;
    }
    at++;
  }
  return text.length;
}
