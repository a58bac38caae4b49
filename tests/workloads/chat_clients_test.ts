/**
 * The chat clients without a server: a closed port fails every client once (the error list
 * capped), and bad options are refused naming the option.
 */

import { MAX_REPORTED_ERRORS, simulateConnections } from "../../workloads/mod.ts";
import { assert, assertEquals, assertMatch, assertRejects } from "../support/assert.ts";
import { freePort } from "../support/ports.ts";
import { serveLocalChat } from "../support/local_server.ts";

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

Deno.test("simulateConnections: the total time limit ends a long run; open clients close", async () => {
  const server = serveLocalChat();
  try {
    const started = performance.now();
    const result = await simulateConnections({
      url: `ws://127.0.0.1:${server.port}/ws`,
      clients: 1000,
      messages: 1,
      durationMs: 60_000,
      staggerMs: 0,
      totalTimeoutMs: 300,
    });
    assert(performance.now() - started < 4000, "stopped at the limit");
    assertEquals(result.connected + result.failed, 50, "50 had started");
    assertEquals(
      result.stoppedEarly,
      "the 0.3 s total time limit passed after 50 of 1000 clients had started; open ones were closed",
    );
  } finally {
    await server.close();
  }
});
