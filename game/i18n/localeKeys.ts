/**
 * Checks the translation files against the code that uses them, without running either:
 * every key the code uses exists in every language, every key in a file is used by some
 * code, and all languages of a namespace have the same keys.
 *
 * A key is used where it appears as a string literal in the code: as the first argument of
 * `t(…)`, or anywhere else in the shape of a key (`settings.title`), as in a table of
 * labels. A key built at run time must be a template literal directly inside `t(…)` with
 * a prefix declared in DYNAMIC_KEY_PREFIXES (./dynamicKeys.ts); it then stands for that
 * prefix followed by each slug of its source.
 */
import type { KeySlugSource } from './dynamicKeys.ts';

export interface SourceFile {
  path: string;
  text: string;
}

export interface ScannedLiteral {
  line: number;
  /** The literal's text; for a template with `${…}`, the text between the expressions. */
  parts: string[];
  /** It is the first argument of a call to `t` (or `something.t`). */
  inTranslateCall: boolean;
}

const TRANSLATE_CALL_BEFORE = /(?:^|[^\w$])t\s*\(\s*$/;
const REGEX_AFTER_CHARS = new Set([...'(,=:[!&|?{};+-*%<>~^']);
const REGEX_AFTER_WORD = /(?:^|[^\w$])(?:return|typeof|case|do|else|in|of|void|yield|await)$/;

/** A small JavaScript/TypeScript lexer: just enough to find string and template literals. */
class LiteralScanner {
  private pos = 0;
  private line = 1;
  readonly found: ScannedLiteral[] = [];

  constructor(private readonly source: string) {}

  scan(): ScannedLiteral[] {
    this.code(false);
    return this.found;
  }

  private peek(offset = 0): string {
    return this.source[this.pos + offset] ?? '';
  }

  private advance(): string {
    const char = this.source[this.pos++] ?? '';
    if (char === '\n') this.line++;
    return char;
  }

  private atEnd(): boolean {
    return this.pos >= this.source.length;
  }

  /** Code until the end, or until the `}` that closes a template's `${`. */
  private code(untilClosingBrace: boolean): void {
    let depth = 0;
    let previous = '';
    while (!this.atEnd()) {
      const char = this.peek();
      if (char === '/' && this.peek(1) === '/') {
        while (!this.atEnd() && this.peek() !== '\n') this.advance();
        continue;
      }
      if (char === '/' && this.peek(1) === '*') {
        this.advance();
        this.advance();
        while (!this.atEnd() && !(this.peek() === '*' && this.peek(1) === '/')) this.advance();
        this.advance();
        this.advance();
        continue;
      }
      if (char === "'" || char === '"' || char === '`') {
        const start = this.pos;
        const line = this.line;
        const parts = char === '`' ? this.template() : [this.quoted(char)];
        const inTranslateCall = TRANSLATE_CALL_BEFORE.test(
          this.source.slice(Math.max(0, start - 40), start),
        );
        this.found.push({ line, parts, inTranslateCall });
        previous = char;
        continue;
      }
      if (char === '/' && this.regexMayStart(previous)) {
        this.regex();
        previous = '/';
        continue;
      }
      if (char === '{') depth++;
      if (char === '}') {
        if (depth === 0 && untilClosingBrace) {
          this.advance();
          return;
        }
        depth--;
      }
      this.advance();
      if (!/\s/.test(char)) previous = char;
    }
  }

  private regexMayStart(previous: string): boolean {
    if (previous === '' || REGEX_AFTER_CHARS.has(previous)) return true;
    return REGEX_AFTER_WORD.test(this.source.slice(Math.max(0, this.pos - 12), this.pos).trimEnd());
  }

  private quoted(quote: string): string {
    this.advance();
    let value = '';
    while (!this.atEnd() && this.peek() !== quote && this.peek() !== '\n') {
      if (this.peek() === '\\') this.advance();
      value += this.advance();
    }
    this.advance();
    return value;
  }

  private template(): string[] {
    this.advance();
    const parts = [''];
    while (!this.atEnd() && this.peek() !== '`') {
      if (this.peek() === '\\') {
        this.advance();
        parts[parts.length - 1] += this.advance();
      } else if (this.peek() === '$' && this.peek(1) === '{') {
        this.advance();
        this.advance();
        this.code(true);
        parts.push('');
      } else {
        parts[parts.length - 1] += this.advance();
      }
    }
    this.advance();
    return parts;
  }

  private regex(): void {
    this.advance();
    let inClass = false;
    while (!this.atEnd() && this.peek() !== '\n') {
      const char = this.advance();
      if (char === '\\') this.advance();
      else if (char === '[') inClass = true;
      else if (char === ']') inClass = false;
      else if (char === '/' && !inClass) break;
    }
    while (/[a-z]/.test(this.peek())) this.advance();
  }
}

export function scanStringLiterals(source: string): ScannedLiteral[] {
  return new LiteralScanner(source).scan();
}

/** `group.key` or deeper, starting with a lower-case word: the shape of every key we write. */
const KEY_SHAPE = /^[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_-]+)+$/;
const FILE_NAME = /\.(?:ts|js|mjs|json|css|html|svg|png|ink|md|txt)$/;
const PLURAL_SUFFIX = /_(?:zero|one|two|few|many|other)$/;

/** Every leaf key of a nested translation object, dotted. */
export function flattenKeys(strings: unknown, prefix = ''): string[] {
  if (typeof strings !== 'object' || strings === null || Array.isArray(strings)) {
    return prefix ? [prefix] : [];
  }
  return Object.entries(strings).flatMap(([key, value]) =>
    flattenKeys(value, prefix ? `${prefix}.${key}` : key),
  );
}

/** i18next resolves `t('items', {count})` to `items_one`, `items_other`, …: one key in use. */
const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');

export interface LocaleFile {
  language: string;
  namespace: string;
  path: string;
  strings: unknown;
}

/** Code that translates with a set of namespaces: the game, the counsellor workspace. */
export interface KeyScope {
  name: string;
  namespaces: readonly string[];
  sources: readonly SourceFile[];
}

export interface LocaleCheckInput {
  scopes: readonly KeyScope[];
  locales: readonly LocaleFile[];
  dynamicPrefixes: Readonly<Record<string, KeySlugSource>>;
  slugs: Readonly<Record<KeySlugSource, readonly string[]>>;
}

interface DynamicUse {
  prefix: string;
  suffix: string;
  slugs: readonly string[];
}

function languageParity(locales: readonly LocaleFile[]): string[] {
  const problems: string[] = [];
  const languages = [...new Set(locales.map((file) => file.language))].sort();
  const namespaces = [...new Set(locales.map((file) => file.namespace))].sort();
  for (const namespace of namespaces) {
    const files = languages.map((language) =>
      locales.find((file) => file.language === language && file.namespace === namespace),
    );
    const keySets = files.map((file) => new Set(file ? flattenKeys(file.strings) : []));
    const allKeys = new Set(keySets.flatMap((keys) => [...keys]));
    languages.forEach((language, index) => {
      const file = files[index];
      if (!file) {
        problems.push(`public/locales/${language}/${namespace}.json is missing`);
        return;
      }
      const missing = [...allKeys].filter((key) => !keySets[index]?.has(key)).sort();
      if (missing.length > 0) {
        problems.push(
          `${file.path}: lacks ${missing.map((key) => `"${key}"`).join(', ')}, which other languages have`,
        );
      }
    });
  }
  return problems;
}

function checkScope(scope: KeyScope, input: LocaleCheckInput): string[] {
  const problems: string[] = [];
  const files = input.locales.filter((file) => scope.namespaces.includes(file.namespace));
  const languages = [...new Set(input.locales.map((file) => file.language))].sort();

  /** language → base key → the files that define it */
  const defined = new Map<string, Map<string, string[]>>();
  for (const file of files) {
    const keys = defined.get(file.language) ?? new Map<string, string[]>();
    defined.set(file.language, keys);
    for (const key of flattenKeys(file.strings)) {
      const base = baseKey(key);
      const where = keys.get(base) ?? [];
      if (!where.includes(file.path)) where.push(file.path);
      keys.set(base, where);
    }
  }
  for (const [key, where] of defined.get(languages[0] ?? '') ?? []) {
    if (where.length > 1)
      problems.push(`"${key}" is defined in more than one file: ${where.join(', ')}`);
  }
  const groups = new Set(
    [...defined.values()].flatMap((keys) => [...keys.keys()].map((key) => key.split('.')[0])),
  );

  const usedKeys = new Set<string>();
  const checkedUses = new Map<string, string>();
  const dynamicUses: DynamicUse[] = [];
  for (const source of scope.sources) {
    for (const literal of scanStringLiterals(source.text)) {
      const at = `${source.path}:${literal.line}`;
      const [head = '', ...rest] = literal.parts;
      if (rest.length === 0) {
        const keyShaped = KEY_SHAPE.test(head) && !FILE_NAME.test(head);
        if (!literal.inTranslateCall && !keyShaped) continue;
        usedKeys.add(head);
        if (literal.inTranslateCall || groups.has(head.split('.')[0])) {
          if (!checkedUses.has(head)) checkedUses.set(head, at);
        }
        continue;
      }
      if (!literal.inTranslateCall) continue;
      const slugSource = input.dynamicPrefixes[head];
      const written = `t(\`${literal.parts.join('${…}')}\`)`;
      if (slugSource === undefined) {
        problems.push(
          `${at}: ${written} builds a key at run time: declare its prefix "${head}" in DYNAMIC_KEY_PREFIXES (game/i18n/dynamicKeys.ts)`,
        );
      } else if (rest.length > 1) {
        problems.push(`${at}: ${written} builds a key from more than one value; use one slug`);
      } else {
        const use = { prefix: head, suffix: rest[0] ?? '', slugs: input.slugs[slugSource] };
        dynamicUses.push(use);
        for (const slug of use.slugs) {
          const key = `${use.prefix}${slug}${use.suffix}`;
          usedKeys.add(key);
          if (!checkedUses.has(key)) checkedUses.set(key, `${at} (${slugSource}: "${slug}")`);
        }
      }
    }
  }

  for (const [key, at] of [...checkedUses].sort(([a], [b]) => a.localeCompare(b))) {
    const lacking = languages.filter((language) => !defined.get(language)?.has(key));
    if (lacking.length > 0) {
      problems.push(
        `${at}: "${key}" is in no ${scope.name} translation file (${scope.namespaces.join(', ')}) of ${lacking.join(', ')}`,
      );
    }
  }

  const unused = new Map<string, string[]>();
  for (const keys of defined.values()) {
    for (const [key, where] of keys) {
      if (usedKeys.has(key)) continue;
      unused.set(key, [...new Set([...(unused.get(key) ?? []), ...where])]);
    }
  }
  for (const [key, where] of [...unused].sort(([a], [b]) => a.localeCompare(b))) {
    const prefix = dynamicUses.find((use) => key.startsWith(use.prefix))?.prefix;
    const why = prefix ? `; no slug of its source makes it from "${prefix}"` : '';
    problems.push(`"${key}" is used by no ${scope.name} code${why} (${where.sort().join(', ')})`);
  }
  return problems;
}

/** Every problem, each a line that names the file (and line) to fix; empty when all agree. */
export function checkLocaleKeys(input: LocaleCheckInput): string[] {
  const problems = languageParity(input.locales);
  const claimed = new Set(input.scopes.flatMap((scope) => scope.namespaces));
  for (const namespace of new Set(input.locales.map((file) => file.namespace))) {
    if (!claimed.has(namespace)) {
      problems.push(`the namespace "${namespace}" belongs to no code (no KeyScope lists it)`);
    }
  }
  for (const scope of input.scopes) problems.push(...checkScope(scope, input));
  return problems;
}
