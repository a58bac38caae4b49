/**
 * The scenario-6 chat servers (leaky and fixed), run as real processes: routes, the chat
 * protocol between two real WebSocket clients, malformed input, and bad flags.
 */

import { assert, assertEquals, assertMatch } from "../../support/assert.ts";
import { connectChatClient } from "../../support/chat_client.ts";
import {
  chatServerScript,
  type ChatServerVariant,
  getJson,
  settledStats,
  startChatServer,
} from "../../support/scenario6_server.ts";

const VARIANTS: ChatServerVariant[] = ["leaky", "fixed"];
const STATS_FIELDS = [
  "activeConnections",
  "totalConnections",
  "messagesSent",
  "bytesTransferred",
  "messageHistorySize",
  "userSessionsSize",
  "connectionDurationsTracked",
];

for (const variant of VARIANTS) {
  Deno.test(`scenario-6 ${variant}: routes, chat between two clients, joins and leaves`, async () => {
    const server = await startChatServer(variant);
    try {
      const health = await getJson(server, "/health");
      assertEquals(health.status, "ok");
      const page = await fetch(`${server.httpUrl}/`);
      assertMatch(page.headers.get("content-type") ?? "", /text\/html/);
      assertMatch(await page.text(), /<form id="join-form">/, "the chat page is served at /");
      const missing = await fetch(`${server.httpUrl}/nope`);
      await missing.body?.cancel();
      assertEquals(missing.status, 404);
      const plainWs = await fetch(`${server.httpUrl}/ws`);
      await plainWs.body?.cancel();
      assertEquals(plainWs.status, 426, "GET /ws without an upgrade");

      const alice = await connectChatClient(server.wsUrl, "alice");
      await alice.waitFor((e) => e.type === "history", "history");
      const bob = await connectChatClient(server.wsUrl, "bob");
      await alice.waitFor((e) => e.type === "join" && e.user === "bob", "bob's join");
      const history = await bob.waitFor((e) => e.type === "history", "history");
      const joined = (history.messages as { type: string; user: string }[])
        .some((m) => m.type === "join" && m.user === "alice");
      assert(joined, `bob's history shows alice joining: ${JSON.stringify(history)}`);

      alice.sendRaw(JSON.stringify({ type: "message", content: "hi bob" }));
      const got = await bob.waitFor((e) => e.content === "hi bob", "alice's message");
      assertEquals([got.type, got.user, typeof got.timestamp], ["message", "alice", "number"]);
      await alice.waitFor((e) => e.content === "hi bob", "own message echoed");

      const during = await getJson(server, "/stats");
      for (const field of STATS_FIELDS) {
        assert(
          typeof during[field] === "number",
          `/stats.${field} is a number: ${JSON.stringify(during)}`,
        );
      }
      assertEquals(during.activeConnections, 2);

      await bob.close();
      await alice.waitFor((e) => e.type === "leave" && e.user === "bob", "bob's leave");
      await alice.close();
      const after = await settledStats(server.wsUrl, 5_000);
      assertEquals(after.totalConnections, 2);
      // The one visible difference between the twins after everyone left.
      assertEquals(after.userSessionsSize, variant === "leaky" ? 2 : 0, "userSessionsSize");
    } finally {
      await server.stop();
    }
  });

  Deno.test(`scenario-6 ${variant}: malformed and huge messages never crash the server`, async () => {
    const server = await startChatServer(variant);
    try {
      const mallory = await connectChatClient(server.wsUrl, "mallory");
      const cases: [string | Uint8Array, RegExp][] = [
        ["not json at all", /not JSON/],
        ["[1,2,3]", /expected a JSON object/],
        ['{"type":"message"}', /missing "content"/],
        ['{"type":"message","content":"   "}', /missing "content"/],
        ['{"type":"message","content":42}', /missing "content"/],
        ['{"type":"shout","content":"hi"}', /unknown type/],
        [new Uint8Array([0, 1, 2]), /binary frames/],
        [JSON.stringify({ type: "message", content: "x".repeat(1_000_000) }), /too long/],
      ];
      for (const [frame, reason] of cases) {
        const before = mallory.events.length;
        mallory.sendRaw(frame);
        const error = await mallory.waitFor(
          (e) => mallory.events.indexOf(e) >= before && e.type === "error",
          `error for ${String(frame).slice(0, 30)}`,
        );
        assertMatch(String(error.content), reason);
      }
      // Bigger than the WebSocket frame limit (64 MiB): the server drops that connection only.
      mallory.sendRaw("y".repeat(65 * 1024 * 1024));
      await mallory.close();

      const stats = await settledStats(server.wsUrl, 5_000);
      assertEquals(stats.messageHistorySize, 2, "only mallory's join and leave were recorded");
      const carol = await connectChatClient(server.wsUrl, "carol");
      carol.sendRaw(JSON.stringify({ content: "still alive" }));
      await carol.waitFor((e) => e.content === "still alive", "a normal message after the abuse");
      await carol.close();
    } finally {
      await server.stop();
    }
  });
}

Deno.test("scenario-6: a bad --port is refused with exit code 2 and a message naming it", async () => {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-net=127.0.0.1", "--allow-read", chatServerScript("leaky"), "--port=abc"],
    stdout: "piped",
    stderr: "piped",
  }).output();
  assertEquals(out.code, 2);
  assertMatch(
    new TextDecoder().decode(out.stderr),
    /--port must be a port number 0-65535, got "abc"/,
  );
});
