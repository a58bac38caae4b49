/**
 * A scripted session with the official MCP Inspector CLI, driven by our mcp.json exactly as a
 * user would: `npx -y @modelcontextprotocol/inspector@2.12.0 --cli --config mcp.json --server
 * deno-debugger --method …`. The CLI spawns `deno` from PATH, so this Deno's directory is put
 * first on PATH (CI has no deno otherwise).
 */

import { dirname } from "node:path";
import { assert, assertEquals, assertMatch } from "../../support/assert.ts";
import { startInspectTarget } from "../../support/inspect_target.ts";
import { REPO_ROOT } from "../../support/mcp_session.ts";
import { TOOL_NAMES } from "../../../tools/mod.ts";

const INSPECTOR = "@modelcontextprotocol/inspector@2.12.0";
const DENO_TARGET = new URL("../../support/leaky_target.ts", import.meta.url).pathname;

/** Runs the CLI; it exits 0 on success and 5 when the tool returned `isError` (still JSON). */
async function inspectorCli(
  args: string[],
  expectExit = 0,
): Promise<{ json: Record<string, unknown>; stderr: string }> {
  const out = await new Deno.Command("npx", {
    args: ["-y", INSPECTOR, "--cli", "--config", "mcp.json", "--server", "deno-debugger", ...args],
    cwd: REPO_ROOT,
    env: {
      PATH: `${dirname(Deno.execPath())}:${Deno.env.get("PATH") ?? ""}`,
      MCP_INSPECTOR_SECRET_STORE: "memory",
    },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  const stdout = new TextDecoder().decode(out.stdout);
  const stderr = new TextDecoder().decode(out.stderr);
  if (out.code !== expectExit) {
    throw new Error(`inspector CLI ${args.join(" ")} failed (${out.code}):\n${stderr}\n${stdout}`);
  }
  try {
    return { json: JSON.parse(stdout), stderr };
  } catch {
    throw new Error(`inspector CLI printed no JSON for ${args.join(" ")}:\n${stdout}\n${stderr}`);
  }
}

function text(result: Record<string, unknown>): string {
  return ((result.content as { text: string }[])?.[0]?.text) ?? "";
}

Deno.test("MCP Inspector CLI: tools/list, tools/call (success and isError), prompts/get via mcp.json", async () => {
  const list = await inspectorCli(["--method", "tools/list"]);
  const tools = list.json.tools as { name: string; outputSchema?: unknown }[];
  assertEquals(tools.length, TOOL_NAMES.length);
  assert(tools.every((t) => t.outputSchema), "every tool declares an outputSchema");
  assert(tools.some((t) => t.name === "capture_snapshot"));

  const src = await inspectorCli([
    "--method",
    "tools/call",
    "--tool-name",
    "read_source",
    "--tool-arg",
    "path=tests/support/leaky_target.ts:15",
    "--tool-arg",
    "context=0",
  ]);
  assertMatch(text(src.json), />15 \| const leakedRecords/);

  const target = await startInspectTarget({ runtime: "deno", script: DENO_TARGET });
  try {
    const conn = await inspectorCli([
      "--method",
      "tools/call",
      "--tool-name",
      "connect_inspector",
      "--tool-arg",
      `port=${target.inspectPort}`,
    ]);
    assertEquals((conn.json.structuredContent as { runtime: string }).runtime, "Deno");
  } finally {
    await target.stop();
  }

  const refused = await inspectorCli([
    "--method",
    "tools/call",
    "--tool-name",
    "read_source",
    "--tool-arg",
    "path=/etc/passwd",
  ], 5);
  assertEquals(refused.json.isError, true);
  assertMatch(text(refused.json), /outside the directories[\s\S]*Next step/);

  const prompt = await inspectorCli([
    "--method",
    "prompts/get",
    "--prompt-name",
    "investigate-memory-leak",
    "--prompt-args",
    "port=9444",
    "statsUrl=http://127.0.0.1:8086/stats",
  ]);
  const messages = prompt.json.messages as { content: { text: string } }[];
  assertMatch(messages[0].content.text, /investigate_leak with port 9444/);
  assertMatch(messages[0].content.text, /get_stats http:\/\/127\.0\.0\.1:8086\/stats/);
});
