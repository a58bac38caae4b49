/**
 * `simulate_connections`: the Pattern A workload — many WebSocket clients connect, chat and
 * disconnect — run by `workloads/` between two readings of the server's `/stats`.
 *
 * @module
 */

import { z } from "zod";
import type { ToolResult } from "../mcp/mod.ts";
import { displayUrl, maskCredentials } from "../net/mod.ts";
import { IDLE_TIMEOUT_MS, runChatWorkload } from "../workloads/mod.ts";
import { ACTS_ON_TARGET } from "./annotations.ts";
import { defineTool } from "./define.ts";
import { totalTimeoutArg, urlArg } from "./argument_shapes.ts";
import { requireRunning } from "./inspector_tools.ts";
import { ToolError } from "./errors.ts";
import { NEXT_AFTER_WORKLOAD } from "./next_steps.ts";
import { checkToolUrl } from "./remote_urls.ts";

/** Upper bound on clients per call. */
export const MAX_CLIENTS = 1000;

const output = {
  url: z.string(),
  clients: z.number(),
  connected: z.number(),
  failed: z.number(),
  messagesSent: z.number(),
  messagesReceived: z.number(),
  errors: z.array(z.object({ client: z.number(), error: z.string() })),
  elapsedMs: z.number(),
  serverSettled: z.boolean().optional().describe(
    "True when /stats showed the server back at its pre-run activeConnections (close handlers " +
      "done, safe to snapshot); absent when the target has no /stats.",
  ),
  activeConnectionsAfter: z.number().optional(),
  stoppedEarly: z.string().optional().describe(
    "Why the run ended before every client had its turn (the total time limit).",
  ),
};

/** What `simulate_connections` returns. */
export type SimulateConnectionsResult = ToolResult<typeof output>;

/** `simulate_connections`. */
export const simulateConnections = defineTool({
  name: "simulate_connections",
  title: "Simulate chat clients",
  description: "WebSocket chat clients that connect, send messages and leave, for step-by-step " +
    "Pattern A. Returns connections, messages, and whether the server settled.",
  inputSchema: {
    url: urlArg.describe("e.g. ws://127.0.0.1:8086/ws"),
    clients: z.number().int().min(1).max(MAX_CLIENTS, {
      error:
        `clients must be at most ${MAX_CLIENTS} per call; call simulate_connections again for more load`,
    }).default(20),
    messages: z.number().int().min(0).max(100).default(5),
    durationMs: z.number().int().min(0).max(60_000).default(1000),
    staggerMs: z.number().int().min(0).max(1000).default(20),
    totalTimeoutMs: totalTimeoutArg,
  },
  outputSchema: output,
  // It changes the target's state (that is the point: it drives the leak).
  annotations: ACTS_ON_TARGET,
  async handler(args, { host, signal, progress }) {
    const url = checkToolUrl(args.url, ["ws:", "wss:"], host.config.allowRemote);
    requireRunning(host.session, "clients of it");
    const r = await runChatWorkload({
      url: url.href,
      clients: args.clients,
      messages: args.messages,
      durationMs: args.durationMs,
      staggerMs: args.staggerMs,
      totalTimeoutMs: args.totalTimeoutMs,
      signal,
      onProgress: (done, total) => progress(done, total, `${done}/${total} clients finished`),
    });
    const shown = displayUrl(url);
    if (r.connected === 0) {
      throw new ToolError(
        `None of ${args.clients} clients could connect to ${shown}` +
          (r.errors[0] ? ` (first error: ${maskCredentials(r.errors[0].error, url)})` : "") +
          (r.stoppedEarly ? `; ${r.stoppedEarly}.` : "."),
        "Check that the chat server is running and the URL (host, port, /ws path) is right.",
      );
    }
    const structured: SimulateConnectionsResult = {
      url: shown,
      clients: args.clients,
      connected: r.connected,
      failed: r.failed,
      messagesSent: r.messagesSent,
      messagesReceived: r.messagesReceived,
      errors: r.errors.map((e) => ({ ...e, error: maskCredentials(e.error, url) })),
      elapsedMs: r.elapsedMs,
      serverSettled: r.settled,
      activeConnectionsAfter: r.statsAfter?.activeConnections,
      stoppedEarly: r.stoppedEarly,
    };
    return { text: simulateText(structured), structured };
  },
});

function simulateText(s: SimulateConnectionsResult): string {
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
    (s.stoppedEarly ? `\nStopped early: ${s.stoppedEarly}.` : "") +
    NEXT_AFTER_WORKLOAD;
}
