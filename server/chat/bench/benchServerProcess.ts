/**
 * The chat benchmark's server: the real stack of chatHarness.ts (the app, the staff API, the
 * WebSocket at /api/chat, the encrypted durable lowdb store in a data folder below TMPDIR)
 * with the default rate limits, in a process of its own so that the load generator does not
 * run on the server's event loop. Forked by chat.bench.ts:
 *
 *   fork('benchServerProcess.ts', ['--counsellors', '20'], { execArgv: ['--import', 'tsx'] })
 *
 * The fault benchmark adds `--port P --data-dir D` (a fixed URL, so clients reconnect to the
 * same place) and, after a `kill -9`, `--reuse` (the folder already holds the accounts).
 *
 * Sends `ready` (URL, data folder, counsellor names) over IPC; answers `stats?`; on SIGTERM
 * stops the chat, the server and the store (pending writes finish), leaves the data folder for
 * the benchmark to check, and exits 0. If the benchmark goes away, it stops too.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startChatHarness, type ChatHarness } from '../testing/chatHarness.ts';
import { isBenchToServer, type ServerToBench } from './benchServerIpc.ts';

const { values } = parseArgs({
  options: {
    counsellors: { type: 'string', default: '20' },
    port: { type: 'string' },
    'data-dir': { type: 'string' },
    reuse: { type: 'boolean', default: false },
  },
});
const counsellorCount = Number(values.counsellors);
const port = values.port === undefined ? undefined : Number(values.port);

function tell(message: ServerToBench): void {
  process.send?.(message);
}

let harness: ChatHarness | undefined;
let stopping = false;

async function stop(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  try {
    await harness?.stop();
  } finally {
    process.exit(exitCode);
  }
}

process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));
process.on('disconnect', () => void stop(0));

async function main(): Promise<void> {
  if (!process.send) throw new Error('start this through chat.bench.ts (it needs an IPC channel)');
  if (!(Number.isInteger(counsellorCount) && counsellorCount > 0)) {
    throw new Error(`--counsellors must be a positive whole number, not "${values.counsellors}"`);
  }
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    throw new Error(`--port must be a port number, not "${values.port}"`);
  }
  harness = await startChatHarness({}, undefined, {
    ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
    ...(port !== undefined ? { port } : {}),
  });
  const names = Array.from({ length: counsellorCount }, (_, i) => `bench-counsellor-${i + 1}`);
  if (!values.reuse) {
    for (const [i, name] of names.entries()) {
      await harness.addCounsellor(name, `Counsellor ${i + 1}`);
    }
  }
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const cpuAtReady = process.cpuUsage();
  process.on('message', (message: unknown) => {
    if (!isBenchToServer(message)) return;
    const cpu = process.cpuUsage(cpuAtReady);
    tell({
      type: 'stats',
      cpuUserMs: Math.round(cpu.user / 1000),
      cpuSystemMs: Math.round(cpu.system / 1000),
      rssMb: Math.round(process.memoryUsage().rss / 1e6),
      eventLoopDelayP99Ms: Math.round(loopDelay.percentile(99) / 1e5) / 10,
      eventLoopDelayMaxMs: Math.round(loopDelay.max / 1e5) / 10,
    });
    if (message.reset) loopDelay.reset();
  });
  tell({
    type: 'ready',
    url: harness.url,
    wsUrl: harness.wsUrl,
    dataDir: harness.dataDir,
    counsellors: names,
  });
}

main().catch((error: unknown) => {
  tell({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  void stop(1);
});
