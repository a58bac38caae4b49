/**
 * `registerTool`, the glue between a tool and the SDK, over the real protocol in process: the
 * answer's text and structured result, an error turned into an `isError` result whose text the
 * caller writes, arguments validated by the input shape, and progress sent only when asked for.
 */

import { z } from "zod";
// @ts-types="@modelcontextprotocol/sdk/types"
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { McpServer, registerTool } from "../../mcp/mod.ts";
import { assert, assertEquals, assertMatch } from "../support/assert.ts";
import { connectInProcess } from "../support/mcp_inprocess.ts";

function serverWithEcho(): McpServer {
  const server = new McpServer({ name: "t", version: "0" });
  registerTool(
    server,
    {
      name: "echo",
      title: "Echo",
      description: "Echoes its word, or fails when asked to.",
      inputSchema: {
        word: z.string(),
        fail: z.boolean().default(false),
        steps: z.number().default(0),
      },
      outputSchema: { word: z.string(), length: z.number() },
      annotations: { readOnlyHint: true },
    },
    async (args, call) => {
      for (let i = 1; i <= args.steps; i++) call.phase(`step ${i}`);
      call.progress(args.steps, args.steps, "done");
      if (args.fail) throw new Error(`no ${args.word}`);
      await Promise.resolve();
      return {
        text: `said ${args.word}`,
        structured: { word: args.word, length: args.word.length },
      };
    },
    (e) => `failed: ${(e as Error).message}`,
  );
  return server;
}

Deno.test("registerTool: text and structured result; a thrown error is an isError result", async () => {
  const { client, close } = await connectInProcess(serverWithEcho());
  try {
    const { tools } = await client.listTools();
    assertEquals(tools.map((t) => t.name), ["echo"]);
    assertEquals(tools[0].annotations, { title: "Echo", readOnlyHint: true });
    assert(tools[0].outputSchema, "the output schema is listed");
    const ok = await client.callTool({ name: "echo", arguments: { word: "hi" } }) as CallToolResult;
    assertEquals(ok.content, [{ type: "text", text: "said hi" }]);
    assertEquals(ok.structuredContent, { word: "hi", length: 2 });
    const bad = await client.callTool({
      name: "echo",
      arguments: { word: "x", fail: true },
    }) as CallToolResult;
    assertEquals([bad.isError, bad.content], [true, [{ type: "text", text: "failed: no x" }]]);
    const invalid = await client.callTool({
      name: "echo",
      arguments: { word: 3 },
    }) as CallToolResult;
    assert(invalid.isError);
    assertMatch(JSON.stringify(invalid.content), /Invalid arguments for tool echo/);
  } finally {
    await close();
  }
});

Deno.test("registerTool: progress reaches a client that asked for it; phases are numbered", async () => {
  const { client, close } = await connectInProcess(serverWithEcho());
  try {
    const seen: { progress: number; message?: string }[] = [];
    await client.callTool({ name: "echo", arguments: { word: "a", steps: 1 } }, undefined, {
      onprogress: (p) => seen.push({ progress: p.progress, message: p.message }),
    });
    // The first phase and the finished step pass the throttle.
    assertEquals(seen, [{ progress: 1, message: "step 1" }, { progress: 1, message: "done" }]);
  } finally {
    await close();
  }
});
