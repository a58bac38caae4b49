/**
 * The server as a client sees it, in process over the SDK's in-memory transport: exactly the
 * tools of `TOOLS` (each with an output schema, annotations and its defaults visible), both
 * prompts, and a tool call that reaches the server's state.
 */

// @ts-types="@modelcontextprotocol/sdk/types"
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { createServer } from "../../server/create_server.ts";
import { ServerState } from "../../server/state.ts";
import { TOOL_NAMES } from "../../tools/mod.ts";
import { assert, assertEquals, assertMatch } from "../support/assert.ts";
import { connectInProcess } from "../support/mcp_inprocess.ts";
import { unpackTestSnapshots, withTempDir } from "../support/testdata.ts";

function serverOn(snapshotDir: string) {
  const state = new ServerState({
    snapshotDir,
    allowRemote: false,
    allowEval: false,
    roots: [],
    targetTimeoutMs: 30_000,
  });
  return connectInProcess(createServer(state));
}

Deno.test("tools/list is TOOLS: output schemas, annotations and defaults for every tool", async () => {
  await withTempDir(async (dir) => {
    const { client, close } = await serverOn(dir);
    try {
      const { tools } = await client.listTools();
      assertEquals(tools.map((t) => t.name), [...TOOL_NAMES]);
      assertEquals(new Set(TOOL_NAMES).size, TOOL_NAMES.length, "names are unique");
      for (const t of tools) {
        assert(t.outputSchema?.type === "object", `${t.name} declares its output`);
        assert(typeof t.annotations?.readOnlyHint === "boolean", `${t.name} says if it reads only`);
      }
      const props = (name: string) =>
        tools.find((t) => t.name === name)!.inputSchema.properties as Record<
          string,
          { default?: unknown }
        >;
      assertEquals(props("compare_snapshots").top.default, 15);
      assertEquals(props("connect_inspector").port.default, 9229);
      assertEquals(props("simulate_connections").clients.default, 20);
      const { prompts } = await client.listPrompts();
      assertEquals(prompts.map((p) => p.name).sort(), [
        "chat-server-leaking",
        "investigate-memory-leak",
        "investigate-race",
        "investigate-slow-endpoint",
      ]);
      const slow = await client.getPrompt({
        name: "investigate-slow-endpoint",
        arguments: { port: "9444", endpoint: "GET http://127.0.0.1:8087/search?q=x" },
      });
      const plan = (slow.messages[0].content as { text: string }).text;
      assertMatch(plan, /slow on GET http:\/\/127\.0\.0\.1:8087\/search\?q=x/);
      assertMatch(plan, /profile_cpu with port 9444/);
      assertMatch(plan, /compare_cpu_profiles/);
    } finally {
      await close();
    }
  });
});

/** What every client sends its model with each request: the whole tool list (issues 12, 14). */
const TOOL_LIST_BUDGET = 18_000;
/** Pattern B's share of it (issue 14): profile_cpu and compare_cpu_profiles. */
const PATTERN_B_TOOLS = ["profile_cpu", "compare_cpu_profiles"];
const PATTERN_B_BUDGET = 3_000;
/** Pattern C's share (issue 14): logpoints, exceptions, breakpoints and the paused program. */
const PATTERN_C_TOOLS = ["logpoints", "catch_exceptions", "breakpoints", "paused_program"];
const PATTERN_C_BUDGET = 3_000;
/** The rest, Pattern A's and the session's tools (issue 12). */
const PATTERN_A_BUDGET = 12_000;

Deno.test(`tools/list fits in ${TOOL_LIST_BUDGET} characters as JSON; the server still checks full schemas`, async () => {
  await withTempDir(async (dir) => {
    const { client, close } = await serverOn(dir);
    try {
      const { tools } = await client.listTools();
      const size = JSON.stringify(tools).length;
      assert(size <= TOOL_LIST_BUDGET, `tools/list is ${size} characters`);
      const patternB = tools.filter((t) => PATTERN_B_TOOLS.includes(t.name));
      assertEquals(patternB.length, PATTERN_B_TOOLS.length);
      const patternBSize = patternB.reduce((n, t) => n + JSON.stringify(t).length + 1, 0);
      assert(patternBSize <= PATTERN_B_BUDGET, `Pattern B's tools take ${patternBSize}`);
      const patternC = tools.filter((t) => PATTERN_C_TOOLS.includes(t.name));
      assertEquals(patternC.length, PATTERN_C_TOOLS.length);
      const patternCSize = patternC.reduce((n, t) => n + JSON.stringify(t).length + 1, 0);
      assert(patternCSize <= PATTERN_C_BUDGET, `Pattern C's tools take ${patternCSize}`);
      const rest = tools.filter((t) => ![...PATTERN_B_TOOLS, ...PATTERN_C_TOOLS].includes(t.name));
      const restSize = JSON.stringify(rest).length;
      assert(restSize <= PATTERN_A_BUDGET, `the other tools take ${restSize}`);
      // evaluate runs code in the target: the one tool that offers it is listed destructive
      // (MCP's default, so the hint is left out), the other Pattern C tools are not.
      for (const t of patternC) {
        const destructive = t.annotations?.destructiveHint !== false;
        assertEquals(destructive, t.name === "paused_program", `${t.name} destructiveHint`);
      }
      for (const t of tools) {
        assert(t.description && t.description.length <= 400, `${t.name}: description too long`);
      }
      // The listing leaves out length bounds; the server still refuses what they forbid.
      const r = await client.callTool({
        name: "capture_snapshot",
        arguments: { label: "x".repeat(201) },
      }) as CallToolResult;
      assert(r.isError, "a 201-character label is refused");
      assertMatch(JSON.stringify(r.content), /label/);
    } finally {
      await close();
    }
  });
});

Deno.test("a call reaches the server's state: list_snapshots of its snapshot directory", async () => {
  await withTempDir(async (dir) => {
    await unpackTestSnapshots(dir, ["node-before"]);
    const { client, close } = await serverOn(dir);
    try {
      const r = await client.callTool({ name: "list_snapshots", arguments: {} }) as CallToolResult;
      assert(!r.isError, JSON.stringify(r.content));
      assertEquals(r.structuredContent?.snapshotDir, dir);
      assertMatch(JSON.stringify(r.content), /1 snapshot\(s\) in .*node-before/);
      const none = await client.callTool({
        name: "get_heap_usage",
        arguments: {},
      }) as CallToolResult;
      assert(none.isError);
      assertMatch(JSON.stringify(none.content), /No inspector session/);
    } finally {
      await close();
    }
  });
});
