/**
 * Chat store benchmark: durable appends (encrypted, fsynced, renamed, folder fsynced) against
 * the lowdb store on real files.
 *
 *   node --import tsx server/store/store.bench.ts [--scale=0.2] [--dir=/path/on/the/disk/to/test]
 *
 * Scenarios:
 * - burst: many appends in flight on one conversation (shows write coalescing);
 * - closed loop: each conversation has one sender that sends again as soon as its ack arrives;
 * - paced: 1,000 conversations each sending one message every 10 s (100 messages/s) or every
 *   2 s (500 messages/s); latency is what a sender waits for its ack.
 *
 * fsync concurrency is the limit: run it (and the server) with UV_THREADPOOL_SIZE=64 to let
 * more of them overlap (libuv's default pool has 4 threads).
 * Prints a table and one JSON line (`{"bench":"chat-store",...}`).
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { textTable } from '../../core/format/textTable.ts';
import { diskFloorSamples } from '../chat/bench/diskFloor.ts';
import { percentile } from '../chat/bench/latencyStats.ts';
import type { ChatStore } from './chatStore.ts';
import { deriveDataKeys } from './dataKey.ts';
import { openLowdbChatStore } from './lowdbChatStore.ts';
import { newConversationInput } from './testing/conversationInput.ts';

interface Scenario {
  name: string;
  conversations: number;
  /** Closed loop: senders per conversation. Paced: ignored. */
  inFlightPerConversation: number;
  appends?: number;
  /** Paced: one message per conversation every `periodMs`, for `durationMs`. */
  periodMs?: number;
  durationMs?: number;
}

interface Result {
  scenario: string;
  conversations: number;
  inFlight: number | 'paced';
  appends: number;
  seconds: number;
  appendsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  createMs: number;
}

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value = ''] = arg.replace(/^--/, '').split('=');
    return [key, value] as const;
  }),
);
const scale = Number(args.get('scale') ?? '1') || 1;
const scaled = (n: number) => Math.max(1, Math.round(n * scale));

const scenarios: Scenario[] = [
  {
    name: 'burst, 1 conversation',
    conversations: 1,
    inFlightPerConversation: 64,
    appends: scaled(3000),
  },
  { name: 'closed loop', conversations: 1, inFlightPerConversation: 1, appends: scaled(500) },
  { name: 'closed loop', conversations: 100, inFlightPerConversation: 1, appends: scaled(3000) },
  { name: 'closed loop', conversations: 1000, inFlightPerConversation: 1, appends: scaled(5000) },
  {
    name: 'paced 100/s',
    conversations: 1000,
    inFlightPerConversation: 1,
    periodMs: 10_000,
    durationMs: scaled(10_000),
  },
  {
    name: 'paced 500/s',
    conversations: 1000,
    inFlightPerConversation: 1,
    periodMs: 2000,
    durationMs: scaled(10_000),
  },
];

const keys = deriveDataKeys(Buffer.alloc(32, 42));

function messageText(index: number): string {
  return `Message ${index}: I am not sure how to say this, but something happened at school today.`;
}

async function timedAppend(
  store: ChatStore,
  conversationId: string,
  index: number,
  latencies: number[],
) {
  const started = performance.now();
  await store.appendMessage({
    conversationId,
    clientMessageId: randomUUID(),
    from: 'player',
    text: messageText(index),
  });
  latencies.push(performance.now() - started);
}

async function runClosedLoop(
  store: ChatStore,
  ids: string[],
  scenario: Scenario,
  latencies: number[],
) {
  const total = scenario.appends ?? 0;
  let issued = 0;
  const sender = async (conversationId: string) => {
    while (issued < total) {
      const index = issued++;
      await timedAppend(store, conversationId, index, latencies);
    }
  };
  await Promise.all(
    ids.flatMap((id) => Array.from({ length: scenario.inFlightPerConversation }, () => sender(id))),
  );
  return total;
}

async function runPaced(store: ChatStore, ids: string[], scenario: Scenario, latencies: number[]) {
  const period = scenario.periodMs ?? 1000;
  const duration = scenario.durationMs ?? 10_000;
  const offsets = ids.map((_, i) => (i * period) / ids.length);
  const start = performance.now();
  const pending: Array<Promise<void>> = [];
  let index = 0;
  await new Promise<void>((resolve) => {
    const nextDue = ids.map((_, i) => offsets[i] ?? 0);
    const tick = setInterval(() => {
      const elapsed = performance.now() - start;
      if (elapsed >= duration) {
        clearInterval(tick);
        resolve();
        return;
      }
      ids.forEach((id, i) => {
        while ((nextDue[i] ?? Infinity) <= elapsed) {
          nextDue[i] = (nextDue[i] ?? 0) + period;
          pending.push(timedAppend(store, id, index++, latencies));
        }
      });
    }, 5);
  });
  await Promise.all(pending);
  return index;
}

/** The disk's own cost of one durable replace, sequentially. */
async function measureDiskFloor(root: string): Promise<{ p50Ms: number; p99Ms: number }> {
  const latencies = await diskFloorSamples(path.join(root, 'floor'), 200);
  latencies.sort((a, b) => a - b);
  return {
    p50Ms: round(percentile(latencies, 0.5), 2),
    p99Ms: round(percentile(latencies, 0.99), 2),
  };
}

async function runScenario(root: string, scenario: Scenario, number: number): Promise<Result> {
  const dataDir = path.join(root, `scenario-${number}`);
  const store = await openLowdbChatStore({ dataDir, keys });
  try {
    const createStart = performance.now();
    const ids = (
      await Promise.all(
        Array.from({ length: scenario.conversations }, () =>
          store.createConversation(newConversationInput()),
        ),
      )
    ).map((conversation) => conversation.id);
    const createMs = performance.now() - createStart;
    const latencies: number[] = [];
    const start = performance.now();
    const appends = scenario.periodMs
      ? await runPaced(store, ids, scenario, latencies)
      : await runClosedLoop(store, ids, scenario, latencies);
    const seconds = (performance.now() - start) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      scenario: scenario.name,
      conversations: scenario.conversations,
      inFlight: scenario.periodMs
        ? 'paced'
        : scenario.conversations * scenario.inFlightPerConversation,
      appends,
      seconds: round(seconds, 2),
      appendsPerSecond: Math.round(appends / seconds),
      p50Ms: round(percentile(latencies, 0.5), 1),
      p99Ms: round(percentile(latencies, 0.99), 1),
      maxMs: round(latencies.at(-1) ?? 0, 1),
      createMs: Math.round(createMs),
    };
  } finally {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function printTable(results: Result[]): void {
  const header = [
    'scenario',
    'convs',
    'in flight',
    'appends',
    'appends/s',
    'p50 ms',
    'p99 ms',
    'max ms',
    'create ms',
  ];
  const rows = results.map((r) => [
    r.scenario,
    String(r.conversations),
    String(r.inFlight),
    String(r.appends),
    String(r.appendsPerSecond),
    r.p50Ms.toFixed(1),
    r.p99Ms.toFixed(1),
    r.maxMs.toFixed(1),
    String(r.createMs),
  ]);
  for (const line of textTable(header, rows)) process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  const base = args.get('dir') || os.tmpdir();
  const root = await mkdtemp(path.join(base, 'offramp-store-bench-'));
  const environment = {
    node: process.version,
    cpus: os.cpus().length,
    uvThreadpoolSize: Number(process.env.UV_THREADPOOL_SIZE ?? 4),
    dir: base,
    scale,
  };
  process.stdout.write(
    `chat store benchmark (durable, encrypted appends) — node ${environment.node}, ${environment.cpus} CPUs, UV_THREADPOOL_SIZE=${environment.uvThreadpoolSize}, ${base}\n\n`,
  );
  const results: Result[] = [];
  let diskFloor = { p50Ms: 0, p99Ms: 0 };
  try {
    diskFloor = await measureDiskFloor(root);
    process.stdout.write(
      `disk floor, one durable 2 KB replace at a time: p50 ${diskFloor.p50Ms} ms, p99 ${diskFloor.p99Ms} ms; load average ${os.loadavg()[0]?.toFixed(1)}\n\n`,
    );
    for (const [i, scenario] of scenarios.entries()) {
      results.push(await runScenario(root, scenario, i));
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  printTable(results);
  const rssMb = Math.round(process.memoryUsage().rss / 1e6);
  process.stdout.write(
    `\n${JSON.stringify({ bench: 'chat-store', environment, diskFloor, loadAverage: os.loadavg()[0], rssMb, results })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
