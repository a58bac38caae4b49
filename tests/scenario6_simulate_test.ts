/**
 * The scenario-6 simulator: its importable core against the real servers and against a closed
 * port, cancellation, the /stats verdict, and the CLI's exit codes and messages.
 */

import { describeStatsChange, parseSimulateArgs } from "../scenario-6/simulate_connections.ts";
import {
  fetchChatStats,
  MAX_CONCURRENT_CLIENTS,
  MAX_REPORTED_ERRORS,
  simulateConnections,
  statsUrlFor,
} from "../workloads/mod.ts";
import { assert, assertEquals, assertMatch, assertRejects } from "./support/assert.ts";
import { freePort } from "./support/ports.ts";
import { settledStats, startChatServer } from "./support/scenario6_server.ts";

const SIMULATOR = new URL("../scenario-6/simulate_connections.ts", import.meta.url).pathname;

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

Deno.test("simulateConnections: a closed port gives one error per client and none connected", async () => {
  const port = freePort();
  const result = await simulateConnections({
    url: `ws://127.0.0.1:${port}/ws`,
    clients: MAX_REPORTED_ERRORS + 5,
    messages: 2,
    durationMs: 0,
    staggerMs: 0,
  });
  assertEquals([result.connected, result.failed], [0, MAX_REPORTED_ERRORS + 5]);
  assertEquals(result.errors.length, MAX_REPORTED_ERRORS, "the error list is capped");
  assertEquals(result.messagesSent, 0);
  const clients = new Set(result.errors.map((e) => e.client));
  assertEquals(clients.size, MAX_REPORTED_ERRORS, "one entry per failed client");
  assertMatch(result.errors[0].error, /refused|failed to connect/i);
});

Deno.test("simulateConnections: bad options are refused naming the option", async () => {
  const base = { url: "ws://127.0.0.1:1/ws", clients: 1, messages: 1, durationMs: 0, staggerMs: 0 };
  await assertRejects(() => simulateConnections({ ...base, url: "http://x/ws" }), TypeError, "url");
  await assertRejects(() => simulateConnections({ ...base, clients: 0 }), RangeError, "clients");
  await assertRejects(
    () => simulateConnections({ ...base, messages: 1.5 }),
    RangeError,
    "messages",
  );
  await assertRejects(
    () => simulateConnections({ ...base, durationMs: -1 }),
    RangeError,
    "durationMs",
  );
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

Deno.test("simulate CLI: stats before/after and a verdict naming the counters that grew", async () => {
  const server = await startChatServer("leaky");
  try {
    const out = await runCli([
      `--url=${server.wsUrl}`,
      "--clients=5",
      "--messages=2",
      "--duration=50",
      "--stagger=10",
    ]);
    assertEquals(out.code, 0, out.stderr);
    assertMatch(out.stdout, /stats before: activeConnections=0/);
    assertMatch(out.stdout, /connected 5, failed 0, sent 10/);
    assertMatch(out.stdout, /stats after : activeConnections=0 totalConnections=5/);
    assertMatch(
      out.stdout,
      /verdict: .*messageHistorySize 0 → 20 \(\+20\), userSessionsSize 0 → 5 \(\+5\), connectionDurationsTracked 0 → 5/,
    );
  } finally {
    await server.stop();
  }
});

Deno.test("simulate CLI: exit 1 with the next step when the server is not running", async () => {
  const out = await runCli([`--url=ws://127.0.0.1:${freePort()}/ws`]);
  assertEquals(out.code, 1);
  assertMatch(out.stderr, /the chat server is not running at http:\/\/127\.0\.0\.1:\d+\/health/);
  assertMatch(out.stderr, /Start it first: deno task scenario/);
});

Deno.test("simulate CLI: exit 1 with per-client errors when no client can connect", async () => {
  const server = await startChatServer("leaky");
  try {
    const out = await runCli([
      `--url=ws://127.0.0.1:${server.port}/wrong-path`,
      "--clients=3",
      "--stagger=0",
    ]);
    assertEquals(out.code, 1);
    for (const client of [0, 1, 2]) {
      assertMatch(out.stdout, new RegExp(`client ${client} failed: .*404`));
    }
    assertMatch(out.stderr, /no client could connect/);
  } finally {
    await server.stop();
  }
});

Deno.test("simulate CLI: bad arguments exit 2 naming the argument", async () => {
  const bad = await runCli(["--clients=many"]);
  assertEquals(bad.code, 2);
  assertMatch(bad.stderr, /--clients must be a whole number, got "many"/);
  const unknown = await runCli(["--verbose"]);
  assertEquals(unknown.code, 2);
  assertMatch(unknown.stderr, /unknown argument "--verbose"/);
  assertEquals(parseSimulateArgs(["--clients", "7"]).clients, 7);
});

async function runCli(args: string[]) {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-net=127.0.0.1", SIMULATOR, ...args],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder();
  return { code: out.code, stdout: text.decode(out.stdout), stderr: text.decode(out.stderr) };
}
