/**
 * The chat clients against the real scenario-6 servers: every leak counter grows on the leaky
 * one and stays bounded on the fixed one, at most MAX_CONCURRENT_CLIENTS sockets are open at
 * once, and aborting closes every client.
 */

import { describeStatsChange } from "../../../scenario-6/simulate_connections.ts";
import {
  fetchChatStats,
  MAX_CONCURRENT_CLIENTS,
  simulateConnections,
  statsUrlFor,
} from "../../../workloads/mod.ts";
import { assert, assertEquals, assertMatch, assertRejects } from "../../support/assert.ts";
import { settledStats, startChatServer } from "../../support/scenario6_server.ts";

Deno.test("simulateConnections: 30 clients against the leaky server grow every leak counter", async () => {
  const server = await startChatServer("leaky");
  try {
    const before = await fetchChatStats(statsUrlFor(server.wsUrl));
    const progress: number[] = [];
    const result = await simulateConnections({
      url: server.wsUrl,
      clients: 30,
      messages: 4,
      durationMs: 100,
      staggerMs: 5,
      onProgress: (done, total) => {
        assertEquals(total, 30);
        progress.push(done);
      },
    });
    assertEquals(
      [result.connected, result.failed, result.messagesSent, result.errors.length],
      [30, 0, 120, 0],
    );
    assert(
      result.messagesReceived >= 30 * (2 + 4),
      `each client hears at least its history, join and echoes`,
    );
    assertEquals(progress, Array.from({ length: 30 }, (_, i) => i + 1));

    const after = await settledStats(server.wsUrl, 5_000);
    assertEquals(after.totalConnections - before.totalConnections, 30);
    assertEquals(after.messageHistorySize, 30 * (1 + 4 + 1), "join + messages + leave per client");
    assertEquals(after.userSessionsSize, 30);
    assertEquals(after.connectionDurationsTracked, 30);
    const change = describeStatsChange(before, after);
    assertEquals(change.leakCountersGrown, [
      "messageHistorySize",
      "userSessionsSize",
      "connectionDurationsTracked",
    ]);
    assertMatch(change.verdict, /sessions outlive their connections: a leak\. Nobody is connected/);
  } finally {
    await server.stop();
  }
});

Deno.test("simulateConnections: the fixed server stays bounded", async () => {
  const server = await startChatServer("fixed");
  try {
    const result = await simulateConnections({
      url: server.wsUrl,
      clients: 40,
      messages: 3,
      durationMs: 30,
      staggerMs: 0,
    });
    assertEquals([result.connected, result.failed], [40, 0]);
    const after = await settledStats(server.wsUrl, 5_000);
    assertEquals(after.messageHistorySize, 100, "history is capped at 100");
    assertEquals(after.userSessionsSize, after.activeConnections);
    assertEquals(after.connectionDurationsTracked, 40, "durations kept in a window of ≤ 1000");
    assertMatch(describeStatsChange(after, after).verdict, /No leak counter grew/);
  } finally {
    await server.stop();
  }
});

Deno.test("simulateConnections: never more than MAX_CONCURRENT_CLIENTS sockets at once", async () => {
  const server = await startChatServer("fixed");
  // Count the simulator's real sockets (they still connect to the real server).
  const RealWebSocket = globalThis.WebSocket;
  let live = 0;
  let peak = 0;
  globalThis.WebSocket = class CountingWebSocket extends RealWebSocket {
    constructor(url: string | URL, protocols?: ConstructorParameters<typeof WebSocket>[1]) {
      super(url, protocols);
      peak = Math.max(peak, ++live);
      this.addEventListener("close", () => live--);
    }
  };
  try {
    const result = await simulateConnections({
      url: server.wsUrl,
      clients: MAX_CONCURRENT_CLIENTS * 3,
      messages: 1,
      durationMs: 300,
      staggerMs: 0,
    });
    assertEquals(result.connected, MAX_CONCURRENT_CLIENTS * 3);
    assertEquals(peak, MAX_CONCURRENT_CLIENTS, "sockets open at once (unbounded it would be 150)");
    assertEquals(live, 0, "every socket closed");
  } finally {
    globalThis.WebSocket = RealWebSocket;
    await server.stop();
  }
});

Deno.test("simulateConnections: aborting stops new clients, closes open ones, and rejects", async () => {
  const server = await startChatServer("fixed");
  try {
    const controller = new AbortController();
    let done = 0;
    const run = simulateConnections({
      url: server.wsUrl,
      clients: 200,
      messages: 10,
      durationMs: 2000,
      staggerMs: 20,
      signal: controller.signal,
      onProgress: (n) => done = n,
    });
    setTimeout(() => controller.abort(new Error("stop now")), 300);
    await assertRejects(() => run, Error, "stop now");
    assert(done < 200, `stopped early (${done} clients finished)`);
    const after = await settledStats(server.wsUrl, 5_000);
    assertEquals(after.activeConnections, 0, "no client left connected");
    assert(after.totalConnections < 200, `not every client started: ${after.totalConnections}`);
  } finally {
    await server.stop();
  }
});
