/**
 * Server configuration over real stdio: the Claude Code config (.mcp.json), client-declared MCP
 * roots widening what read_source may read, and the `npx -y deno@2.9.6 run …` launch for machines
 * without Deno.
 */

import { assert, assertEquals, assertMatch } from "../../support/assert.ts";
import { startMcpSession, textOf } from "../../support/mcp_session.ts";
import { TOOL_NAMES } from "../../../tools/mod.ts";

Deno.test(".mcp.json (Claude Code) starts the same server", async () => {
  const mcp = await startMcpSession({ file: ".mcp.json" });
  try {
    const { tools } = await mcp.client.listTools();
    assertEquals(tools.length, TOOL_NAMES.length);
  } finally {
    await mcp.close();
  }
});

Deno.test("client roots: a folder the client declares becomes readable by read_source", async () => {
  const outside = await Deno.realPath(await Deno.makeTempDir({ prefix: "mcp_roots_" }));
  await Deno.writeTextFile(`${outside}/lib.ts`, "export const a = 1;\nexport const b = 2;\n");
  try {
    // Same Deno permissions for both servers; only the declared roots differ.
    const denoFlags = [`--allow-read=${outside}`];
    const without = await startMcpSession({ denoFlags });
    try {
      const r = await without.call("read_source", { path: `${outside}/lib.ts:2` });
      assert(r.isError);
      assertMatch(textOf(r), /outside the directories/);
    } finally {
      await without.close();
    }
    const withRoots = await startMcpSession({ denoFlags, roots: [outside] });
    try {
      // The server asks for roots right after initialisation; give it a moment.
      let r = await withRoots.call("read_source", { path: `${outside}/lib.ts:2`, context: 0 });
      for (let i = 0; i < 20 && r.isError; i++) {
        await new Promise((ok) => setTimeout(ok, 100));
        r = await withRoots.call("read_source", { path: `${outside}/lib.ts:2`, context: 0 });
      }
      assert(!r.isError, textOf(r));
      assertMatch(textOf(r), />2 \| export const b = 2;/);
    } finally {
      await withRoots.close();
    }
  } finally {
    await Deno.remove(outside, { recursive: true });
  }
});

Deno.test("the server runs under `npx -y deno@2.9.6 run …` (machines without Deno)", async () => {
  const mcp = await startMcpSession({ viaNpx: true });
  try {
    const { tools } = await mcp.client.listTools();
    assertEquals(tools.length, TOOL_NAMES.length);
    const r = await mcp.call("list_snapshots");
    assert(!r.isError, textOf(r));
  } finally {
    await mcp.close();
  }
});
