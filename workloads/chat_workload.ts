/**
 * One run of the chat workload as an investigation needs it: read the server's `/stats`, run
 * the clients, then wait until the server has handled every close, so the next snapshot does
 * not count live connections as leaked.
 *
 * @module
 */

import { simulateConnections, type SimulateOptions, type SimulateResult } from "./chat_clients.ts";
import {
  type ChatStats,
  fetchChatStats,
  IDLE_TIMEOUT_MS,
  statsUrlFor,
  waitForIdleStats,
} from "./chat_stats.ts";

/** What the clients did, and the server's counters around them. */
export interface ChatWorkloadResult extends SimulateResult {
  /** `/stats` before the clients started; absent when the server has no `/stats`. */
  statsBefore?: ChatStats;
  /** `/stats` after they left; absent when the server has no `/stats`. */
  statsAfter?: ChatStats;
  /**
   * True when the server got back to its earlier `activeConnections` (every close handled);
   * absent when it has no `/stats`.
   */
  settled?: boolean;
}

/** Runs the clients between two `/stats` readings (see the module doc). */
export async function runChatWorkload(
  opts: SimulateOptions & { idleTimeoutMs?: number },
): Promise<ChatWorkloadResult> {
  const statsUrl = statsUrlFor(opts.url);
  const started = Date.now();
  const statsBefore = await fetchChatStats(statsUrl, { signal: opts.signal })
    .catch(() => undefined);
  const result = await simulateConnections(opts);
  if (!statsBefore || result.connected === 0) return { ...result, statsBefore };
  // The wait for the server to settle counts against the run's total time limit too.
  const left = opts.totalTimeoutMs === undefined
    ? Infinity
    : Math.max(0, started + opts.totalTimeoutMs - Date.now());
  const idle = await waitForIdleStats(statsUrl, {
    maxActive: statsBefore.activeConnections,
    timeoutMs: Math.min(opts.idleTimeoutMs ?? IDLE_TIMEOUT_MS, left),
    signal: opts.signal,
  });
  return { ...result, statsBefore, statsAfter: idle?.stats, settled: idle?.settled };
}
