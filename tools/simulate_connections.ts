/**
 * `simulate_connections`: the Pattern A workload — many WebSocket clients connect, chat and
 * disconnect — run by `workloads/` between two readings of the server's `/stats`.
 *
 * @module
 */

import { z } from "zod";
import { runChatWorkload } from "../workloads/mod.ts";
import { defineTool } from "./define.ts";
import { ToolError } from "./errors.ts";
import { checkToolUrl } from "./remote_urls.ts";
import { simulateText } from "./text.ts";
import { ACTS_ON_TARGET } from "./annotations.ts";

/** Upper bound on clients per call. */
export const MAX_CLIENTS = 1000;

/** `simulate_connections`. */
export const simulateConnections = defineTool({
  name: "simulate_connections",
  title: "Simulate chat clients",
  description:
    "Connect N WebSocket clients to the chat server (default ws://localhost:8086/ws); each sends " +
    "a few messages and disconnects. This is the workload that makes a leaking chat server grow: " +
    "capture a snapshot before and after. Bounded (clients ≤ 1000, at most 50 open at once), " +
    "loopback only by default, progress notifications per finished client.",
  inputSchema: {
    url: z.string().optional().describe("WebSocket URL (default ws://localhost:8086/ws)."),
    clients: z.number().int().min(1).max(MAX_CLIENTS, {
      error:
        `clients must be at most ${MAX_CLIENTS} per call; call simulate_connections again for more load`,
    }).optional().describe(`Clients to run (default 20, max ${MAX_CLIENTS}).`),
    messages: z.number().int().min(0).max(100).optional().describe(
      "Messages per client (default 5).",
    ),
    durationMs: z.number().int().min(0).max(60_000).optional().describe(
      "How long each client stays connected (default 1000).",
    ),
    staggerMs: z.number().int().min(0).max(1000).optional().describe(
      "Delay between client starts (default 20).",
    ),
  },
  outputSchema: {
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
  },
  // It changes the target's state (that is the point: it drives the leak).
  annotations: ACTS_ON_TARGET,
  async handler(args, { host, signal, progress }) {
    const url = checkToolUrl(
      args.url ?? "ws://localhost:8086/ws",
      ["ws:", "wss:"],
      host.config.allowRemote,
    );
    const clients = args.clients ?? 20;
    const r = await runChatWorkload({
      url: url.href,
      clients,
      messages: args.messages ?? 5,
      durationMs: args.durationMs ?? 1000,
      staggerMs: args.staggerMs ?? 20,
      signal,
      onProgress: (done, total) => progress(done, total, `${done}/${total} clients finished`),
    });
    if (r.connected === 0) {
      throw new ToolError(
        `None of ${clients} clients could connect to ${url.href}` +
          (r.errors[0] ? ` (first error: ${r.errors[0].error}).` : "."),
        "Check that the chat server is running and the URL (host, port, /ws path) is right.",
      );
    }
    const structured = {
      url: url.href,
      clients,
      connected: r.connected,
      failed: r.failed,
      messagesSent: r.messagesSent,
      messagesReceived: r.messagesReceived,
      errors: r.errors,
      elapsedMs: r.elapsedMs,
      serverSettled: r.settled,
      activeConnectionsAfter: r.statsAfter?.activeConnections,
    };
    return { text: simulateText(structured), structured };
  },
});
