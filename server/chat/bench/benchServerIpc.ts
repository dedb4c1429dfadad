/**
 * What the chat benchmark's server process (benchServerProcess.ts) and the load generator
 * (chat.bench.ts) tell each other over the IPC channel of `fork`.
 */

export interface ServerReady {
  type: 'ready';
  /** http://127.0.0.1:PORT */
  url: string;
  wsUrl: string;
  dataDir: string;
  /** Sign-in names of the counsellor accounts created (password: STAFF_PASSWORD). */
  counsellors: string[];
}

export interface ServerFailed {
  type: 'failed';
  message: string;
}

/** The server process's own cost since `ready`: the share of the 2 cores it got. */
export interface ServerStats {
  type: 'stats';
  cpuUserMs: number;
  cpuSystemMs: number;
  rssMb: number;
  /** Event-loop delay (perf_hooks), in ms. */
  eventLoopDelayP99Ms: number;
  eventLoopDelayMaxMs: number;
}

export type ServerToBench = ServerReady | ServerFailed | ServerStats;

export interface StatsRequest {
  type: 'stats?';
  /** Start the event-loop delay histogram afresh after answering. */
  reset?: boolean;
}

export type BenchToServer = StatsRequest;

export function isServerToBench(value: unknown): value is ServerToBench {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'ready' || type === 'failed' || type === 'stats';
}

export function isBenchToServer(value: unknown): value is BenchToServer {
  return (
    typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'stats?'
  );
}
