/**
 * How a tool is declared and registered. Each tool module exports one {@link ToolDefinition}:
 * name, description, zod input and output shapes, annotations and a handler that returns
 * `{text, structured}`. {@link registerTool} adapts it to the SDK: validation, progress
 * notifications, and turning any thrown error into an `isError` result with a next step, so one
 * failed call never takes the server down.
 *
 * @module
 */

import type { z } from "zod";
import type {
  CallToolResult,
  McpServer,
  RequestHandlerExtra,
  ServerNotification,
  ServerRequest,
  ToolAnnotations,
} from "../server/sdk.ts";
import type { ServerState } from "../server/state.ts";
import { InspectorError } from "../inspector/mod.ts";
import { ToolError } from "./errors.ts";

/** What a handler gets besides its arguments. */
export interface ToolContext {
  state: ServerState;
  /** Aborted when the client cancels the request. */
  signal: AbortSignal;
  /** Sends `notifications/progress` when the client asked for it (throttled); no-op otherwise. */
  progress(done: number, total?: number, message?: string): void;
  /** Progress for work told in phases with no total (the engine's messages): numbered 1, 2, … */
  phase(message: string): void;
}

/** A handler's answer: short text for the model, structured data matching `outputSchema`. */
export interface ToolOutput<O> {
  text: string;
  structured: O;
}

/** A declarative tool. */
export interface ToolDefinition<I extends z.ZodRawShape, O extends z.ZodRawShape> {
  name: string;
  title: string;
  description: string;
  inputSchema: I;
  outputSchema: O;
  annotations: ToolAnnotations;
  handler(
    args: z.infer<z.ZodObject<I>>,
    ctx: ToolContext,
  ): Promise<ToolOutput<z.infer<z.ZodObject<O>>>>;
}

/** Identity helper that infers the generic parameters of a definition. */
export function defineTool<I extends z.ZodRawShape, O extends z.ZodRawShape>(
  def: ToolDefinition<I, O>,
): ToolDefinition<I, O> {
  return def;
}

type Extra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/** Registers `def` on `server`, wiring context, progress and error handling. */
export function registerTool<I extends z.ZodRawShape, O extends z.ZodRawShape>(
  server: McpServer,
  state: ServerState,
  def: ToolDefinition<I, O>,
): void {
  const callback = async (args: z.infer<z.ZodObject<I>>, extra: Extra): Promise<CallToolResult> => {
    const progress = progressSender(extra);
    let phases = 0;
    const ctx: ToolContext = {
      state,
      signal: extra.signal,
      progress,
      phase: (message) => progress(++phases, undefined, message),
    };
    try {
      const out = await def.handler(args, ctx);
      return {
        content: [{ type: "text", text: out.text }],
        structuredContent: out.structured as Record<string, unknown>,
      };
    } catch (e) {
      return errorResult(def.name, e);
    }
  };
  server.registerTool(
    def.name,
    {
      title: def.title,
      description: def.description,
      inputSchema: def.inputSchema,
      outputSchema: def.outputSchema,
      annotations: { title: def.title, ...def.annotations },
    },
    // The SDK's callback type is generic over its own shape helpers; the shapes are the same.
    callback as unknown as Parameters<McpServer["registerTool"]>[2],
  );
}

/** Renders any error as an `isError` result: what failed, then the next step when known. */
export function errorResult(tool: string, e: unknown): CallToolResult {
  let text: string;
  if (e instanceof ToolError || e instanceof InspectorError) {
    text = e.hint ? `${e.message}\nNext step: ${e.hint}` : e.message;
  } else if (e instanceof Error && e.name === "SnapshotParseError") {
    text = `${e.message}\nNext step: the file is not a whole V8 heap snapshot (truncated, or not ` +
      "a snapshot). Capture it again with capture_snapshot, or pick another file from list_snapshots.";
  } else if (e instanceof Deno.errors.NotCapable || e instanceof Deno.errors.PermissionDenied) {
    text = `${(e as Error).message}\nNext step: the server's Deno permissions do not allow this; ` +
      "add the matching --allow-read/--allow-write/--allow-net entry to its command in the MCP config.";
  } else {
    const msg = e instanceof Error ? e.message : String(e);
    text = `${tool} failed: ${msg}`;
    console.error(`[deno-debugger] ${tool} failed:`, e);
  }
  return { isError: true, content: [{ type: "text", text }] };
}

function progressSender(extra: Extra): ToolContext["progress"] {
  const token = extra._meta?.progressToken;
  if (token === undefined) return () => {};
  let last = 0;
  let lastDone = -1;
  return (done, total, message) => {
    const now = Date.now();
    const finished = total !== undefined && done >= total;
    // Throttle: V8 reports progress every few thousand nodes.
    if (!finished && (now - last < 100 || done === lastDone)) return;
    last = now;
    lastDone = done;
    extra.sendNotification({
      method: "notifications/progress",
      params: { progressToken: token, progress: done, total, message },
    }).catch(() => {});
  };
}
