import { assertEquals } from "../support/assert.ts";
import { judge } from "./judge.ts";
import type { LeakCase } from "./cases.ts";

const leak = (names: string[]): LeakCase => ({
  id: "t",
  runtime: "node",
  entry: "server.mjs",
  workload: [{ path: "/" }],
  leaks: true,
  expect: { names, adds: { file: "server.mjs", text: "x" }, accumulates: "x" },
});

Deno.test("judge: […] in an expected name is any one key (an index or a Map's lookup), and only one", () => {
  const at = (path: string) => ({ suspects: [{ name: "agent", path }] });
  const c = leak(["agent.sockets[…]"]);
  const dir = Deno.makeTempDirSync();
  Deno.writeTextFileSync(`${dir}/server.mjs`, "x\n");
  assertEquals(judge(c, at('agent.sockets["127.0.0.1:4411:"]'), dir).named, true);
  assertEquals(judge(c, at("agent.sockets"), dir).named, false);
  assertEquals(judge(c, at('agent.sockets["a"].list'), dir).named, false);
  assertEquals(judge(c, at('agentXsockets["a"]'), dir).named, false);
  // A Map's lookup is one key too; a call of anything else is not.
  assertEquals(judge(c, at('agent.sockets.get("127.0.0.1:4411:")'), dir).named, true);
  assertEquals(judge(c, at("agent.sockets.get(42)"), dir).named, true);
  assertEquals(judge(c, at('agent.sockets.keys("a")'), dir).named, false);
  assertEquals(judge(c, at('agent.sockets.get("a").list'), dir).named, false);
  // Without it, names are compared exactly.
  assertEquals(judge(leak(["agent.sockets"]), at('agent.sockets["a"]'), dir).named, false);
  Deno.removeSync(dir, { recursive: true });
});
