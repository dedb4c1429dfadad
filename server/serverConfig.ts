/** The production server's settings, read from the environment and checked before anything starts. */
import path from 'node:path';
import { isLogLevel, type LogLevel } from './logger.ts';

export interface ServerConfig {
  port: number;
  host: string;
  /** Where the store of later issues keeps its files (OFFRAMP_DATA_DIR). */
  dataDir: string;
  /** The build output (`npm run build`). */
  distDir: string;
  logLevel: LogLevel;
  /** ethics.config.json (OFFRAMP_ETHICS_CONFIG). */
  ethicsConfigFile: string;
  /** Also serve stories without a valid approval, marked "Not reviewed" (OFFRAMP_SHOW_UNREVIEWED=1). */
  showUnreviewed: boolean;
}

/** A reason the server cannot start, worded for the person starting it: printed as one line. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';

/** `defaults.port`: the development server listens elsewhere than `npm start` by default. */
export function readServerConfig(
  env: NodeJS.ProcessEnv,
  cwd: string,
  defaults: { port: number } = { port: DEFAULT_PORT },
): ServerConfig {
  return {
    port: parsePort(env.PORT, defaults.port),
    host: parseHost(env.HOST),
    dataDir: path.resolve(cwd, nonEmpty(env.OFFRAMP_DATA_DIR) ?? 'data'),
    distDir: path.resolve(cwd, nonEmpty(env.OFFRAMP_DIST_DIR) ?? 'dist'),
    logLevel: parseLogLevel(env.OFFRAMP_LOG_LEVEL),
    ethicsConfigFile: path.resolve(
      cwd,
      nonEmpty(env.OFFRAMP_ETHICS_CONFIG) ?? 'ethics.config.json',
    ),
    showUnreviewed: parseSwitch('OFFRAMP_SHOW_UNREVIEWED', env.OFFRAMP_SHOW_UNREVIEWED),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function parsePort(value: string | undefined, defaultPort: number): number {
  const text = nonEmpty(value);
  if (text === undefined) return defaultPort;
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new StartupError(
      `PORT must be a whole number from 0 to 65535 (0 picks a free port), not "${text.slice(0, 40)}"`,
    );
  }
  return port;
}

function parseHost(value: string | undefined): string {
  const host = nonEmpty(value);
  if (host === undefined) return DEFAULT_HOST;
  if (/\s/.test(host) || host.length > 255) {
    throw new StartupError(`HOST must be a host name or address, not "${host.slice(0, 40)}"`);
  }
  return host;
}

function parseLogLevel(value: string | undefined): LogLevel {
  const level = nonEmpty(value);
  if (level === undefined) return 'info';
  if (!isLogLevel(level)) {
    throw new StartupError(
      `OFFRAMP_LOG_LEVEL must be debug, info, warn or error, not "${level.slice(0, 40)}"`,
    );
  }
  return level;
}

function parseSwitch(name: string, value: string | undefined): boolean {
  const text = nonEmpty(value);
  if (text === undefined || text === '0') return false;
  if (text === '1') return true;
  throw new StartupError(`${name} must be 1 or 0, not "${text.slice(0, 40)}"`);
}
