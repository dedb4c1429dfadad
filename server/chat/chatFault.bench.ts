/**
 * `npm run bench:chat-fault`: DESIGN.md's bar "no message lost or duplicated across a `kill -9`".
 *
 * 1. Forks the real chat server (bench/benchServerProcess.ts) on a data folder and a fixed free
 *    port of 127.0.0.1, so that clients reconnect to the same URL after a restart.
 * 2. Opens `--conversations` conversations, claimed by counsellors, and starts clients that
 *    behave like the real ones (bench/faultClients.ts: core/chat/chatSocket.ts with reconnects,
 *    `resume` / `subscribe-queue` + `sync`, unacknowledged messages sent again with the same
 *    clientMessageId). Players send every `--interval` s, counsellors answer, as in bench:chat.
 * 3. `--kills` times, at a seeded random moment while messages are in flight, SIGKILLs the
 *    server and starts it again on the same folder and port; waits until every client is back.
 * 4. Lets the last messages settle, stops the server with SIGTERM, then checks:
 *    (a) every acknowledged message is on disk exactly once (bench/verifyDurability.ts);
 *    (b) every message sent was acknowledged, always under the same seq;
 *    (c) each side has every message of the other side exactly once, seqs 1..n without gaps,
 *        no seq with two different messages, live frames in seq order.
 *
 *   npm run bench:chat-fault -- [--conversations 200] [--counsellors N] [--kills 3]
 *                               [--seed S] [--interval 5] [--json]
 *
 * Prints a report (progress on stderr on a terminal only) or, with --json, one JSON line.
 * Exits 1 on any loss, duplicate, gap or failed run; 2 on bad options.
 */
import { randomInt } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { textTable } from '../../core/format/textTable.ts';
import { createRandom } from '../../core/story/storyWalker.ts';
import { benchMain, type ServerSlot } from './bench/benchMain.ts';
import { MIN_INTERVAL_S, readLoadShape, usageError } from './bench/benchOptions.ts';
import { inBatches, openConversations, progressLine, sleep } from './bench/benchSetup.ts';
import type { ServerReady } from './bench/benchServerIpc.ts';
import { freePort } from '../testing/freePort.ts';
import {
  FaultCounsellor,
  FaultLedger,
  FaultPlayer,
  resumePacer,
  type ConversationView,
} from './bench/faultClients.ts';
import { summarize, type LatencySummary } from './bench/latencyStats.ts';
import { Pacer, PACING_MARGIN } from './bench/pacer.ts';
import {
  SERVER_START_TIMEOUT_MS,
  SERVER_STOP_TIMEOUT_MS,
  ServerProcess,
} from './bench/serverProcess.ts';
import { verifyDurability, type DurabilityReport } from './bench/verifyDurability.ts';
import { DEFAULT_CHAT_LIMITS } from './chatService.ts';

const SERVER_KILL_TIMEOUT_MS = 10_000;
/** After a restart: how long every client may take to be back (resumes are paced). */
const RECOVERY_TIMEOUT_MS = 90_000;
/** Load between the clients being back and the next kill: a seeded moment in this range. */
const KILL_AFTER_MIN_MS = 1_500;
const KILL_AFTER_MAX_MS = 5_000;
/** Waiting for a message in flight at the chosen moment before killing anyway. */
const IN_FLIGHT_WAIT_MS = 5_000;
/** Load after the last recovery, so that the restarted server carries traffic too. */
const LOAD_AFTER_LAST_KILL_MS = 3_000;
const SETTLE_TIMEOUT_MS = 60_000;
const MAX_EXAMPLES = 5;

// --- Options ---------------------------------------------------------------------------------

const USAGE = `usage: chatFault.bench.ts [--conversations N (1–2000)] [--counsellors N] [--kills N (1–50)] [--seed S] [--interval S (${MIN_INTERVAL_S}–120)] [--json]`;

interface Options {
  conversations: number;
  counsellors: number;
  kills: number;
  seed: number;
  intervalS: number;
  json: boolean;
}

function readOptions(): Options {
  let values;
  try {
    values = parseArgs({
      options: {
        conversations: { type: 'string', default: '200' },
        counsellors: { type: 'string' },
        kills: { type: 'string', default: '3' },
        seed: { type: 'string' },
        interval: { type: 'string', default: '5' },
        json: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    usageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const shape = readLoadShape(values, 2000, USAGE);
  const kills = Number(values.kills);
  if (!(Number.isInteger(kills) && kills >= 1 && kills <= 50)) {
    usageError(`--kills must be a whole number from 1 to 50, not "${values.kills}"\n${USAGE}`);
  }
  const seed = values.seed === undefined ? randomInt(2 ** 31) : Number(values.seed);
  if (!(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32)) {
    usageError(
      `--seed must be a whole number from 0 to 4294967295, not "${values.seed}"\n${USAGE}`,
    );
  }
  return { ...shape, kills, seed, json: values.json };
}

const options = readOptions();
const progressOutput = progressLine(process.stderr.isTTY && !options.json);
const progress = progressOutput.update;
const endProgress = progressOutput.end;

const random = createRandom(options.seed).next;

async function until(what: string, done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(20);
  }
}

// --- The run ---------------------------------------------------------------------------------

interface KillRecord {
  /** ms after the load started. */
  atMs: number;
  inFlight: number;
  restartMs: number;
  recoveryMs: number;
}

interface SideCheck {
  views: number;
  missing: number;
  gaps: number;
  conflicts: number;
  unknownSeqs: number;
  liveOutOfOrder: number;
  repeatsDeduplicated: number;
}

interface RunResult {
  bench: 'chat-fault';
  environment: { node: string; cpus: number };
  options: Omit<Options, 'json'>;
  kills: KillRecord[];
  messages: {
    sent: number;
    acknowledged: number;
    retries: number;
    retriesAfterRefusal: number;
    resumeRetries: number;
    reSignIns: number;
    errorFrames: Record<string, number>;
  };
  welcome: LatencySummary;
  reconnect: LatencySummary;
  restart: LatencySummary;
  acksExactlyOnce: { ok: boolean; neverAcknowledged: number; ackedUnderTwoSeqs: number };
  delivery: { ok: boolean; player: SideCheck; counsellor: SideCheck; examples: string[] };
  serverStoppedCleanly: boolean;
  durability: DurabilityReport;
  ok: boolean;
}

async function startServer(
  tmpRoot: string,
  dataDir: string,
  port: number,
  reuse: boolean,
  server: ServerSlot,
): Promise<ServerReady> {
  const child = ServerProcess.start(tmpRoot, [
    '--counsellors',
    String(options.counsellors),
    '--port',
    String(port),
    '--data-dir',
    dataDir,
    ...(reuse ? ['--reuse'] : []),
  ]);
  server.current = child;
  return child.next('ready', SERVER_START_TIMEOUT_MS);
}

async function run(tmpRoot: string, server: ServerSlot): Promise<RunResult> {
  const dataDir = path.join(tmpRoot, 'data');
  mkdirSync(dataDir);
  const port = await freePort();
  progress('starting the chat server…');
  const ready = await startServer(tmpRoot, dataDir, port, false, server);

  const { counsellors: setupCounsellors, players: setupPlayers } = await openConversations(
    ready,
    options.conversations,
    progress,
  );
  // From here on the clients are the reconnecting kind; the setup sockets go.
  await inBatches([...setupCounsellors, ...setupPlayers], 200, (client) =>
    client.socket.close(5_000),
  );

  const ledger = new FaultLedger();
  const pacer = resumePacer();
  const players = setupPlayers.map(
    (setup) =>
      new FaultPlayer(
        ledger,
        ready,
        setup.guestToken,
        setup.conversationId,
        setup.resumePhrase,
        pacer,
      ),
  );
  const counsellors = ready.counsellors.map(
    (name, c) =>
      new FaultCounsellor(
        ledger,
        ready,
        name,
        players.filter((_, i) => i % ready.counsellors.length === c).map((p) => p.conversationId),
      ),
  );
  const clients = [...players, ...counsellors];
  const allBack = () => clients.every((client) => client.ready);
  try {
    progress('connecting the clients…');
    for (const player of players) player.start();
    await Promise.all(counsellors.map((counsellor) => counsellor.start()));
    await until('the clients connecting', allBack, RECOVERY_TIMEOUT_MS);

    // --- Load ---------------------------------------------------------------------------------
    let composing = true;
    const timers = new Set<NodeJS.Timeout>();
    const every = (ms: () => number, action: () => void) => {
      const tick = () => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!composing) return;
          action();
          tick();
        }, ms());
        timers.add(timer);
      };
      tick();
    };
    const intervalMs = options.intervalS * 1000;
    for (const player of players) {
      const ownPacer = new Pacer([DEFAULT_CHAT_LIMITS.messages, DEFAULT_CHAT_LIMITS.guestMessages]);
      every(
        () => intervalMs * (0.5 + random()),
        () => {
          if (ownPacer.tryTake()) player.write(player.conversationId, crypto.randomUUID());
        },
      );
    }
    const replyEveryMs = 1000 / (DEFAULT_CHAT_LIMITS.messages.refillPerSecond * PACING_MARGIN);
    for (const counsellor of counsellors) {
      const ownPacer = new Pacer([DEFAULT_CHAT_LIMITS.messages]);
      every(
        () => replyEveryMs * (0.9 + 0.2 * random()),
        () => {
          const conversationId = counsellor.unanswered.values().next().value;
          if (conversationId === undefined || !ownPacer.tryTake()) return;
          counsellor.unanswered.delete(conversationId);
          counsellor.write(conversationId, crypto.randomUUID());
        },
      );
    }

    const loadStart = performance.now();
    const kills: KillRecord[] = [];
    const restartSamples: number[] = [];
    for (let k = 1; k <= options.kills; k++) {
      const waitMs = KILL_AFTER_MIN_MS + random() * (KILL_AFTER_MAX_MS - KILL_AFTER_MIN_MS);
      progress(`kill ${k}/${options.kills} in ${(waitMs / 1000).toFixed(1)} s…`);
      await sleep(waitMs);
      // The moment is the seeded one, moved on to the next message in flight if none is.
      const inFlightDeadline = performance.now() + IN_FLIGHT_WAIT_MS;
      while (ledger.inFlight() === 0 && performance.now() < inFlightDeadline) await sleep(1);
      const inFlight = ledger.inFlight();
      const current = server.current;
      if (!current) throw new Error('no server to kill');
      ledger.lastKillAt = performance.now();
      ledger.killIndex = k;
      await current.killHard(SERVER_KILL_TIMEOUT_MS);
      const killedAt = ledger.lastKillAt;
      progress(`kill ${k}/${options.kills}: restarting the server…`);
      await startServer(tmpRoot, dataDir, port, true, server);
      const restartMs = performance.now() - killedAt;
      restartSamples.push(restartMs);
      progress(`kill ${k}/${options.kills}: waiting for ${clients.length} clients to come back…`);
      await until(
        `after kill ${k}, every client back`,
        () => clients.every((client) => client.recoveredFrom === k),
        RECOVERY_TIMEOUT_MS,
      );
      kills.push({
        atMs: Math.round(killedAt - loadStart),
        inFlight,
        restartMs: Math.round(restartMs),
        recoveryMs: Math.round(performance.now() - killedAt),
      });
    }
    progress('load after the last restart…');
    await sleep(LOAD_AFTER_LAST_KILL_MS);
    composing = false;
    for (const timer of timers) clearTimeout(timer);

    // --- Settle ---------------------------------------------------------------------------------
    progress('waiting for every message to be acknowledged and delivered…');
    const expected = expectedSeqs(ledger);
    const complete = () =>
      ledger.inFlight() === 0 &&
      players.every((player) => hasAll(player.conversation, expected)) &&
      counsellors.every((counsellor) =>
        [...counsellor.cases.values()].every((held) => hasAll(held, expected)),
      );
    await until('settling', () => complete(), SETTLE_TIMEOUT_MS).catch(() => undefined);

    for (const client of clients) client.close();
    progress('stopping the server (SIGTERM)…');
    const serverStoppedCleanly = (await server.current?.stop(SERVER_STOP_TIMEOUT_MS)) ?? false;

    progress('checking…');
    const finalExpected = expectedSeqs(ledger);
    const acknowledgedList = [...ledger.sent].flatMap(([clientMessageId, sent]) => {
      const seqs = ledger.ackSeqs.get(clientMessageId);
      const seq = seqs && seqs.size === 1 ? [...seqs][0] : undefined;
      return seq === undefined
        ? []
        : [{ conversationId: sent.conversationId, clientMessageId, seq }];
    });
    const durability = await verifyDurability(
      dataDir,
      players.map((player) => player.conversationId),
      acknowledgedList,
    );
    const neverAcknowledged = [...ledger.sent.values()].filter((sent) => !sent.acked).length;
    const ackedUnderTwoSeqs = [...ledger.ackSeqs.values()].filter((seqs) => seqs.size > 1).length;
    const examples: string[] = [];
    const player = checkSide(
      players.map((p) => p.conversation),
      finalExpected,
      examples,
    );
    const counsellor = checkSide(
      counsellors.flatMap((c) => [...c.cases.values()]),
      finalExpected,
      examples,
    );
    const sideOk = (side: SideCheck) =>
      side.missing + side.gaps + side.conflicts + side.unknownSeqs + side.liveOutOfOrder === 0;
    const deliveryOk = sideOk(player) && sideOk(counsellor);
    const acksOk = neverAcknowledged === 0 && ackedUnderTwoSeqs === 0;
    endProgress();
    return {
      bench: 'chat-fault',
      environment: { node: process.version, cpus: os.cpus().length },
      options: {
        conversations: options.conversations,
        counsellors: options.counsellors,
        kills: options.kills,
        seed: options.seed,
        intervalS: options.intervalS,
      },
      kills,
      messages: {
        sent: ledger.sent.size,
        acknowledged: [...ledger.sent.values()].filter((sent) => sent.acked).length,
        retries: ledger.retries,
        retriesAfterRefusal: ledger.retriesAfterRefusal,
        resumeRetries: ledger.resumeRetries,
        reSignIns: ledger.reSignIns,
        errorFrames: Object.fromEntries(ledger.errors),
      },
      welcome: summarize(ledger.welcomeMs),
      reconnect: summarize(ledger.reconnectMs),
      restart: summarize(restartSamples),
      acksExactlyOnce: { ok: acksOk, neverAcknowledged, ackedUnderTwoSeqs },
      delivery: { ok: deliveryOk, player, counsellor, examples },
      serverStoppedCleanly,
      durability,
      ok: durability.ok && acksOk && deliveryOk && serverStoppedCleanly,
    };
  } finally {
    for (const client of clients) client.close();
  }
}

/** conversationId → seq → clientMessageId, from the acks (a message acked under two seqs is left out). */
function expectedSeqs(ledger: FaultLedger): Map<string, Map<number, string>> {
  const expected = new Map<string, Map<number, string>>();
  for (const [clientMessageId, sent] of ledger.sent) {
    const seqs = ledger.ackSeqs.get(clientMessageId);
    if (!seqs || seqs.size !== 1) continue;
    const bySeq = expected.get(sent.conversationId) ?? new Map<number, string>();
    bySeq.set([...seqs][0] ?? 0, clientMessageId);
    expected.set(sent.conversationId, bySeq);
  }
  return expected;
}

function hasAll(view: ConversationView, expected: Map<string, Map<number, string>>): boolean {
  for (const seq of expected.get(view.conversationId)?.keys() ?? []) {
    if (!view.seqs.has(seq)) return false;
  }
  return true;
}

function checkSide(
  views: readonly ConversationView[],
  expected: Map<string, Map<number, string>>,
  examples: string[],
): SideCheck {
  const check: SideCheck = {
    views: views.length,
    missing: 0,
    gaps: 0,
    conflicts: 0,
    unknownSeqs: 0,
    liveOutOfOrder: 0,
    repeatsDeduplicated: 0,
  };
  const example = (text: string) => {
    if (examples.length < MAX_EXAMPLES) examples.push(text);
  };
  for (const view of views) {
    const wanted = expected.get(view.conversationId) ?? new Map<number, string>();
    check.repeatsDeduplicated += view.repeats;
    check.liveOutOfOrder += view.liveOutOfOrder;
    check.conflicts += view.conflicts.length;
    for (const conflict of view.conflicts) example(`${view.conversationId}: ${conflict}`);
    for (const [seq, clientMessageId] of wanted) {
      const seen = view.seqs.get(seq);
      if (seen === undefined) {
        check.missing += 1;
        example(`${view.conversationId}: seq ${seq} never arrived`);
      } else if (seen !== clientMessageId) {
        check.conflicts += 1;
        example(
          `${view.conversationId}: seq ${seq} is ${seen}, acknowledged as ${clientMessageId}`,
        );
      }
    }
    for (const seq of view.seqs.keys()) {
      if (!wanted.has(seq)) {
        check.unknownSeqs += 1;
        example(`${view.conversationId}: seq ${seq} arrived but was never acknowledged`);
      }
    }
    const highest = Math.max(0, ...view.seqs.keys());
    if (view.lastSeq !== highest) {
      check.gaps += 1;
      example(`${view.conversationId}: has up to ${highest} but not ${view.lastSeq + 1}`);
    }
  }
  return check;
}

// --- Output ----------------------------------------------------------------------------------

function report(result: RunResult): string {
  const { messages: m, durability: d, delivery, acksExactlyOnce: a } = result;
  const ms = (n: number) => n.toFixed(0);
  const killRows = result.kills.map((kill, i) => [
    String(i + 1),
    (kill.atMs / 1000).toFixed(1),
    String(kill.inFlight),
    ms(kill.restartMs),
    ms(kill.recoveryMs),
  ]);
  const sideRow = (name: string, side: SideCheck) => [
    name,
    String(side.views),
    String(side.missing),
    String(side.gaps),
    String(side.conflicts),
    String(side.unknownSeqs),
    String(side.liveOutOfOrder),
    String(side.repeatsDeduplicated),
  ];
  const errors = Object.entries(m.errorFrames)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  const okWord = (ok: boolean) => (ok ? 'ok' : 'FAILED');
  return [
    `chat fault benchmark — ${result.options.conversations} conversations, ${result.options.counsellors} counsellors, ${result.options.kills} × kill -9, seed ${result.options.seed}`,
    `node ${result.environment.node}, ${result.environment.cpus} CPUs; players send every ${result.options.intervalS} s ±50 %, counsellors answer up to ${DEFAULT_CHAT_LIMITS.messages.refillPerSecond * PACING_MARGIN}/s`,
    '',
    textTable(['kill', 'at s', 'in flight', 'restart ms', 'all back ms'], killRows).join('\n'),
    '(in flight: messages sent and not yet acknowledged at the SIGKILL; all back: every client resumed or resubscribed)',
    '',
    `messages: ${m.sent} sent, ${m.acknowledged} acknowledged; ${m.retries} sent again after a reconnect or refusal (${m.retriesAfterRefusal} refusals retried), ${m.resumeRetries} resumes retried, ${m.reSignIns} counsellor sign-ins again`,
    `error frames: ${errors || 'none'} (not-allowed: a counsellor's hello on a staff session the restart forgot; it signs in again)`,
    `welcome again (kill → new connection said hello): p50 ${ms(result.welcome.p50Ms)} ms, p99 ${ms(result.welcome.p99Ms)} ms, max ${ms(result.welcome.maxMs)} ms`,
    `back in the conversation (kill → player resumed, counsellor has the queue again): p50 ${ms(result.reconnect.p50Ms)} ms, p99 ${ms(result.reconnect.p99Ms)} ms, max ${ms(result.reconnect.maxMs)} ms over ${result.reconnect.count}; server restart p50 ${ms(result.restart.p50Ms)} ms, max ${ms(result.restart.maxMs)} ms`,
    '',
    `(a) acknowledged on disk exactly once: ${okWord(d.ok)} — ${d.acknowledged} acknowledged, ${d.found} found; ${d.missing} missing, ${d.duplicated} duplicated, ${d.wrongSeq} under another seq, ${d.seqGaps} conversations with seq gaps, ${d.unreadableFiles} unreadable files${d.storedNotAcknowledged ? `, ${d.storedNotAcknowledged} stored without an ack` : ''}`,
    ...d.examples.map((text) => `    ${text}`),
    `(b) every message acknowledged exactly once: ${okWord(a.ok)} — ${a.neverAcknowledged} never acknowledged, ${a.ackedUnderTwoSeqs} acknowledged under two seqs`,
    `(c) each side has the other's messages exactly once, in order, without gaps: ${okWord(delivery.ok)}`,
    textTable(
      [
        'side',
        'views',
        'missing',
        'gaps',
        'conflicts',
        'unknown',
        'live out of order',
        'repeats (deduplicated)',
      ],
      [sideRow('player', delivery.player), sideRow('counsellor', delivery.counsellor)],
    ).join('\n'),
    ...delivery.examples.map((text) => `    ${text}`),
    `server stop (SIGTERM) at the end: ${result.serverStoppedCleanly ? 'clean, exit 0' : 'NOT clean'}`,
    `result: ${result.ok ? 'ok — no message lost, duplicated or out of order' : 'FAILED'}`,
  ].join('\n');
}

// --- Main ------------------------------------------------------------------------------------

benchMain(
  {
    title: 'chat fault benchmark',
    tmpPrefix: 'offramp-chat-fault-',
    budgetMs:
      SERVER_START_TIMEOUT_MS * (options.kills + 1) +
      options.conversations * 100 +
      options.kills * (RECOVERY_TIMEOUT_MS + KILL_AFTER_MAX_MS + IN_FLIGHT_WAIT_MS) +
      SETTLE_TIMEOUT_MS +
      SERVER_STOP_TIMEOUT_MS +
      120_000,
    endProgress,
  },
  async (tmpRoot, server) => {
    const result = await run(tmpRoot, server);
    process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : `${report(result)}\n`);
    return result.ok ? 0 : 1;
  },
);
