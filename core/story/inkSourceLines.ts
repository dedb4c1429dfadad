/**
 * Ink source lines as a reader sees them: what is narrative text, what is a choice, a
 * gather, a divert, a tag or logic. The review packet shows passages this way so the ethics
 * board can read a story without knowing ink. Comments are dropped. This is a reading aid,
 * not a parser: the compiler stays the judge of what the ink means.
 *
 * Shared code: no Node APIs.
 */

/**
 * A piece of a line: words the player reads; inline conditional text (`{flag: a|b}`);
 * alternatives (`{a|b}`, `{&a|b}`, `{~a|b}`, `{!a|b}`); or other inline logic shown as code.
 */
export type InkTextPart =
  | { kind: 'text'; text: string }
  | {
      kind: 'conditional';
      condition: string;
      whenTrue: InkTextPart[];
      /** Absent when there is no `|` part (nothing is printed otherwise). */
      otherwise?: InkTextPart[];
    }
  | {
      kind: 'alternatives';
      mode: 'sequence' | 'cycle' | 'shuffle' | 'once';
      options: InkTextPart[][];
    }
  | { kind: 'logic'; code: string };

const ALTERNATIVE_MODES = { '&': 'cycle', '~': 'shuffle', '!': 'once' } as const;

interface LineBase {
  /** 1-based line number in its file. */
  line: number;
  /** Leading whitespace of the source line, in columns (tabs count four). */
  indent: number;
}

interface Tagged {
  /** Tags as written, without `#`. */
  tags: string[];
  /** What a divert on this line leads to, as written after `->` (`END`, `knot.stitch`, `->` for a tunnel return). */
  divert?: string;
}

export type InkSourceLine = LineBase &
  (
    | { kind: 'heading'; level: 'knot' | 'stitch' | 'function'; name: string; source: string }
    | ({ kind: 'text'; parts: InkTextPart[] } & Tagged)
    | ({
        kind: 'choice';
        /** 1 for `*`, 2 for `* *`, ... */
        depth: number;
        /** `+` choices can be chosen again. */
        sticky: boolean;
        label?: string;
        conditions: string[];
        /** What the choice button shows: text before and inside `[...]`. */
        choiceText: InkTextPart[];
        /** What the story prints once it is chosen: text before and after `[...]`. */
        outputText: InkTextPart[];
        /** Whether the line had a `[...]` part (so choice and output text differ). */
        bracketed: boolean;
      } & Tagged)
    | ({ kind: 'gather'; depth: number; label?: string; parts: InkTextPart[] } & Tagged)
    | ({ kind: 'divert' } & Tagged & { divert: string })
    | ({ kind: 'thread'; target: string } & Pick<Tagged, 'tags'>)
    | { kind: 'logic'; code: string }
  );

const DECLARATION = /^(?:VAR|CONST|LIST|INCLUDE|EXTERNAL)\b/;

/** A source line as the compiler reads it: without its comments. */
export interface InkCodeLine {
  /** 1-based. */
  line: number;
  text: string;
}

/** Every non-blank line of an ink file with its comments removed (for tags and banned patterns). */
export function inkSourceLines(source: string): InkCodeLine[] {
  const lines: InkCodeLine[] = [];
  let inBlockComment = false;
  source.split(/\r?\n/).forEach((raw, index) => {
    const stripped = stripComments(raw, inBlockComment);
    inBlockComment = stripped.inBlockComment;
    if (stripped.text.trim()) lines.push({ line: index + 1, text: stripped.text });
  });
  return lines;
}

/** Every line of an ink file that shows something, in order; comments and blank lines are left out. */
export function readInkSourceLines(source: string): InkSourceLine[] {
  const lines: InkSourceLine[] = [];
  let inBlockComment = false;
  let braceDepth = 0;
  source.split(/\r?\n/).forEach((raw, index) => {
    const stripped = stripComments(raw, inBlockComment);
    inBlockComment = stripped.inBlockComment;
    const text = stripped.text;
    if (!text.trim() || /^\s*TODO\s*:/.test(text)) return;
    const insideBlock = braceDepth > 0;
    braceDepth = Math.max(0, braceDepth + braceBalance(text));
    lines.push(classify(text, index + 1, insideBlock, braceDepth > 0));
  });
  return lines;
}

function stripComments(
  raw: string,
  inBlockComment: boolean,
): { text: string; inBlockComment: boolean } {
  let text = raw;
  if (inBlockComment) {
    const end = text.indexOf('*/');
    if (end === -1) return { text: '', inBlockComment: true };
    text = text.slice(end + 2);
  }
  text = text.replace(/\/\*.*?\*\//g, '');
  const open = text.indexOf('/*');
  if (open !== -1) return { text: text.slice(0, open), inBlockComment: true };
  // `https://` is no comment here, as in the banned-pattern check: the board must see links.
  return { text: text.replace(/(^|[^\\:])\/\/.*$/, '$1'), inBlockComment: false };
}

function braceBalance(text: string): number {
  let balance = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '{') balance++;
    else if (char === '}') balance--;
  }
  return balance;
}

function indentOf(text: string): number {
  let columns = 0;
  for (const char of text) {
    if (char === ' ') columns++;
    else if (char === '\t') columns += 4;
    else break;
  }
  return columns;
}

function classify(
  text: string,
  line: number,
  insideBlock: boolean,
  opensBlock: boolean,
): InkSourceLine {
  const base = { line, indent: indentOf(text) };
  const trimmed = text.trim();
  const logic = (): InkSourceLine => ({ ...base, kind: 'logic', code: trimmed });

  // Inside a multi-line `{ ... }`, `- condition:` starts a branch, `}` closes the block.
  if (insideBlock && (/^-(?!>)/.test(trimmed) || trimmed.startsWith('}'))) return logic();
  const heading = /^(={2,})\s*(function\s+)?([^=]*?)\s*=*$/.exec(trimmed);
  if (heading?.[3] !== undefined && heading[1] !== undefined) {
    return {
      ...base,
      kind: 'heading',
      level: heading[2] ? 'function' : 'knot',
      name: heading[3],
      source: trimmed,
    };
  }
  const stitch = /^=\s*([^=\s][^=]*?)\s*$/.exec(trimmed);
  if (stitch?.[1] !== undefined)
    return { ...base, kind: 'heading', level: 'stitch', name: stitch[1], source: trimmed };
  if (trimmed.startsWith('~') || DECLARATION.test(trimmed)) return logic();
  if (/^[*+]/.test(trimmed)) return classifyChoice(trimmed, base);
  if (/^-(?!>)/.test(trimmed)) return classifyGather(trimmed, base);
  if (trimmed.startsWith('<-')) {
    const { body, tags } = splitTags(trimmed.slice(2));
    return { ...base, kind: 'thread', target: body.trim(), tags };
  }
  if (trimmed.startsWith('->')) {
    const { body, tags } = splitTags(trimmed);
    return { ...base, kind: 'divert', divert: body.trim().slice(2).trim(), tags };
  }
  // A line that opens a multi-line conditional (`{ went_home:`) is logic; `{a|b}` within text is not.
  if (trimmed.startsWith('{') && opensBlock) return logic();
  const { body, tags } = splitTags(trimmed);
  const { before, divert } = splitDivert(body);
  return {
    ...base,
    kind: 'text',
    parts: textParts(before),
    tags,
    ...(divert !== undefined ? { divert } : {}),
  };
}

function classifyChoice(trimmed: string, base: LineBase): InkSourceLine {
  const marker = /^([*+](?:\s*[*+])*)\s*/.exec(trimmed);
  const markers = marker?.[1] ?? '*';
  const { label, rest: afterLabel } = takeLabel(trimmed.slice(marker?.[0].length ?? 1));
  let rest = afterLabel;
  const conditions: string[] = [];
  for (let group = takeBraces(rest); group; group = takeBraces(rest)) {
    conditions.push(group.code);
    rest = group.rest;
  }
  const { body, tags } = splitTags(rest);
  const bracket = findBracket(body);
  const before = bracket ? body.slice(0, bracket.open) : body;
  const inside = bracket ? body.slice(bracket.open + 1, bracket.close) : '';
  const afterBracket = bracket ? body.slice(bracket.close + 1) : '';
  const { before: afterText, divert } = splitDivert(bracket ? afterBracket : before);
  const choiceText = bracket ? before + inside : afterText;
  const outputText = bracket ? before + afterText : afterText;
  return {
    ...base,
    kind: 'choice',
    depth: markers.replace(/\s/g, '').length,
    sticky: markers.startsWith('+'),
    ...(label ? { label } : {}),
    conditions,
    choiceText: textParts(choiceText),
    outputText: textParts(outputText),
    bracketed: bracket !== undefined,
    tags,
    ...(divert !== undefined ? { divert } : {}),
  };
}

function classifyGather(trimmed: string, base: LineBase): InkSourceLine {
  const marker = /^(-(?:\s*-(?!>))*)\s*/.exec(trimmed);
  const depth = (marker?.[1] ?? '-').replace(/\s/g, '').length;
  const { label, rest } = takeLabel(trimmed.slice(marker?.[0].length ?? 1));
  const { body, tags } = splitTags(rest);
  const { before, divert } = splitDivert(body);
  return {
    ...base,
    kind: 'gather',
    depth,
    ...(label ? { label } : {}),
    parts: textParts(before),
    tags,
    ...(divert !== undefined ? { divert } : {}),
  };
}

function takeLabel(text: string): { label?: string; rest: string } {
  const match = /^\(\s*([\w.]+)\s*\)\s*/.exec(text);
  return match?.[1] ? { label: match[1], rest: text.slice(match[0].length) } : { rest: text };
}

/** A `{...}` group at the start of `text`, braces balanced. */
function takeBraces(text: string): { code: string; rest: string } | undefined {
  if (!text.startsWith('{')) return undefined;
  const end = matchingClose(text, 0, '{', '}');
  if (end === -1) return undefined;
  return { code: text.slice(1, end).trim(), rest: text.slice(end + 1).trimStart() };
}

function matchingClose(text: string, open: number, opener: string, closer: string): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === opener) depth++;
    else if (char === closer && --depth === 0) return i;
  }
  return -1;
}

/** Walks `text` outside `{...}` and escapes, calling `visit` until it returns true. */
function scanOutsideBraces(text: string, visit: (index: number) => boolean): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '{') depth++;
    else if (char === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && visit(i)) return i;
  }
  return -1;
}

function splitTags(text: string): { body: string; tags: string[] } {
  const first = scanOutsideBraces(text, (i) => text[i] === '#');
  if (first === -1) return { body: text, tags: [] };
  const tags = text
    .slice(first + 1)
    .split(/(?<!\\)#/)
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0);
  return { body: text.slice(0, first), tags };
}

function findBracket(text: string): { open: number; close: number } | undefined {
  const open = scanOutsideBraces(text, (i) => text[i] === '[');
  if (open === -1) return undefined;
  const close = matchingClose(text, open, '[', ']');
  return close === -1 ? undefined : { open, close };
}

function splitDivert(text: string): { before: string; divert?: string } {
  const at = scanOutsideBraces(text, (i) => text[i] === '-' && text[i + 1] === '>');
  if (at === -1) return { before: text };
  return { before: text.slice(0, at), divert: text.slice(at + 2).trim() };
}

/** Splits text into words and inline logic; `\x` escapes become `x`. */
function textParts(text: string): InkTextPart[] {
  const parts: InkTextPart[] = [];
  let plain = '';
  const flush = () => {
    const words = plain.replace(/\s+/g, ' ');
    if (words) parts.push({ kind: 'text', text: words });
    plain = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === '\\' && i + 1 < text.length) {
      plain += text[++i];
    } else if (char === '{') {
      const end = matchingClose(text, i, '{', '}');
      if (end === -1) {
        plain += text.slice(i);
        break;
      }
      flush();
      parts.push(inlineLogic(text.slice(i, end + 1)));
      i = end;
    } else {
      plain += char;
    }
  }
  flush();
  // Leading and trailing spaces come from the ink layout, not from the words.
  const first = parts[0];
  if (first?.kind === 'text') first.text = first.text.trimStart();
  const last = parts[parts.length - 1];
  if (last?.kind === 'text') last.text = last.text.trimEnd();
  return parts.filter((part) => part.kind !== 'text' || part.text.length > 0);
}

/** Positions of `char` in `text` that are outside nested braces and escapes. */
function topLevel(text: string, char: string): number[] {
  const found: number[] = [];
  scanOutsideBraces(text, (i) => {
    if (text[i] === char) found.push(i);
    return false;
  });
  return found;
}

function splitAt(text: string, positions: number[]): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const position of positions) {
    pieces.push(text.slice(start, position));
    start = position + 1;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** `{...}` within text (braces included) as conditional text, alternatives, or code. */
function inlineLogic(code: string): InkTextPart {
  const inner = code.slice(1, -1);
  const bars = topLevel(inner, '|');
  const colon = topLevel(inner, ':')[0];
  if (colon !== undefined && (bars[0] === undefined || colon < bars[0])) {
    const condition = inner.slice(0, colon).trim();
    const branches = splitAt(inner.slice(colon + 1), topLevel(inner.slice(colon + 1), '|'));
    const [whenTrue = '', otherwise] = branches;
    if (condition && branches.length <= 2) {
      return {
        kind: 'conditional',
        condition,
        whenTrue: textParts(whenTrue),
        ...(otherwise !== undefined ? { otherwise: textParts(otherwise) } : {}),
      };
    }
    return { kind: 'logic', code };
  }
  if (bars.length === 0) return { kind: 'logic', code };
  const prefix = inner[0] as keyof typeof ALTERNATIVE_MODES | undefined;
  const mode = prefix !== undefined ? ALTERNATIVE_MODES[prefix] : undefined;
  const body = mode ? inner.slice(1) : inner;
  return {
    kind: 'alternatives',
    mode: mode ?? 'sequence',
    options: splitAt(body, topLevel(body, '|')).map(textParts),
  };
}
