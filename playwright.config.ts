/**
 * Browser tests: the production build, served by the production server on a free port of
 * 127.0.0.1, driven in Chromium. System Chromium (Debian: `apt-get install chromium`, or
 * CHROMIUM_PATH) is used when present, otherwise Playwright's own
 * (`npx playwright install chromium`).
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { freePort } from './server/testing/freePort.ts';

// Workers load this file again: the port chosen once travels to them in the environment.
process.env.OFFRAMP_E2E_PORT ??= String(await freePort());
const port = Number(process.env.OFFRAMP_E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

/**
 * The run's server keeps its data folder, its log and the list of what the tests sent to it
 * side by side in the temporary folder (the log and the list stay outside the data folder,
 * whose store reports files it does not know). The privacy scan (server/e2e/privacyScan.spec.ts)
 * reads all three after the other browser tests; the specs find them through these variables.
 */
const runFiles = path.join(os.tmpdir(), `offramp-e2e-data-${port}`);
process.env.OFFRAMP_E2E_DATA_DIR = runFiles;
process.env.OFFRAMP_E2E_SERVER_LOG = `${runFiles}.log`;
process.env.OFFRAMP_E2E_SENT_MESSAGES = `${runFiles}.sent.jsonl`;

/** POSIX shell quoting, for paths in the webServer command. */
function shellQuoted(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
const serverLog = shellQuoted(process.env.OFFRAMP_E2E_SERVER_LOG);
const sentMessages = shellQuoted(process.env.OFFRAMP_E2E_SENT_MESSAGES);
const build = process.env.OFFRAMP_DIST_DIR
  ? `npx vite build --outDir ${shellQuoted(process.env.OFFRAMP_DIST_DIR)}`
  : 'npm run build';
/**
 * The server's stdout (its JSON log) goes to the log file; its stderr (one line when it cannot
 * start, or a crash) goes to the log file too and, through tee, to Playwright, which shows it.
 * The log and the list of sent messages start empty in each run.
 */
const serveWithLog = `{ node --import tsx server/main.ts 2>&1 1>&3 | tee -a ${serverLog} >&2; } 3>>${serverLog}`;

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const systemChromium = existsSync(chromiumPath) ? chromiumPath : undefined;

export default defineConfig({
  testDir: '.',
  projects: [
    { name: 'browser', testMatch: ['game/e2e/**/*.spec.ts', 'counsellor/e2e/**/*.spec.ts'] },
    {
      // Runs once every browser test has passed (a failure there leaves it "did not run"), on
      // what the same server wrote meanwhile. Naming its file runs all of `browser` first.
      name: 'privacy-scan',
      testMatch: ['server/e2e/privacyScan.spec.ts'],
      dependencies: ['browser'],
    },
  ],
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  // Parallel runs (OFFRAMP_DIST_DIR) keep their traces apart too.
  outputDir: process.env.OFFRAMP_E2E_OUTPUT ?? 'test-results',
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    locale: 'en-GB',
    trace: 'retain-on-failure',
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // OFFRAMP_DIST_DIR lets parallel runs build into folders of their own.
    // prepareStaff.ts puts the test counsellor into the data folder before the server reads it
    // (Playwright starts the webServer before any globalSetup).
    command: `: > ${serverLog} && : > ${sentMessages} && ${build} && node --import tsx counsellor/e2e/prepareStaff.ts && ${serveWithLog}`,
    url: `${baseURL}/api/health`,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      // info, not warn: the privacy scan needs every request and chat event in the log.
      OFFRAMP_LOG_LEVEL: 'info',
      // A data folder per run (the store locks it), and the game's tests want the unreviewed
      // stories too: the review gate has end-to-end tests of its own (server/ethicsGate.test.ts).
      OFFRAMP_DATA_DIR: runFiles,
      OFFRAMP_SHOW_UNREVIEWED: '1',
      ...(process.env.OFFRAMP_DIST_DIR ? { OFFRAMP_DIST_DIR: process.env.OFFRAMP_DIST_DIR } : {}),
    },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
