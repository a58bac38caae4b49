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

Deno.test("registerTool: unknown or misspelt arguments are refused, naming the known ones", async () => {
  const { client, close } = await connectInProcess(serverWithEcho());
  try {
    const { tools } = await client.listTools();
    assertEquals(tools[0].inputSchema.additionalProperties, false, "clients see it too");
    const misspelt = await client.callTool({
      name: "echo",
      arguments: { word: "hi", stpes: 2 },
    }) as CallToolResult;
    assert(misspelt.isError);
    assertMatch(
      JSON.stringify(misspelt.content),
      /Unknown argument \\"stpes\\": echo takes word, fail, steps/,
    );
    const huge = await client.callTool({
      name: "echo",
      arguments: { word: "hi", ["k".repeat(100_000)]: 1, other: 2 },
    }) as CallToolResult;
    assert(huge.isError);
    const text = JSON.stringify(huge.content);
    assertMatch(text, /Unknown arguments \\"k{64}…\[100,000 characters\]\\", \\"other\\"/);
    assert(text.length < 1000, `${text.length} characters`);
  } finally {
    await close();
  }
});

Deno.test("registerTool: every answer fits the budget, errors too; long arguments are not echoed", async () => {
  const server = new McpServer({ name: "t", version: "0" });
  registerTool(
    server,
    {
      name: "big",
      title: "Big",
      description: "Answers as much as it is asked for.",
      inputSchema: { rows: z.number(), fail: z.boolean().default(false), name: z.string() },
      outputSchema: { name: z.string(), rows: z.array(z.object({ i: z.number(), s: z.string() })) },
      annotations: {},
    },
    (args) => {
      const rows = Array.from({ length: args.rows }, (_, i) => ({ i, s: "\u0002".repeat(50) }));
      if (args.fail) throw new Error(`${args.name} failed: ${"\u0001".repeat(300_000)}`);
      return Promise.resolve({
        text: rows.map((r) => `${r.i} ${r.s}`).join("\n"),
        structured: { name: args.name, rows },
      });
    },
    (e) => (e as Error).message,
  );
  const { client, close } = await connectInProcess(server);
  try {
    const name = "N".repeat(1_000_000);
    const ok = await client.callTool({
      name: "big",
      arguments: { rows: 10_000, name },
    }) as CallToolResult;
    assert(!ok.isError, JSON.stringify(ok.content).slice(0, 500));
    const wire = JSON.stringify(ok.content).length + JSON.stringify(ok.structuredContent).length;
    assert(wire <= 64 * 1024 + 200, `${wire} characters on the wire`);
    const structured = ok.structuredContent as { name: string; rows: unknown[] };
    assertEquals(structured.name, `${"N".repeat(64)}…[1,000,000 characters]`);
    assert(structured.rows.length < 10_000 && structured.rows.length > 10);
    assertMatch(JSON.stringify(ok.content), /rows shortened from 10000 to \d+ entries/);
    const failed = await client.callTool({
      name: "big",
      arguments: { rows: 1, name, fail: true },
    }) as CallToolResult;
    assert(failed.isError);
    const text = JSON.stringify(failed.content);
    assert(text.length <= 64 * 1024, `${text.length} characters`);
    assertMatch(
      text,
      /^\[\{"type":"text","text":"N{64}…\[1,000,000 characters\] failed: (\\u0001)+…\[cut/,
    );
  } finally {
    await close();
  }
});
