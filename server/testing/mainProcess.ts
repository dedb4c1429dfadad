/**
 * Runs server/main.ts as its own process, exactly as `npm start` does
 * (node --import tsx server/main.ts), for tests that need the real entry point.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeTree } from '../../core/testing/inkFixtures.node.ts';
import {
  permissiveEthicsConfig,
  writeEthicsConfigFile,
} from '../../core/testing/ethicsFixtures.node.ts';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const EXIT_TIMEOUT_MS = 20_000;

export interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A valid ethics config for every run, unless a test gives its own. */
let defaultEthicsConfig: string | undefined;

/** Starts main.ts in `cwd`; the environment's PORT, HOST and OFFRAMP_* settings are not passed on. */
export function runMain(cwd: string, env: Record<string, string> = {}): Run {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !['PORT', 'HOST'].includes(name) && !name.startsWith('OFFRAMP_'),
    ),
  );
  const child = spawn(process.execPath, ['--import', TSX_LOADER, MAIN], {
    cwd,
    env: {
      ...inherited,
      OFFRAMP_ETHICS_CONFIG: (defaultEthicsConfig ??= writeEthicsConfigFile(
        writeTree({}),
        permissiveEthicsConfig(),
      )),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), EXIT_TIMEOUT_MS);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal });
    });
  });
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Resolves with the first stdout line that matches, or rejects when the process ends first. */
export function lineMatching(run: Run, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const line = run
        .stdout()
        .split('\n')
        .find((candidate) => pattern.test(candidate));
      if (line !== undefined) resolve(line);
      return line !== undefined;
    };
    if (check()) return;
    const onData = (): void => {
      if (check()) run.child.stdout?.off('data', onData);
    };
    run.child.stdout?.on('data', onData);
    void run.exited.then(() => {
      if (!check()) reject(new Error(`exited before printing ${pattern}: ${run.stderr()}`));
    });
  });
}
