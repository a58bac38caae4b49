/**
 * The scenario's load CLI (`deno task simulate`) against the real chat server: `/stats` before
 * and after with a verdict, and its exit codes and messages.
 */

import { assertEquals, assertMatch } from "../../support/assert.ts";
import { freePort } from "../../support/ports.ts";
import { startChatServer } from "../../support/scenario6_server.ts";

const SIMULATOR = new URL("../../../scenario-6/simulate_connections.ts", import.meta.url).pathname;

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
