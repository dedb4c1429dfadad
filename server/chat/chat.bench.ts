/**
 * `npm run bench:chat`: the chat load bar of DESIGN.md ("Quality bars") — 1,000 concurrent
 * conversations on this 2-core machine with p99 delivery ≤ 50 ms and every acknowledged message
 * on disk.
 *
 * 1. Forks the real chat server (bench/benchServerProcess.ts: the app, the staff API, the
 *    WebSocket at /api/chat, the encrypted durable lowdb store in a temporary data folder,
 *    default rate limits) as a child process, so the load does not run on the server's event
 *    loop. Both still share the machine's cores, and the output says so.
 * 2. Signs in the counsellors (POST /api/staff/login), connects them and subscribes them to the
 *    queue; connects the players, each of whom opens a conversation; the counsellors claim the
 *    conversations, spread evenly.
 * 3. For `--seconds`, each player sends a message every `--interval` seconds (±50 % jitter, so
 *    1,000 players at 5 s ≈ 200 messages/s) and each counsellor answers their longest-waiting
 *    conversation as often as the per-connection message limit allows (with a margin). Per
 *    message: send → ack (the durable write) and send → the `message` frame on the other side.
 * 4. Stops the server with SIGTERM, reopens the data folder with the real store and checks that
 *    every acknowledged message is there exactly once, under its seq.
 *
 * Every frame stays within DEFAULT_CHAT_LIMITS: the client paces itself with the same token
 * buckets at 80 % (bench/pacer.ts); the limits are not changed.
 *
 *   npm run bench:chat -- [--conversations 1000] [--counsellors N] [--seconds 30]
 *                         [--interval 5] [--json] [--strict]
 *
 * Prints a report (progress on stderr on a terminal only) or, with --json, one JSON line.
 * Exits 1 if an acknowledged message is missing or duplicated, or the run failed; with
 * --strict also if the p99 delivery misses 50 ms or any message went unanswered.
 */
import { textTable } from '../../core/format/textTable.ts';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Participant, ServerMessage } from '../../core/protocol/chatProtocol.ts';
import { inBatches, openConversations, progressLine, sleep } from './bench/benchSetup.ts';
import type { BenchSocket } from './bench/benchSocket.ts';
import type { ServerStats } from './bench/benchServerIpc.ts';
import { benchMain, type ServerSlot } from './bench/benchMain.ts';
import { MIN_INTERVAL_S, readLoadShape, usageError } from './bench/benchOptions.ts';
import { diskFloorSamples } from './bench/diskFloor.ts';
import { summarize, type LatencySummary } from './bench/latencyStats.ts';
import { Pacer, PACING_MARGIN } from './bench/pacer.ts';
import {
  SERVER_START_TIMEOUT_MS,
  SERVER_STOP_TIMEOUT_MS,
  ServerProcess,
} from './bench/serverProcess.ts';
import { verifyDurability, type DurabilityReport } from './bench/verifyDurability.ts';
import { DEFAULT_CHAT_LIMITS } from './chatService.ts';

const TARGET_P99_DELIVERY_MS = 50;
/** After the load: how long unanswered sends may still get their ack and delivery. */
const DRAIN_TIMEOUT_MS = 15_000;
const CLOSE_TIMEOUT_MS = 5_000;
const DISK_FLOOR_WRITES = 100;
const FILLER =
  'I am not sure how to say this, but something happened at school today and I keep thinking about it.';
const TEXT_ID = /^bench ([0-9a-f-]{36}):/;

// --- Options ---------------------------------------------------------------------------------

const USAGE = `usage: chat.bench.ts [--conversations N (1–5000)] [--counsellors N] [--seconds S (1–600)] [--interval S (${MIN_INTERVAL_S}–120)] [--json] [--strict]`;

interface Options {
  conversations: number;
  counsellors: number;
  seconds: number;
  intervalS: number;
  json: boolean;
  strict: boolean;
}

function parseOptionValues() {
  try {
    return parseArgs({
      options: {
        conversations: { type: 'string', default: '1000' },
        counsellors: { type: 'string' },
        seconds: { type: 'string', default: '30' },
        interval: { type: 'string', default: '5' },
        json: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    usageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

function readOptions(): Options {
  const values = parseOptionValues();
  const shape = readLoadShape(values, 5000, USAGE);
  const seconds = Number(values.seconds);
  if (!(Number.isFinite(seconds) && seconds >= 1 && seconds <= 600)) {
    usageError(`--seconds must be from 1 to 600, not "${values.seconds}"\n${USAGE}`);
  }
  return { ...shape, seconds, json: values.json, strict: values.strict };
}

const options = readOptions();
const progressOutput = progressLine(process.stderr.isTTY && !options.json);
const progress = progressOutput.update;
const endProgress = progressOutput.end;

// --- Clients ---------------------------------------------------------------------------------

interface SentMessage {
  from: Participant;
  conversationId: string;
  clientMessageId: string;
  sentAt: number;
  ackAt?: number;
  seq?: number;
  deliveredAt?: number;
  error?: string;
}

interface Player {
  socket: BenchSocket;
  conversationId: string;
  pacer: Pacer;
  timer?: NodeJS.Timeout;
}

interface Counsellor {
  name: string;
  socket: BenchSocket;
  pacer: Pacer;
  /** Conversations with a player message not answered yet, longest waiting first. */
  unanswered: Set<string>;
  timer?: NodeJS.Timeout;
}

class LoadRecorder {
  readonly sent = new Map<string, SentMessage>();
  readonly errors = new Map<string, number>();
  duplicateDeliveries = 0;
  strayFrames = 0;

  countError(code: string): void {
    this.errors.set(code, (this.errors.get(code) ?? 0) + 1);
  }

  record(from: Participant, conversationId: string): { clientMessageId: string; text: string } {
    const clientMessageId = randomUUID();
    this.sent.set(clientMessageId, {
      from,
      conversationId,
      clientMessageId,
      sentAt: performance.now(),
    });
    const text =
      from === 'player'
        ? `bench ${clientMessageId}: ${FILLER}`
        : `bench ${clientMessageId}: Thank you for telling me. What happened?`;
    return { clientMessageId, text };
  }

  /** ack, message and error frames during the load; true if the frame was one of the load's. */
  observe(frame: ServerMessage): boolean {
    const now = performance.now();
    if (frame.type === 'ack') {
      const sent = this.sent.get(frame.clientMessageId);
      if (!sent) return false;
      if (sent.ackAt === undefined) {
        sent.ackAt = now;
        sent.seq = frame.seq;
      }
      return true;
    }
    if (frame.type === 'message') {
      const id = TEXT_ID.exec(frame.message.text)?.[1];
      const sent = id ? this.sent.get(id) : undefined;
      if (!sent) {
        this.strayFrames += 1;
        return false;
      }
      if (sent.deliveredAt === undefined) sent.deliveredAt = now;
      else this.duplicateDeliveries += 1;
      return true;
    }
    if (frame.type === 'error') {
      this.countError(frame.code);
      const sent = frame.clientMessageId ? this.sent.get(frame.clientMessageId) : undefined;
      if (sent) sent.error = frame.code;
      return true;
    }
    return false;
  }

  /** Everything answered: acked and delivered, or refused. */
  settled(): boolean {
    for (const sent of this.sent.values()) {
      if (sent.error !== undefined) continue;
      if (sent.ackAt === undefined || sent.deliveredAt === undefined) return false;
    }
    return true;
  }
}

function counsellorMessagePacer(): Pacer {
  return new Pacer([DEFAULT_CHAT_LIMITS.messages]);
}

// --- Disk floor ------------------------------------------------------------------------------

/** What one durable replace costs on this disk with nothing else going on (the store's unit). */
async function measureDiskFloor(dir: string): Promise<LatencySummary> {
  return summarize(await diskFloorSamples(dir, DISK_FLOOR_WRITES));
}

// --- The run ---------------------------------------------------------------------------------

interface DirectionResult {
  direction: string;
  sent: number;
  acknowledged: number;
  delivered: number;
  ack: LatencySummary;
  delivery: LatencySummary;
}

interface RunResult {
  bench: 'chat';
  environment: {
    node: string;
    cpus: number;
    sharedCores: true;
    uvThreadpoolSize: number;
    loadAverageBefore: number;
    loadAverageAfter: number;
  };
  options: Omit<Options, 'json' | 'strict'>;
  diskFloor: LatencySummary;
  setup: { counsellorsMs: number; openMs: number; claimMs: number };
  directions: DirectionResult[];
  all: DirectionResult;
  loadSeconds: number;
  messagesPerSecond: number;
  problems: {
    errorFrames: Record<string, number>;
    unacknowledged: number;
    undelivered: number;
    duplicateDeliveries: number;
    heldBackByPacing: number;
    unexpectedCloses: number;
    invalidFrames: number;
  };
  cpu: {
    serverCoreShare: number | null;
    loadGeneratorCoreShare: number;
    serverEventLoopDelayP99Ms: number | null;
    serverEventLoopDelayMaxMs: number | null;
    serverRssMb: number | null;
  };
  bar: { targetP99DeliveryMs: number; p99DeliveryMs: number; met: boolean };
  serverStoppedCleanly: boolean;
  durability: DurabilityReport;
}

function directionResult(direction: string, sent: readonly SentMessage[]): DirectionResult {
  const acked = sent.filter((message) => message.ackAt !== undefined);
  const delivered = sent.filter((message) => message.deliveredAt !== undefined);
  return {
    direction,
    sent: sent.length,
    acknowledged: acked.length,
    delivered: delivered.length,
    ack: summarize(acked.map((message) => (message.ackAt ?? 0) - message.sentAt)),
    delivery: summarize(delivered.map((message) => (message.deliveredAt ?? 0) - message.sentAt)),
  };
}

function coreShare(before: ServerStats | undefined, after: ServerStats | undefined, ms: number) {
  if (!before || !after) return null;
  const cpuMs = after.cpuUserMs + after.cpuSystemMs - before.cpuUserMs - before.cpuSystemMs;
  return Math.round((cpuMs / ms) * 100) / 100;
}

async function run(tmpRoot: string, server: ServerSlot): Promise<RunResult> {
  const loadAverageBefore = os.loadavg()[0] ?? 0;
  progress('measuring the disk floor…');
  const diskFloor = await measureDiskFloor(path.join(tmpRoot, 'disk-floor'));

  progress('starting the chat server…');
  const serverProcess = ServerProcess.start(tmpRoot, [
    '--counsellors',
    String(options.counsellors),
  ]);
  server.current = serverProcess;
  const ready = await serverProcess.next('ready', SERVER_START_TIMEOUT_MS);

  const recorder = new LoadRecorder();
  const opened = await openConversations(ready, options.conversations, progress);
  const { counsellorsMs, openMs, claimMs } = opened;
  const counsellors: Counsellor[] = opened.counsellors.map((counsellor) => ({
    ...counsellor,
    pacer: counsellorMessagePacer(),
    unanswered: new Set<string>(),
  }));
  const players: Player[] = opened.players.map(({ socket, conversationId }) => ({
    socket,
    conversationId,
    pacer: new Pacer([DEFAULT_CHAT_LIMITS.messages, DEFAULT_CHAT_LIMITS.guestMessages]),
  }));

  // --- Load -----------------------------------------------------------------------------------
  for (const player of players) {
    player.socket.onFrame = (frame) => {
      recorder.observe(frame);
    };
  }
  for (const counsellor of counsellors) {
    counsellor.socket.onFrame = (frame) => {
      recorder.observe(frame);
      if (frame.type === 'message' && frame.message.from === 'player') {
        counsellor.unanswered.add(frame.conversationId);
      }
    };
  }
  const statsBefore = await serverProcess.stats(true);
  const cpuBefore = process.cpuUsage();
  const loadStart = performance.now();
  const loadEnd = loadStart + options.seconds * 1000;
  let heldBackByPacing = 0;
  const intervalMs = options.intervalS * 1000;

  const schedulePlayer = (player: Player, delayMs: number) => {
    player.timer = setTimeout(() => {
      if (performance.now() >= loadEnd) return;
      if (player.pacer.tryTake()) {
        const { clientMessageId, text } = recorder.record('player', player.conversationId);
        player.socket.send({
          type: 'send',
          conversationId: player.conversationId,
          clientMessageId,
          text,
        });
      } else {
        heldBackByPacing += 1;
      }
      schedulePlayer(player, intervalMs * (0.5 + Math.random()));
    }, delayMs);
  };
  // A counsellor answers as fast as their connection's message limit lets them (with the margin).
  const replyEveryMs = 1000 / (DEFAULT_CHAT_LIMITS.messages.refillPerSecond * PACING_MARGIN);
  const scheduleCounsellor = (counsellor: Counsellor, delayMs: number) => {
    counsellor.timer = setTimeout(() => {
      if (performance.now() >= loadEnd) return;
      const conversationId = counsellor.unanswered.values().next().value;
      if (conversationId !== undefined) {
        if (counsellor.pacer.tryTake()) {
          counsellor.unanswered.delete(conversationId);
          const { clientMessageId, text } = recorder.record('counsellor', conversationId);
          counsellor.socket.send({ type: 'send', conversationId, clientMessageId, text });
        } else {
          heldBackByPacing += 1;
        }
      }
      scheduleCounsellor(counsellor, replyEveryMs * (0.9 + 0.2 * Math.random()));
    }, delayMs);
  };
  for (const player of players) schedulePlayer(player, intervalMs * Math.random());
  for (const counsellor of counsellors)
    scheduleCounsellor(counsellor, replyEveryMs * Math.random());

  while (performance.now() < loadEnd) {
    await sleep(Math.min(1000, Math.max(0, loadEnd - performance.now())));
    let acked = 0;
    for (const sent of recorder.sent.values()) if (sent.ackAt !== undefined) acked += 1;
    const elapsed = Math.min(options.seconds, (performance.now() - loadStart) / 1000);
    progress(
      `load: ${elapsed.toFixed(0)}/${options.seconds} s, ${recorder.sent.size} sent, ${acked} acknowledged`,
    );
  }
  for (const player of players) clearTimeout(player.timer);
  for (const counsellor of counsellors) clearTimeout(counsellor.timer);
  const loadMs = performance.now() - loadStart;
  const cpuDuring = process.cpuUsage(cpuBefore);
  const statsAfter = await serverProcess.stats(false);

  progress('waiting for the last acks and deliveries…');
  const drainDeadline = performance.now() + DRAIN_TIMEOUT_MS;
  while (!recorder.settled() && performance.now() < drainDeadline) await sleep(50);

  progress('closing the clients…');
  const sockets = [...players.map((p) => p.socket), ...counsellors.map((c) => c.socket)];
  const unexpectedCloses = sockets.filter((socket) => socket.unexpectedClose !== undefined).length;
  const invalidFrames = sockets.reduce((sum, socket) => sum + socket.invalidFrames, 0);
  await inBatches(sockets, 200, (socket) => socket.close(CLOSE_TIMEOUT_MS));

  progress('stopping the server (SIGTERM)…');
  const serverStoppedCleanly = await serverProcess.stop(SERVER_STOP_TIMEOUT_MS);

  progress('checking the data folder…');
  const all = [...recorder.sent.values()];
  const durability = await verifyDurability(
    ready.dataDir,
    players.map((player) => player.conversationId),
    all.flatMap((sent) =>
      sent.ackAt !== undefined && sent.seq !== undefined
        ? [
            {
              conversationId: sent.conversationId,
              clientMessageId: sent.clientMessageId,
              seq: sent.seq,
            },
          ]
        : [],
    ),
  );
  endProgress();

  const directions = [
    directionResult(
      'player → counsellor',
      all.filter((sent) => sent.from === 'player'),
    ),
    directionResult(
      'counsellor → player',
      all.filter((sent) => sent.from === 'counsellor'),
    ),
  ];
  const overall = directionResult('all', all);
  return {
    bench: 'chat',
    environment: {
      node: process.version,
      cpus: os.cpus().length,
      sharedCores: true,
      uvThreadpoolSize: Number(process.env.UV_THREADPOOL_SIZE ?? 4),
      loadAverageBefore: Math.round(loadAverageBefore * 100) / 100,
      loadAverageAfter: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
    },
    options: {
      conversations: options.conversations,
      counsellors: options.counsellors,
      seconds: options.seconds,
      intervalS: options.intervalS,
    },
    diskFloor,
    setup: {
      counsellorsMs: Math.round(counsellorsMs),
      openMs: Math.round(openMs),
      claimMs: Math.round(claimMs),
    },
    directions,
    all: overall,
    loadSeconds: Math.round(loadMs / 10) / 100,
    messagesPerSecond: Math.round(overall.acknowledged / (loadMs / 1000)),
    problems: {
      errorFrames: Object.fromEntries(recorder.errors),
      unacknowledged: all.filter((sent) => sent.ackAt === undefined && sent.error === undefined)
        .length,
      undelivered: all.filter((sent) => sent.ackAt !== undefined && sent.deliveredAt === undefined)
        .length,
      duplicateDeliveries: recorder.duplicateDeliveries,
      heldBackByPacing,
      unexpectedCloses,
      invalidFrames,
    },
    cpu: {
      serverCoreShare: coreShare(statsBefore, statsAfter, loadMs),
      loadGeneratorCoreShare:
        Math.round(((cpuDuring.user + cpuDuring.system) / 1000 / loadMs) * 100) / 100,
      serverEventLoopDelayP99Ms: statsAfter?.eventLoopDelayP99Ms ?? null,
      serverEventLoopDelayMaxMs: statsAfter?.eventLoopDelayMaxMs ?? null,
      serverRssMb: statsAfter?.rssMb ?? null,
    },
    bar: {
      targetP99DeliveryMs: TARGET_P99_DELIVERY_MS,
      p99DeliveryMs: overall.delivery.p99Ms,
      met: overall.delivery.count > 0 && overall.delivery.p99Ms <= TARGET_P99_DELIVERY_MS,
    },
    serverStoppedCleanly,
    durability,
  };
}

// --- Output ----------------------------------------------------------------------------------

function table(header: string[], rows: string[][]): string {
  return textTable(header, rows).join('\n');
}

function report(result: RunResult): string {
  const { environment: env, options: o, problems, cpu, durability } = result;
  const percent = (share: number | null) => (share === null ? '?' : `${Math.round(share * 100)} %`);
  const errorFrames = Object.entries(problems.errorFrames).map(([code, n]) => `${code} ${n}`);
  const problemList = [
    ...errorFrames.map((text) => `error frame ${text}`),
    problems.unacknowledged ? `${problems.unacknowledged} never acknowledged` : '',
    problems.undelivered ? `${problems.undelivered} acknowledged but never delivered` : '',
    problems.duplicateDeliveries ? `${problems.duplicateDeliveries} delivered twice` : '',
    problems.heldBackByPacing
      ? `${problems.heldBackByPacing} held back by the client's pacing`
      : '',
    problems.unexpectedCloses ? `${problems.unexpectedCloses} sockets closed by the server` : '',
    problems.invalidFrames ? `${problems.invalidFrames} invalid frames` : '',
  ].filter(Boolean);
  const ms = (n: number) => n.toFixed(1);
  const rows = [...result.directions, result.all].map((d) => [
    d.direction,
    String(d.sent),
    String(d.acknowledged),
    ms(d.ack.p50Ms),
    ms(d.ack.p95Ms),
    ms(d.ack.p99Ms),
    ms(d.ack.maxMs),
    String(d.delivered),
    ms(d.delivery.p50Ms),
    ms(d.delivery.p95Ms),
    ms(d.delivery.p99Ms),
    ms(d.delivery.maxMs),
  ]);
  const bar = result.bar;
  const barLine = bar.met
    ? `met: p99 delivery ${ms(bar.p99DeliveryMs)} ms ≤ ${bar.targetP99DeliveryMs} ms`
    : `MISSED: p99 delivery ${ms(bar.p99DeliveryMs)} ms > ${bar.targetP99DeliveryMs} ms (by ${ms(bar.p99DeliveryMs - bar.targetP99DeliveryMs)} ms)`;
  const stored = durability.storedNotAcknowledged
    ? `; ${durability.storedNotAcknowledged} stored without an ack (allowed)`
    : '';
  const durabilityLine = durability.ok
    ? `ok: all ${durability.acknowledged} acknowledged messages on disk exactly once, under their seq, in ${durability.conversations} conversations${stored}`
    : `FAILED: ${durability.acknowledged} acknowledged, ${durability.found} found; ${durability.missing} missing, ${durability.duplicated} duplicated, ${durability.wrongSeq} under another seq, ${durability.seqGaps} conversations with seq gaps, ${durability.unreadableFiles} unreadable files\n  ${durability.examples.join('\n  ')}`;
  return [
    `chat load benchmark — ${o.conversations} conversations, ${o.counsellors} counsellors (~${Math.ceil(o.conversations / o.counsellors)} each), ${o.seconds} s`,
    `each player sends every ${o.intervalS} s ±50 %; each counsellor answers their longest-waiting conversation up to ${DEFAULT_CHAT_LIMITS.messages.refillPerSecond * PACING_MARGIN}/s (default rate limits, paced at ${PACING_MARGIN * 100} %)`,
    `node ${env.node}, ${env.cpus} CPUs shared by the load generator (this process) and the server (a child process); UV_THREADPOOL_SIZE=${env.uvThreadpoolSize}; load average ${env.loadAverageBefore} before, ${env.loadAverageAfter} after`,
    `disk floor, one durable 2 KB replace at a time: p50 ${ms(result.diskFloor.p50Ms)} ms, p99 ${ms(result.diskFloor.p99Ms)} ms`,
    `setup: ${o.counsellors} counsellors signed in and subscribed in ${(result.setup.counsellorsMs / 1000).toFixed(1)} s; ${o.conversations} conversations opened in ${(result.setup.openMs / 1000).toFixed(1)} s, claimed in ${(result.setup.claimMs / 1000).toFixed(1)} s`,
    '',
    table(
      [
        'direction',
        'sent',
        'acked',
        'ack p50',
        'p95',
        'p99',
        'max',
        'delivered',
        'delivery p50',
        'p95',
        'p99',
        'max',
      ],
      rows,
    ),
    '(milliseconds; ack = the durable write answered, delivery = the message frame on the other side)',
    '',
    `throughput: ${result.messagesPerSecond} messages/s acknowledged over ${result.loadSeconds} s`,
    `problems: ${problemList.length ? problemList.join(', ') : 'none'}`,
    `CPU during the load: server ${percent(cpu.serverCoreShare)} of one core, load generator ${percent(cpu.loadGeneratorCoreShare)}; server event-loop delay p99 ${cpu.serverEventLoopDelayP99Ms ?? '?'} ms, max ${cpu.serverEventLoopDelayMaxMs ?? '?'} ms; server RSS ${cpu.serverRssMb ?? '?'} MB`,
    `bar (p99 delivery ≤ ${bar.targetP99DeliveryMs} ms): ${barLine}`,
    `server stop (SIGTERM): ${result.serverStoppedCleanly ? 'clean, exit 0' : 'NOT clean'}`,
    `durability after reopening the data folder: ${durabilityLine}`,
  ].join('\n');
}

// --- Main ------------------------------------------------------------------------------------

// Every wait is bounded; the watchdog bounds their sum too.
benchMain(
  {
    title: 'chat benchmark',
    tmpPrefix: 'offramp-chat-bench-',
    budgetMs:
      SERVER_START_TIMEOUT_MS +
      options.seconds * 1000 +
      options.conversations * 100 +
      DRAIN_TIMEOUT_MS +
      SERVER_STOP_TIMEOUT_MS +
      120_000,
    endProgress,
  },
  async (tmpRoot, server) => {
    const result = await run(tmpRoot, server);
    process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : `${report(result)}\n`);
    const failed = !result.durability.ok || !result.serverStoppedCleanly;
    const missedBar =
      !result.bar.met ||
      result.problems.unacknowledged > 0 ||
      result.problems.undelivered > 0 ||
      Object.keys(result.problems.errorFrames).length > 0;
    return failed || (options.strict && missedBar) ? 1 : 0;
  },
);
