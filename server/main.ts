/**
 * Production entry (`npm start`): serves the built game, counsellor workspace and API.
 * Anything that stops it from starting is reported as one line on stderr, with exit code 1.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { displayRelativeToCwd } from '../core/story/compileInk.node.ts';
import { createApp } from './app.ts';
import { createLogger, type Logger } from './logger.ts';
import { readServerConfig, StartupError, type ServerConfig } from './serverConfig.ts';
import { startServer, type RunningServer } from './startServer.ts';
import { builtStorySource, StoryManifestError } from './storySource.ts';
import { EthicsConfigError } from '../core/ethics/ethicsConfig.ts';
import { readEthicsConfig } from '../core/ethics/ethicsConfigFile.node.ts';
import { prepareChatServer } from './chat/chatServer.ts';
import { storyReviewLookup } from './chat/entryCheck.ts';
import { createStaffAuth } from './staff/staffAuth.ts';
import { openDataStore, type DataStore } from './store/openDataStore.ts';
import { startRetentionSweeper } from './store/retentionSweeper.ts';

const RETENTION_SWEEP_INTERVAL_MS = 60 * 60 * 1000;

const BUILD_HINT = 'run npm run build first';

function checkBuild(distDir: string): void {
  const shown = displayRelativeToCwd(distDir);
  if (!existsSync(distDir) || !statSync(distDir).isDirectory()) {
    throw new StartupError(`${shown}/ not found; ${BUILD_HINT}`);
  }
  for (const page of [path.join('game', 'index.html'), path.join('counsellor', 'index.html')]) {
    if (!existsSync(path.join(distDir, page))) {
      throw new StartupError(`${path.join(shown, page)} not found; ${BUILD_HINT}`);
    }
  }
}

/** The data folder holds conversations later: only the server's own user may read it. */
function prepareDataDir(dataDir: string, logger: Logger): void {
  const shown = displayRelativeToCwd(dataDir);
  if (!existsSync(dataDir)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    logger.info('created data folder', { dataDir: shown });
    return;
  }
  const stat = statSync(dataDir);
  if (!stat.isDirectory()) throw new StartupError(`OFFRAMP_DATA_DIR ${shown} is not a folder`);
  if ((stat.mode & 0o077) !== 0) {
    logger.warn('data folder is readable by other users; chmod 700 it', { dataDir: shown });
  }
}

function describeListenError(error: unknown, config: ServerConfig): StartupError | undefined {
  const code = (error as NodeJS.ErrnoException).code;
  const where = `${config.host}:${config.port}`;
  switch (code) {
    case 'EADDRINUSE':
      return new StartupError(
        `port ${config.port} is already in use on ${config.host}; stop the other server or set PORT`,
      );
    case 'EACCES':
      return new StartupError(`not allowed to listen on ${where}; use a PORT above 1023`);
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new StartupError(`cannot listen on ${where}: HOST is not an address of this machine`);
    default:
      return undefined;
  }
}

function stopOnSignals(
  running: RunningServer,
  logger: Logger,
  releaseData: () => Promise<void>,
): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn('stopping now, without waiting for open requests', { signal });
      process.exit(1);
    }
    stopping = true;
    logger.info('stopping', { signal });
    running
      .close()
      .then(releaseData)
      .then(
        () => {
          logger.info('stopped');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error('failed to stop cleanly', { error });
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main(): Promise<void> {
  const config = readServerConfig(process.env, process.cwd());
  const logger = createLogger({ level: config.logLevel });
  checkBuild(config.distDir);
  const stories = builtStorySource(config.distDir);
  const ethicsConfig = readEthicsConfig(
    config.ethicsConfigFile,
    displayRelativeToCwd(config.ethicsConfigFile),
  );
  prepareDataDir(config.dataDir, logger);
  const data = await openDataStore({
    dataDir: config.dataDir,
    env: process.env,
    displayDataDir: displayRelativeToCwd(config.dataDir),
  });
  if (data.keySource === 'new-key-file') {
    logger.warn('created a new data key: back it up, without it the data cannot be read', {
      keyFile: data.keyFile && displayRelativeToCwd(data.keyFile),
    });
  }
  for (const problem of data.chat.integrityProblems()) {
    logger.error('a conversation file cannot be read', { problem });
  }
  const stopSweeper = startRetentionSweeper(data.chat, {
    intervalMs: RETENTION_SWEEP_INTERVAL_MS,
    retentionDays: ethicsConfig.data.chatRetentionDays,
    onError: (error) => logger.error('retention sweep failed', { error }),
  });
  const staff = createStaffAuth({ accountsFile: data.accounts, logger, secureCookies: true });
  const ethics = { config: ethicsConfig, showUnreviewed: config.showUnreviewed };
  // Attached once the HTTP server listens; the availability route answers 503 until then.
  const pendingChat = prepareChatServer({
    store: data.chat,
    consentVersion: ethicsConfig.consent.textVersion,
    reviewOf: storyReviewLookup(stories, ethics),
    hashResumePhrase: data.keys.hashResumePhrase,
    authenticator: staff.authenticator,
    staffAccounts: () => staff.accounts.list(),
    logger,
  });
  const app = createApp({
    mode: 'production',
    stories,
    ethics,
    staff: staff.router,
    chat: pendingChat.routers,
    frontend: { distDir: config.distDir },
    logger,
  });
  let running: RunningServer;
  try {
    running = await startServer(app, { port: config.port, host: config.host });
  } catch (error) {
    await releaseData(data, stopSweeper);
    throw describeListenError(error, config) ?? error;
  }
  const chat = pendingChat.attach(running.server);
  // Open chat sockets would keep the HTTP server from closing: they go first.
  stopOnSignals(
    {
      ...running,
      close: async (graceMs) => {
        await chat.close();
        await running.close(graceMs);
      },
    },
    logger,
    () => releaseData(data, stopSweeper),
  );
  // The stack goes through the logger, like every other error, instead of raw to stderr.
  process.on('uncaughtException', (error) => {
    logger.error('uncaught exception', { error });
    process.exit(1);
  });
  process.on('unhandledRejection', (reason) => {
    logger.error('unhandled rejection', { error: reason });
    process.exit(1);
  });
  const storyCount = (await stories.list()).length;
  logger.info(`Offramp is serving ${running.url}`, {
    url: running.url,
    port: running.port,
    stories: storyCount,
    unreviewedStories: config.showUnreviewed ? 'served, marked "Not reviewed"' : 'not served',
  });
  await staff.prepareFirstAdminSetup(running.url);
}

async function releaseData(data: DataStore, stopSweeper: () => Promise<void>): Promise<void> {
  await stopSweeper();
  await data.close();
}

main().catch((error: unknown) => {
  if (
    error instanceof EthicsConfigError ||
    error instanceof StartupError ||
    error instanceof StoryManifestError
  ) {
    process.stderr.write(`offramp: cannot start: ${error.message}\n`);
  } else {
    createLogger().error('failed to start', { error });
  }
  process.exit(1);
});
