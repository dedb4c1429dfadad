/**
 * The server's structured log: one JSON object per line.
 *
 * No IP address may ever be written (DESIGN.md: "No IP address is written to disk or logs").
 * Callers never pass one; as a second line of defence every logged value is scrubbed of
 * anything that looks like an IPv4 or IPv6 address, and fields whose name says they hold an
 * address or a client fingerprint are blanked whatever their value.
 */

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  /** Entries below this level are dropped. */
  level?: LogLevel;
  /** Receives each entry as one line, newline included. */
  write?: (line: string) => void;
  now?: () => Date;
}

export const ADDRESS_PLACEHOLDER = '[address]';
const REDACTED = '[redacted]';

const IPV4 = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}`;
const HEX_GROUP = '[0-9a-f]{1,4}';
const HEX_GROUPS = `${HEX_GROUP}(?::${HEX_GROUP}){0,6}`;
/** Full (eight groups) or `::`-compressed IPv6, with an optional IPv4 tail and zone id. */
const IPV6 =
  `(?:(?:${HEX_GROUP}:){7}${HEX_GROUP}|(?:${HEX_GROUPS})?::(?:${HEX_GROUPS})?)` +
  `(?::${IPV4})?(?:%[0-9a-z_.-]+)?`;
// The look-arounds keep addresses from being found inside longer tokens (C++ `Foo::bar`,
// `1.2.3.456`); a clock time such as 12:34:56 has neither `::` nor eight groups, so it survives.
const ADDRESS_PATTERN = new RegExp(
  `(?<![0-9a-z])(?:${IPV6})(?![0-9a-z]|\\.\\d)|(?<![\\d.])${IPV4}(?!\\d|\\.\\d)`,
  'gi',
);

/** Field names whose value is blanked whatever it holds. */
const IDENTIFYING_FIELD =
  /^(?:ip|ips|client-?ip|remote-?addr(?:ess)?|remote-?port|x-forwarded-for|x-real-ip|forwarded|user-?agent|cookie|authorization)$/i;

export function scrubAddresses(text: string): string {
  return text.replace(ADDRESS_PATTERN, ADDRESS_PLACEHOLDER);
}

const MAX_DEPTH = 6;

function scrubValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return scrubAddresses(value);
  if (value === null || typeof value !== 'object') {
    return typeof value === 'bigint' ? value.toString() : value;
  }
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (value instanceof Error) return scrubValue(describeError(value), depth);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1));
  // fromEntries defines own properties, so a key such as `__proto__` stays a plain field.
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      scrubAddresses(key),
      IDENTIFYING_FIELD.test(key) ? REDACTED : scrubValue(inner, depth + 1),
    ]),
  );
}

function describeError(error: Error): Record<string, unknown> {
  const code = (error as NodeJS.ErrnoException).code;
  return {
    name: error.name,
    message: error.message,
    ...(code === undefined ? {} : { code }),
    ...(error.stack === undefined ? {} : { stack: error.stack }),
    ...(error.cause === undefined ? {} : { cause: error.cause }),
  };
}

/** Makes the log entry for a message and its fields; exported for tests. */
export function formatLogEntry(
  level: LogLevel,
  message: string,
  fields: LogFields,
  time: Date,
): string {
  const reserved = ['time', 'level', 'msg'];
  const entries = Object.entries(scrubValue(fields, 0) as LogFields).map(
    // A field never overwrites time, level or msg.
    ([key, value]) => [reserved.includes(key) ? `field.${key}` : key, value] as const,
  );
  const entry = Object.fromEntries([
    ['time', time.toISOString()],
    ['level', level],
    ['msg', scrubAddresses(message)],
    ...entries,
  ]);
  return `${JSON.stringify(entry)}\n`;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = LOG_LEVELS.indexOf(options.level ?? 'info');
  const write = options.write ?? ((line: string) => void process.stdout.write(line));
  const now = options.now ?? (() => new Date());
  const at =
    (level: LogLevel) =>
    (message: string, fields: LogFields = {}): void => {
      if (LOG_LEVELS.indexOf(level) < threshold) return;
      write(formatLogEntry(level, message, fields, now()));
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
