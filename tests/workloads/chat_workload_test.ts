/**
 * One chat run between two `/stats` readings, against a small chat server in this process: the
 * counters before and after, and a server that is back to no connections when it returns.
 */

import { runChatWorkload } from "../../workloads/mod.ts";
import { assertEquals } from "../support/assert.ts";
import { serveLocalChat } from "../support/local_server.ts";

Deno.test("runChatWorkload: /stats before and after; the server has handled every close", async () => {
  const server = serveLocalChat();
  try {
    const r = await runChatWorkload({
      url: `ws://127.0.0.1:${server.port}/ws`,
      clients: 8,
      messages: 1,
      durationMs: 10,
      staggerMs: 0,
    });
    assertEquals([r.connected, r.failed, r.messagesSent], [8, 0, 8]);
    assertEquals(r.statsBefore?.totalConnections, 0);
    assertEquals([r.statsAfter?.totalConnections, r.statsAfter?.activeConnections], [8, 0]);
    assertEquals(r.settled, true);
  } finally {
    await server.close();
  }
});

Deno.test("runChatWorkload: a server without /stats still runs, with no counters", async () => {
  const server = serveLocalChat({ stats: false });
  try {
    const r = await runChatWorkload({
      url: `ws://127.0.0.1:${server.port}/ws`,
      clients: 2,
      messages: 1,
      durationMs: 0,
      staggerMs: 0,
    });
    assertEquals([r.connected, r.failed], [2, 0]);
    assertEquals([r.statsBefore, r.statsAfter, r.settled], [undefined, undefined, undefined]);
  } finally {
    await server.close();
  }
});
