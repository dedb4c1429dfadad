/** What every `offramp` command shares: its streams, its errors, its progress line. */
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { fileURLToPath } from 'node:url';

export interface CommandIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  cwd: string;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  run(args: string[], io: CommandIo): Promise<number>;
}

/** An error the user can act on: printed as is, without a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** The project this command belongs to (stories/, ethics.config.json). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const STORIES_DIR = process.env.OFFRAMP_STORIES_DIR
  ? path.resolve(process.env.OFFRAMP_STORIES_DIR)
  : path.join(PROJECT_ROOT, 'stories');
export const ETHICS_CONFIG_PATH = process.env.OFFRAMP_ETHICS_CONFIG
  ? path.resolve(process.env.OFFRAMP_ETHICS_CONFIG)
  : path.join(PROJECT_ROOT, 'ethics.config.json');

/**
 * A one-line progress display on stderr, redrawn in place. Silent when stderr is not a
 * terminal (piped, CI) or when the command prints JSON.
 */
export interface Progress {
  update(text: string): void;
  done(): void;
}

export function createProgress(io: CommandIo, enabled: boolean): Progress {
  const active = enabled && io.stderr.isTTY === true;
  let shown = false;
  let lastDraw = 0;
  return {
    update(text) {
      if (!active) return;
      const now = Date.now();
      if (now - lastDraw < 100) return;
      lastDraw = now;
      io.stderr.write(`\r\x1b[2K${text}`);
      shown = true;
    },
    done() {
      if (active && shown) io.stderr.write('\r\x1b[2K');
      shown = false;
    },
  };
}

/** node:util's parseArgs messages, shortened to what the user needs to fix. */
export function describeArgumentError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(message)?.[1];
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option "${option}"`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return `${option} needs a value`;
  return message.split('\n')[0] ?? message;
}

/**
 * node:util's parseArgs for a command, with positionals allowed and every mistake turned into
 * a usage error (exit 2) that names the command and shows its usage.
 */
export function parseCommandArgs<const Options extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  usage: string,
  args: string[],
  options: Options,
) {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options });
  } catch (error) {
    throw commandUsageError(command, usage, describeArgumentError(error));
  }
}

export function commandUsageError(command: string, usage: string, message: string): UserError {
  return new UserError(`offramp ${command}: ${message}\nUsage: offramp ${usage}`, 2);
}

/** A numeric option: absent is undefined; anything but a number of at least `min` is a usage error. */
export function numberOption(
  command: string,
  usage: string,
  name: string,
  raw: string | undefined,
  integer: boolean,
  min: number,
): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (
    raw.trim() === '' ||
    !Number.isFinite(value) ||
    (integer && !Number.isInteger(value)) ||
    value < min
  ) {
    throw commandUsageError(
      command,
      usage,
      `--${name} must be ${integer ? 'a whole number' : 'a number'} of at least ${min}, got "${raw}"`,
    );
  }
  return value;
}
