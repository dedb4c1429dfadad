/**
 * The benchmarks' handle on the chat server child (benchServerProcess.ts): fork it, wait for
 * its IPC answers with a timeout, ask for its stats, stop it with SIGTERM or cut it with SIGKILL.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isServerToBench, type ServerStats, type ServerToBench } from './benchServerIpc.ts';

const SERVER_SCRIPT = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'benchServerProcess.ts',
);
const STATS_TIMEOUT_MS = 5_000;
export const SERVER_START_TIMEOUT_MS = 60_000;
export const SERVER_STOP_TIMEOUT_MS = 30_000;

export class ServerProcess {
  private stderrTail = '';
  private readonly exited: Promise<number | null>;
  exitCode: number | null | undefined;

  constructor(readonly child: ChildProcess) {
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-4000);
    });
    this.exited = new Promise((resolve) => {
      child.once('exit', (code) => {
        this.exitCode = code;
        resolve(code);
      });
    });
  }

  /** `args` go to benchServerProcess.ts (--counsellors N, --port P, --data-dir D, --reuse). */
  static start(tmpRoot: string, args: readonly string[]): ServerProcess {
    const child = fork(SERVER_SCRIPT, [...args], {
      // The harness makes its data and stories folders below os.tmpdir(): below ours.
      env: { ...process.env, TMPDIR: tmpRoot },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    return new ServerProcess(child);
  }

  get running(): boolean {
    return this.exitCode === undefined;
  }

  next<T extends ServerToBench['type']>(
    type: T,
    timeoutMs: number,
  ): Promise<Extract<ServerToBench, { type: T }>> {
    return new Promise((resolve, reject) => {
      const cleanup = () => {
        clearTimeout(timer);
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
      };
      const onMessage = (message: unknown) => {
        if (!isServerToBench(message)) return;
        if (message.type === 'failed') {
          cleanup();
          reject(new Error(`the server failed: ${message.message}`));
        } else if (message.type === type) {
          cleanup();
          resolve(message as Extract<ServerToBench, { type: T }>);
        }
      };
      const onExit = (code: number | null) => {
        cleanup();
        reject(new Error(`the server exited (${code}) ${this.describeStderr()}`));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no "${type}" from the server within ${timeoutMs} ms`));
      }, timeoutMs);
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
    });
  }

  async stats(reset: boolean): Promise<ServerStats | undefined> {
    if (!this.running) return undefined;
    const answer = this.next('stats', STATS_TIMEOUT_MS).catch(() => undefined);
    this.child.send({ type: 'stats?', reset });
    return answer;
  }

  /** SIGTERM and wait; SIGKILL after the timeout. true: it stopped by itself with exit code 0. */
  async stop(timeoutMs: number): Promise<boolean> {
    if (!this.running) return this.exitCode === 0;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    const code = await this.exited;
    clearTimeout(timer);
    return code === 0;
  }

  /** SIGKILL (`kill -9`): no chance to finish anything. Resolves once the process is gone. */
  async killHard(timeoutMs: number): Promise<void> {
    if (this.running) this.child.kill('SIGKILL');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.exited,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`the server did not die within ${timeoutMs} ms of SIGKILL`)),
          timeoutMs,
        );
      }),
    ]).finally(() => clearTimeout(timer));
  }

  kill(): void {
    if (this.running) this.child.kill('SIGKILL');
  }

  private describeStderr(): string {
    const tail = this.stderrTail.trim();
    return tail ? `:\n${tail}` : '';
  }
}
