/**
 * What `tools/list` says of each tool, kept short: every client sends the whole list to its
 * model with every request, so each character costs. Input schemas as the server checks
 * them, without what only a validator needs (length bounds, key rules, a lower bound the
 * type implies); output schemas as what they all are, an object; annotations without the
 * title repeated and without hints that say their default. The server still checks every argument
 * and every answer against the full schemas.
 *
 * @module
 */

import { z } from "zod";
import { ListToolsRequestSchema, type McpServer, type Tool, type ToolAnnotations } from "./sdk.ts";
import type { ToolSpec } from "./tool.ts";

/** A JSON schema node, as zod writes it. */
type Json = { [key: string]: unknown };

/** Keys only a validator needs; the server validates with the full schema anyway. */
const VALIDATOR_ONLY = new Set(["$schema", "minLength", "maxLength", "propertyNames"]);

/** An input schema for the listing: the full rules minus validator-only detail. */
export function listedInputSchema(schema: z.ZodType): Tool["inputSchema"] {
  return strip(z.toJSONSchema(schema, { target: "draft-7", io: "input" }) as Json) as Tool[
    "inputSchema"
  ];
}

function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (!node || typeof node !== "object") return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) {
    if (VALIDATOR_ONLY.has(k)) continue;
    // A lower bound of 0 or 1 on a count says nothing the type does not, nor an upper bound
    // no one would reach (a line number's 1e9) or a port's.
    if (k === "minimum" && (v === 0 || v === 1)) continue;
    if (k === "maximum" && typeof v === "number" && (v >= 1e9 || v === 65535)) continue;
    out[k] = k === "properties"
      ? Object.fromEntries(
        Object.entries(v as Json).map(([name, p]) => [name, strip(p)]),
      )
      : strip(v);
  }
  return out;
}

/**
 * The output schema as listed: an object, the one thing every answer's structured content
 * is (its fields are the tool's documented result type; the server checks each answer against
 * the full schema, and a model reads the text).
 */
export const LISTED_OUTPUT_SCHEMA: Tool["outputSchema"] = { type: "object" };

/** Annotations without the title (the tool has it) and without hints at their default. */
export function listedAnnotations(a: ToolAnnotations): ToolAnnotations {
  const out: ToolAnnotations = { readOnlyHint: a.readOnlyHint ?? false };
  if (!out.readOnlyHint && a.destructiveHint === false) out.destructiveHint = false;
  if (a.idempotentHint) out.idempotentHint = true;
  out.openWorldHint = a.openWorldHint ?? true;
  return out;
}

/** One tool as `tools/list` shows it. */
export function listedTool<I extends z.ZodRawShape, O extends z.ZodRawShape>(
  spec: ToolSpec<I, O>,
  inputSchema: z.ZodType,
): Tool {
  return {
    name: spec.name,
    title: spec.title,
    description: spec.description,
    inputSchema: listedInputSchema(inputSchema),
    outputSchema: LISTED_OUTPUT_SCHEMA,
    annotations: listedAnnotations(spec.annotations),
  };
}

/** Answers `tools/list` on `server` with `tools` (replacing the SDK's longer listing). */
export function serveToolList(server: McpServer, tools: Tool[]): void {
  server.server.setRequestHandler(ListToolsRequestSchema, () => ({ tools }));
}
