/**
 * What both chat benchmarks do around their run: a temporary folder (the server's data goes
 * below it), a watchdog that bounds the whole run, and on success, failure, the watchdog or
 * Ctrl-C the server child killed and the folder removed. The exit code is the body's (1 if it
 * throws, 130 on Ctrl-C).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ServerProcess } from './serverProcess.ts';

export interface BenchFrame {
  /** "chat benchmark": how messages about the run name it. */
  title: string;
  tmpPrefix: string;
  budgetMs: number;
  endProgress: () => void;
}

export type ServerSlot = { current?: ServerProcess };

export function benchMain(
  frame: BenchFrame,
  body: (tmpRoot: string, server: ServerSlot) => Promise<number>,
): void {
  const tmpRoot = mkdtempSync(path.join(os.tmpdir(), frame.tmpPrefix));
  const server: ServerSlot = {};
  const cleanUp = () => {
    server.current?.kill();
    rmSync(tmpRoot, { recursive: true, force: true });
  };
  const interrupted = () => {
    frame.endProgress();
    cleanUp();
    process.stderr.write(`${frame.title} interrupted\n`);
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  // An error thrown from a socket or timer callback must not leave the child and folder behind.
  process.once('uncaughtException', (error) => {
    frame.endProgress();
    cleanUp();
    process.stderr.write(`${frame.title} failed: ${error.message}\n`);
    process.exit(1);
  });
  const watchdog = setTimeout(() => {
    frame.endProgress();
    cleanUp();
    process.stderr.write(`${frame.title}: gave up after ${Math.round(frame.budgetMs / 1000)} s\n`);
    process.exit(1);
  }, frame.budgetMs);
  body(tmpRoot, server)
    .catch((error: unknown) => {
      frame.endProgress();
      process.stderr.write(
        `${frame.title} failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return 1;
    })
    .then((code) => {
      clearTimeout(watchdog);
      cleanUp();
      process.exit(code);
    });
}
