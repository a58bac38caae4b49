/**
 * The short human/LLM-readable text of each non-engine tool, rendered from the same structured
 * data the tool returns (the engine tools use the engine's own formatters). Kept apart from the
 * handlers so handlers only gather facts.
 *
 * @module
 */

import { formatBytes } from "../heap/mod.ts";
import { type HttpLoadResult, IDLE_TIMEOUT_MS, type SimulateResult } from "../workloads/mod.ts";

/** What both workload tools (simulated clients, HTTP requests) say comes next. */
const NEXT_AFTER_WORKLOAD =
  "\nNext: capture_snapshot, then compare_snapshots against the baseline.";

/** `connect_inspector`. */
export function connectText(s: {
  runtime: string;
  version: string;
  targetUrl?: string;
  heapUsed: number;
  heapTotal: number;
  scripts: number;
  replacedPrevious: boolean;
}): string {
  return `Connected to ${s.runtime} ${s.version}${
    s.targetUrl ? ` running ${s.targetUrl}` : ""
  }.\n` +
    `Heap: ${formatBytes(s.heapUsed)} used of ${formatBytes(s.heapTotal)}; ` +
    `${s.scripts} scripts recorded for source attribution.` +
    (s.replacedPrevious ? "\n(The previous session was closed.)" : "") +
    '\nNext: capture_snapshot with a label such as "baseline".';
}

/** `disconnect_inspector`. */
export function disconnectText(s: { wasConnected: boolean; target?: string }): string {
  return s.wasConnected ? `Disconnected from ${s.target}.` : "Not connected; nothing to do.";
}

/** `get_heap_usage`. */
export function heapUsageText(s: {
  usedSize: number;
  totalSize: number;
  usedChange?: number;
  secondsSincePrevious?: number;
}): string {
  let text = `Heap: ${formatBytes(s.usedSize)} used of ${formatBytes(s.totalSize)}.`;
  if (s.usedChange !== undefined) {
    text += ` Change since the previous reading ${s.secondsSincePrevious}s ago: ` +
      `${formatBytes(s.usedChange, true)} (without a GC, so garbage counts too).`;
  }
  return text;
}

/** `capture_snapshot`. */
export function captureText(
  s: { label: string; path: string; bytes: number; nodeCount?: number; durationMs: number },
): string {
  return `Captured "${s.label}": ${s.path} (${formatBytes(s.bytes)}` +
    (s.nodeCount ? `, ${s.nodeCount.toLocaleString("en-US")} nodes` : "") +
    `) in ${(s.durationMs / 1000).toFixed(1)} s.`;
}

/** `list_snapshots`. */
export function listText(s: {
  snapshotDir: string;
  snapshots: {
    label: string;
    bytes: number;
    modified: string;
    runtime?: string;
    target?: string;
  }[];
}): string {
  if (!s.snapshots.length) {
    return `No snapshots in ${s.snapshotDir} yet. Use connect_inspector, then capture_snapshot.`;
  }
  return `${s.snapshots.length} snapshot(s) in ${s.snapshotDir}:\n` +
    s.snapshots.map((x) =>
      `- ${x.label}: ${formatBytes(x.bytes)}, ${x.modified}` +
      (x.runtime ? `, ${x.runtime}` : "") + (x.target ? ` ${x.target}` : "")
    ).join("\n");
}

/** `get_stats`: every numeric field (first 40), then what changed. */
export function statsText(s: {
  url: string;
  stats: unknown;
  leaves: Record<string, number>;
  changes: { key: string; before: number; after: number; delta: number }[];
  firstReading: boolean;
}): string {
  const summary = Object.entries(s.leaves).slice(0, 40).map(([k, v]) => `${k}=${v}`).join(", ");
  let text = `${s.url}: ${summary || JSON.stringify(s.stats).slice(0, 400)}`;
  if (s.firstReading) text += "\n(First reading of this URL; the next call shows changes.)";
  else if (s.changes.length === 0) text += "\nNo numeric field changed since the previous reading.";
  else {
    text += "\nChanged since the previous reading: " +
      s.changes.map((c) =>
        `${c.key} ${c.before} → ${c.after} (${c.delta > 0 ? "+" : ""}${c.delta})`
      )
        .join(", ");
  }
  return text;
}

/** `simulate_connections`. */
export function simulateText(
  s: SimulateResult & { clients: number; serverSettled?: boolean; activeConnectionsAfter?: number },
): string {
  const errors = s.errors.slice(0, 3).map((e) => `#${e.client}: ${e.error}`).join("; ");
  const settle = s.serverSettled === undefined
    ? ""
    : s.serverSettled
    ? `\nServer settled: ${s.activeConnectionsAfter} active connections (every close handled).`
    : `\nServer NOT settled: still ${s.activeConnectionsAfter} active connections after ` +
      `${IDLE_TIMEOUT_MS / 1000} s; ` +
      "a snapshot now counts them as live. Check get_stats before capturing.";
  return `${s.connected}/${s.clients} clients connected, chatted and disconnected ` +
    `(${s.failed} failed); ${s.messagesSent} messages sent, ${s.messagesReceived} received, ` +
    `in ${(s.elapsedMs / 1000).toFixed(1)} s.` +
    (errors ? `\nFirst errors: ${errors}` : "") + settle +
    NEXT_AFTER_WORKLOAD;
}

/** `send_http_requests`: what was sent and how the program answered. */
export function httpLoadText(r: HttpLoadResult & { url: string; method: string }): string {
  const statuses = Object.entries(r.statusCounts)
    .sort((a, b) => b[1] - a[1])
    .map(([status, n]) => `${status} ×${n}`)
    .join(", ");
  const latency = r.latencyMs
    ? `; latency p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms, max ${r.latencyMs.max} ms`
    : "";
  return `${r.requests} × ${r.method} ${r.url} in ${(r.elapsedMs / 1000).toFixed(1)} s: ` +
    `${r.answered} answered (${statuses}), ${r.failed} failed${latency}.` +
    (r.errors.length ? `\nFailures: ${r.errors.join("; ")}` : "") +
    NEXT_AFTER_WORKLOAD;
}

/** `read_source`: numbered lines, the focus line marked with `>`. */
export function sourceText(s: {
  path: string;
  totalLines: number;
  startLine: number;
  endLine: number;
  focusLine?: number;
  lines: { n: number; text: string }[];
}): string {
  const width = String(s.endLine).length;
  return `${s.path} (lines ${s.startLine}-${s.endLine} of ${s.totalLines})\n` +
    s.lines.map((l) =>
      `${l.n === s.focusLine ? ">" : " "}${String(l.n).padStart(width)} | ${l.text}`
    ).join("\n");
}
