/**
 * How a tool is declared. Each tool module exports one {@link ToolDefinition}: name, description,
 * zod input and output shapes, annotations and a handler that resolves its arguments, calls a
 * lower layer and returns `{text, structured}`. `tools/mod.ts` registers them through `mcp/`.
 *
 * @module
 */

import type { z } from "zod";
import type { ToolArgs, ToolCall, ToolReply, ToolResult, ToolSpec } from "../mcp/mod.ts";
import type { ToolHost } from "./host.ts";

/** What a handler gets besides its arguments: the call (cancellation, progress) and the host. */
export interface ToolContext extends ToolCall {
  host: ToolHost;
}

/** A declarative tool. */
export interface ToolDefinition<
  N extends string,
  I extends z.ZodRawShape,
  O extends z.ZodRawShape,
> extends ToolSpec<I, O> {
  name: N;
  handler(args: ToolArgs<I>, ctx: ToolContext): Promise<ToolReply<ToolResult<O>>>;
}

/** Identity helper that infers the generic parameters of a definition. */
export function defineTool<
  N extends string,
  I extends z.ZodRawShape,
  O extends z.ZodRawShape,
>(def: ToolDefinition<N, I, O>): ToolDefinition<N, I, O> {
  return def;
}
