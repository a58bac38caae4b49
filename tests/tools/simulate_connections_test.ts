/**
 * `simulate_connections` in process against a small real chat server in this process: every
 * client connects, chats and leaves, the server settles back to no connections, and the calls
 * it refuses.
 */

import { simulateConnections } from "../../tools/simulate_connections.ts";
import { assert, assertEquals, assertMatch } from "../support/assert.ts";
import { FakeHost, runTool } from "../support/fake_host.ts";
import { serveLocalChat } from "../support/local_server.ts";
import { freePort } from "../support/ports.ts";

Deno.test("simulate_connections: clients chat and leave; the server is settled before it returns", async () => {
  const server = serveLocalChat();
  try {
    const run = await runTool(simulateConnections, {
      url: `ws://127.0.0.1:${server.port}/ws`,
      clients: 6,
      messages: 2,
      durationMs: 20,
      staggerMs: 0,
    }, new FakeHost());
    assert(!run.isError, run.text);
    assertEquals(
      [run.structured?.connected, run.structured?.failed, run.structured?.messagesSent],
      [6, 0, 12],
    );
    assertEquals(server.messages(), 12);
    assertEquals([run.structured?.serverSettled, run.structured?.activeConnectionsAfter], [
      true,
      0,
    ]);
    assertMatch(
      run.text,
      /^6\/6 clients connected, chatted and disconnected \(0 failed\); 12 messages sent/,
    );
    assertMatch(run.text, /Server settled: 0 active connections/);
    assertEquals(run.progress.at(-1), "6/6 clients finished");
  } finally {
    await server.close();
  }
});

Deno.test("simulate_connections: nothing listening, too many clients, not loopback", async () => {
  const host = new FakeHost();
  const none = await runTool(simulateConnections, {
    url: `ws://127.0.0.1:${freePort()}/ws`,
    clients: 2,
    durationMs: 0,
  }, host);
  assert(none.isError);
  assertMatch(none.text, /None of 2 clients could connect[\s\S]*Next step/);
  const remote = await runTool(simulateConnections, { url: "ws://example.com/ws" }, host);
  assertMatch(remote.text, /not a loopback address/);
  let tooMany = "";
  try {
    await runTool(simulateConnections, { clients: 5000 }, host);
  } catch (e) {
    tooMany = String(e);
  }
  assertMatch(tooMany, /at most 1000/);
});
