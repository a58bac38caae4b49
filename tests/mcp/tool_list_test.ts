/**
 * The short `tools/list`: input schemas keep what a caller needs (types, enums, defaults,
 * descriptions, upper bounds, strictness) and lose what only a validator needs; output
 * schemas are listed as an object; annotations drop the repeated title and default hints.
 */

import { z } from "zod";
import { listedAnnotations, listedTool } from "../../mcp/mod.ts";
import { strictArguments } from "../../mcp/mod.ts";
import { assertEquals } from "../support/assert.ts";

Deno.test("listedTool: what a caller needs, nothing a validator alone needs", () => {
  const spec = {
    name: "demo_tool",
    title: "Demo",
    description: "Does a thing.",
    inputSchema: {
      url: z.string().min(1).max(2048).describe("e.g. http://127.0.0.1/"),
      count: z.number().int().min(1).max(500).default(20),
      line: z.number().int().min(1).max(1_000_000_000).optional(),
      port: z.number().int().min(1).max(65535).optional(),
      headers: z.record(z.string().max(256), z.string().max(8192)).optional(),
      method: z.enum(["GET", "POST"]).default("GET"),
    },
    outputSchema: { n: z.number(), nested: z.object({ a: z.string() }) },
    annotations: {
      readOnlyHint: false,
      destructiveHint: false,
      idempotentHint: false,
      openWorldHint: false,
    },
  };
  const listed = listedTool(spec, strictArguments(spec.name, spec.inputSchema));
  assertEquals(listed.inputSchema, {
    type: "object",
    properties: {
      url: { type: "string", description: "e.g. http://127.0.0.1/" },
      count: { default: 20, type: "integer", maximum: 500 },
      line: { type: "integer" },
      port: { type: "integer" },
      headers: { type: "object", additionalProperties: { type: "string" } },
      method: { default: "GET", type: "string", enum: ["GET", "POST"] },
    },
    required: ["url"],
    additionalProperties: false,
  });
  assertEquals(listed.outputSchema, { type: "object" });
  assertEquals(listed.annotations, {
    readOnlyHint: false,
    destructiveHint: false,
    openWorldHint: false,
  });
});

Deno.test("listedAnnotations: a read-only tool says so; hints at their default are left out", () => {
  assertEquals(
    listedAnnotations({
      title: "x",
      readOnlyHint: true,
      destructiveHint: false,
      idempotentHint: true,
      openWorldHint: false,
    }),
    { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
  );
});
