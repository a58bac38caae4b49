/**
 * What the Pattern C tools share: the zod shapes of breakpoints, hits, frames and exceptions
 * (one schema each; the tools' result types derive from them), the target's debugger with the
 * server's settings applied, a `file` argument read as findings print it, and short text.
 *
 * @module
 */

import { z } from "zod";
import {
  type AutoResumed,
  type BreakpointInfo,
  DEFAULT_AUTO_RESUME_MS,
  type InspectorSession,
  type TargetDebugger,
} from "../inspector/mod.ts";
import type { ToolHost } from "./host.ts";
import { requireSession, sessionFor } from "./inspector_tools.ts";
import { parseSourceRef } from "./read_source.ts";
import { ToolError } from "./errors.ts";
import { MAX_PATH_CHARS } from "./argument_shapes.ts";

export const variableShape = z.object({ name: z.string(), value: z.string() });

export const frameShape = z.object({
  function: z.string(),
  location: z.string(),
  url: z.string(),
  line: z.number(),
  column: z.number(),
});

export const asyncFrameShape = frameShape.extend({ waits: z.string() });

export const breakpointShape = z.object({
  id: z.string(),
  kind: z.enum(["breakpoint", "logpoint"]),
  location: z.string(),
  requestedLine: z.number().optional(),
  condition: z.string().optional(),
  expressions: z.array(z.string()).optional(),
  maxHits: z.number().optional(),
  hits: z.number(),
  active: z.boolean(),
  lastError: z.string().optional(),
});

export const hitShape = z.object({
  seq: z.number(),
  logpoint: z.string(),
  at: z.string(),
  values: z.array(variableShape),
  frame: z.string(),
  asyncFrame: z.string().optional(),
});

export const autoResumedShape = z.object({
  at: z.string(),
  location: z.string(),
  afterMs: z.number(),
});

/** The `port` argument: connect when not connected (or to another local target). */
export const targetArgs = {
  port: z.number().int().min(1).max(65535).optional(),
};

/** `file`: a path or `file:line` as findings print it. */
export const fileArg = z.string().min(1).max(MAX_PATH_CHARS).describe("path or file:line");
export const lineArg = z.number().int().min(1).max(1_000_000_000);
/** An expression evaluated in the target. */
export const expressionArg = z.string().min(1).max(2000);

/**
 * The session's debugger, with the server's settings applied; connects first when `args`
 * allows it (`connect: false`: only the current session — nothing is paused in a new one).
 */
export async function debuggerOf(
  host: ToolHost,
  args: { port?: number },
  signal: AbortSignal,
  connect = true,
): Promise<{ session: InspectorSession; dbg: TargetDebugger }> {
  const session = connect ? await sessionFor(host, args, signal) : requireSession(host);
  const dbg = session.debugger;
  dbg.configure({
    allowEval: host.config.allowEval,
    autoResumeMs: autoResumeMs(host),
    cwd: host.cwd,
  });
  return { session, dbg };
}

export function autoResumeMs(host: ToolHost): number {
  return host.config.autoResumeMs ?? DEFAULT_AUTO_RESUME_MS;
}

/** `file` and `line` from `app.ts:68` or `{file: "app.ts", line: 68}`; one line, not two. */
export function fileAndLine(file: string | undefined, line: number | undefined, action: string) {
  if (file === undefined) {
    throw new ToolError(`${action} needs file (and line).`, 'Pass e.g. file: "src/app.ts:68".');
  }
  const ref = parseSourceRef(file);
  if (ref.line !== undefined && line !== undefined && ref.line !== line) {
    throw new ToolError(
      `file says line ${ref.line} and line says ${line}.`,
      "Give the line once: in file (app.ts:68) or in line.",
    );
  }
  const at = ref.line ?? line;
  if (at === undefined) {
    throw new ToolError(`${action} needs a line.`, `Pass file: "${ref.path}:<line>" or line.`);
  }
  return { file: ref.path, line: at };
}

/** `bp1 app.ts:69 if x > 1 (2 hits)`. */
export function pointText(p: BreakpointInfo): string {
  const parts = [`${p.id} ${p.location}`];
  if (p.requestedLine) parts.push(`(line ${p.requestedLine} has no code: the next that has)`);
  if (p.expressions) parts.push(`[${p.expressions.join(", ")}]`);
  if (p.condition) parts.push(`if ${p.condition}`);
  parts.push(
    `— ${p.hits} hit${p.hits === 1 ? "" : "s"}${p.maxHits ? ` of at most ${p.maxHits}` : ""}` +
      (p.active ? "" : ", done"),
  );
  if (p.lastError) parts.push(`(last error: ${p.lastError})`);
  return parts.join(" ");
}

/** The sentence about a hold resumed by its deadline, when one was. */
export function autoResumedText(a: AutoResumed | undefined): string | undefined {
  return a
    ? `Note: the program was resumed automatically at ${a.at.slice(11, 19)} after ` +
      `${Math.round(a.afterMs / 1000)} s paused at ${a.location} (no action on it in time).`
    : undefined;
}

/**
 * Refuses an expression that is not JavaScript before it reaches the target (where every stop
 * would fail on it). Compiled here, never run: a method body takes what V8's evaluation does,
 * in a class declaring the private names it reads (`this.#pending.size` evaluates in a paused
 * method of the class that declares `#pending`; outside a class it would not compile).
 */
export function checkExpression(text: string, what: string): void {
  const privateNames = new Set(text.match(/#[A-Za-z_$][\w$]*/g) ?? []);
  const fields = [...privateNames].map((name) => `${name};`).join(" ");
  try {
    new Function(`(class { ${fields} check() {\n${text}\n} })`);
  } catch (e) {
    throw new ToolError(
      `${what} is not valid JavaScript: ${(e as Error).message} (${
        JSON.stringify(
          text.length > 80 ? `${text.slice(0, 80)}…` : text,
        )
      }).`,
      "Pass a JavaScript expression over the variables at that line, e.g. order.items.length.",
    );
  }
}
