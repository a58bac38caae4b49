/**
 * The SDK side of a tool: what a tool declares to MCP ({@link ToolSpec}), what one call can do
 * besides its arguments ({@link ToolCall}: cancellation, progress), and {@link registerTool},
 * which wires a handler to an `McpServer` — arguments checked strictly (an unknown or misspelt
 * one is refused, naming the known ones), progress notifications, every answer held to the one
 * size budget of `response_budget.ts`, and any thrown error turned into an `isError` result so
 * one failed call never takes the server down. Knows nothing of the tools themselves: a tool
 * added later gets all of this by being registered here.
 *
 * @module
 */

import { z } from "zod";
import { ANSWER_BUDGET_CHARS, fitAnswer, shortQuote } from "./response_budget.ts";
import type {
  CallToolResult,
  McpServer,
  RequestHandlerExtra,
  ServerNotification,
  ServerRequest,
  Tool,
  ToolAnnotations,
} from "./sdk.ts";
import { listedTool } from "./tool_list.ts";

/** What MCP lists for a tool: its name, texts, zod input and output shapes, annotations. */
export interface ToolSpec<I extends z.ZodRawShape, O extends z.ZodRawShape> {
  name: string;
  title: string;
  description: string;
  inputSchema: I;
  outputSchema: O;
  annotations: ToolAnnotations;
}

/** A tool's arguments, as its input shape parses them. */
export type ToolArgs<I extends z.ZodRawShape> = z.infer<z.ZodObject<I>>;

/** A tool's structured result, as its output shape describes it. */
export type ToolResult<O extends z.ZodRawShape> = z.infer<z.ZodObject<O>>;

/** A handler's answer: short text for the model, structured data matching `outputSchema`. */
export interface ToolReply<S> {
  text: string;
  structured: S;
}

/** What one call can do besides reading its arguments. */
export interface ToolCall {
  /** Aborted when the client cancels the request. */
  signal: AbortSignal;
  /** Sends `notifications/progress` when the client asked for it (throttled); no-op otherwise. */
  progress(done: number, total?: number, message?: string): void;
  /** Progress for work told in phases with no total (the engine's messages): numbered 1, 2, … */
  phase(message: string): void;
}

type Extra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/**
 * Registers `spec` on `server`: each call runs `run` and answers with its text and structured
 * result; an error `run` throws becomes an `isError` result whose text `describeError` writes.
 * Returns the tool as `tools/list` shows it (tool_list.ts), for {@link serveToolList}.
 */
export function registerTool<I extends z.ZodRawShape, O extends z.ZodRawShape>(
  server: McpServer,
  spec: ToolSpec<I, O>,
  run: (args: ToolArgs<I>, call: ToolCall) => Promise<ToolReply<ToolResult<O>>>,
  describeError: (e: unknown) => string,
): Tool {
  const callback = async (args: ToolArgs<I>, extra: Extra): Promise<CallToolResult> => {
    const progress = progressSender(extra);
    let phases = 0;
    const call: ToolCall = {
      signal: extra.signal,
      progress,
      phase: (message) => progress(++phases, undefined, message),
    };
    let answer: { text: string; structured?: ToolResult<O> };
    let isError = false;
    try {
      answer = await run(args, call);
    } catch (e) {
      answer = { text: describeError(e) };
      isError = true;
    }
    const fitted = fitAnswer(answer, args);
    if (!fitted.fits) {
      return errorResult(
        `${spec.name} made an answer over the ${ANSWER_BUDGET_CHARS}-character budget even ` +
          "after cutting it.\nNext step: ask for less (a smaller top, limit or count).",
      );
    }
    if (isError) return errorResult(fitted.text);
    return {
      content: [{ type: "text", text: fitted.text }],
      structuredContent: fitted.structured,
    };
  };
  const inputSchema = strictArguments(spec.name, spec.inputSchema);
  server.registerTool(
    spec.name,
    {
      title: spec.title,
      description: spec.description,
      inputSchema,
      outputSchema: spec.outputSchema,
      annotations: { title: spec.title, ...spec.annotations },
    },
    // The SDK types its callback through a conditional type over the input shape, which
    // TypeScript cannot resolve for a generic shape; the shapes are the same ones.
    callback as unknown as Parameters<McpServer["registerTool"]>[2],
  );
  return listedTool(spec, inputSchema);
}

function errorResult(text: string): CallToolResult {
  return { isError: true, content: [{ type: "text", text }] };
}

/**
 * The input shape as an object that refuses keys it does not declare (zod drops them silently
 * by default, so a misspelt `limt: 50` would run with the default), saying which it takes.
 */
export function strictArguments<I extends z.ZodRawShape>(
  tool: string,
  shape: I,
): z.ZodObject<I, z.core.$strict> {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== "unrecognized_keys") return undefined;
      const names = issue.keys.map((k) => JSON.stringify(k.length > 64 ? shortQuote(k) : k));
      return `Unknown argument${names.length > 1 ? "s" : ""} ${names.join(", ")}: ${tool} ` +
        (known.length ? `takes ${known.join(", ")}` : "takes no arguments");
    },
  });
}

function progressSender(extra: Extra): ToolCall["progress"] {
  const token = extra._meta?.progressToken;
  if (token === undefined) return () => {};
  let last = 0;
  let lastDone = -1;
  return (done, total, message) => {
    const now = Date.now();
    const finished = total !== undefined && done >= total;
    // A whole number reached is a phase done (investigate_leak): always told.
    const milestone = Number.isInteger(done) && done !== lastDone;
    // Throttle: V8 reports progress every few thousand nodes.
    if (!finished && !milestone && (now - last < 100 || done === lastDone)) return;
    last = now;
    lastDone = done;
    extra.sendNotification({
      method: "notifications/progress",
      params: { progressToken: token, progress: done, total, message },
    }).catch(() => {});
  };
}
