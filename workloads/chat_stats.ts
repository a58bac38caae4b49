/**
 * A chat server's `/stats` counters: where they are (beside its WebSocket URL), reading them,
 * and waiting until every client that left has been handled by the server.
 *
 * @module
 */

import { WorkloadError } from "./errors.ts";
import { getJson } from "./http_json.ts";
import { sleep } from "./timing.ts";

/** Counters the chat servers report at `/stats` (extra fields pass through). */
export interface ChatStats {
  activeConnections: number;
  totalConnections: number;
  messagesSent: number;
  bytesTransferred: number;
  messageHistorySize: number;
  userSessionsSize: number;
  connectionDurationsTracked: number;
  [key: string]: unknown;
}

/** `ws://host:port/ws` → `http://host:port/stats` (`wss:` → `https:`). */
export function statsUrlFor(wsUrl: string): string {
  return siblingUrl(wsUrl, "/stats");
}

/** `ws://host:port/ws` → `http://host:port/health`. */
export function healthUrlFor(wsUrl: string): string {
  return siblingUrl(wsUrl, "/health");
}

function siblingUrl(wsUrl: string, path: string): string {
  const url = new URL(wsUrl);
  url.protocol = url.protocol === "wss:" ? "https:" : "http:";
  url.pathname = path;
  url.search = "";
  url.hash = "";
  return url.href;
}

/** The chat counters at `url`; throws a {@link WorkloadError} saying what went wrong and where. */
export async function fetchChatStats(
  url: string,
  opts: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<ChatStats> {
  const body = await getJson(url, opts);
  if (typeof body !== "object" || body === null || !("activeConnections" in body)) {
    throw new WorkloadError(
      "unexpected_json",
      `${url} did not return chat stats (no "activeConnections" field).`,
      "Pass the WebSocket URL of a chat server that serves /stats beside it.",
    );
  }
  return body as ChatStats;
}

/** What {@link waitForIdleStats} saw: the last reading and whether the server had settled. */
export interface IdleStats {
  stats: ChatStats;
  settled: boolean;
}

/** How long {@link waitForIdleStats} waits for the server to settle, unless told otherwise. */
export const IDLE_TIMEOUT_MS = 10_000;

/**
 * Polls `/stats` until `activeConnections` is at most `maxActive` (default 0): clients see their
 * sockets close before the server has run every close handler, so a heap snapshot taken at once
 * would count live connections as leaked. Gives up after `timeoutMs` and returns the last
 * reading with `settled: false`; undefined when `/stats` does not answer.
 */
export async function waitForIdleStats(
  statsUrl: string,
  opts: { maxActive?: number; timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<IdleStats | undefined> {
  const deadline = Date.now() + (opts.timeoutMs ?? IDLE_TIMEOUT_MS);
  while (true) {
    const stats = await fetchChatStats(statsUrl).catch(() => undefined);
    if (!stats) return undefined;
    const settled = stats.activeConnections <= (opts.maxActive ?? 0);
    if (settled || Date.now() > deadline) return { stats, settled };
    await sleep(50, opts.signal);
  }
}
