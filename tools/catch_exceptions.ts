/**
 * `catch_exceptions`: exceptions thrown in the target while a workload runs (or for a while),
 * each with its stack at original lines, its async callers, the throwing frame's locals and,
 * for a rejection nothing handled, the line that dropped the promise. Through investigation/.
 *
 * @module
 */

import { z } from "zod";
import { type CaughtException, clip } from "../inspector/mod.ts";
import { catchExceptions as runCatch, type ExceptionCatch } from "../investigation/mod.ts";
import type { ToolResult } from "../mcp/mod.ts";
import { describeWorkload } from "../workloads/mod.ts";
import { ACTS_ON_TARGET } from "./annotations.ts";
import {
  asyncFrameShape,
  autoResumeMs,
  debuggerOf,
  frameShape,
  targetArgs,
  variableShape,
} from "./debug_shapes.ts";
import { defineTool } from "./define.ts";
import { parseWorkload, toWorkload } from "./workload_shape.ts";

/** Exceptions described in the text at most (all in structuredContent). */
const TEXT_EXCEPTIONS = 5;

const output = {
  mode: z.enum(["uncaught", "all"]),
  target: z.string(),
  durationMs: z.number(),
  exceptions: z.array(z.object({
    n: z.number(),
    at: z.string(),
    kind: z.enum(["exception", "promiseRejection"]),
    uncaught: z.boolean(),
    message: z.string(),
    stack: z.array(frameShape),
    asyncStack: z.array(asyncFrameShape),
    localsOf: z.string().optional(),
    caller: z.object({ location: z.string(), function: z.string(), code: z.string() })
      .optional(),
    locals: z.array(variableShape),
  })),
  dropped: z.number(),
  runtimeOnly: z.number(),
  work: z.object({
    units: z.number(),
    succeeded: z.number(),
    failed: z.number(),
    elapsedMs: z.number(),
    statusCounts: z.record(z.string(), z.number()).optional(),
  }).optional(),
};

/** What `catch_exceptions` returns. */
export type CatchExceptionsResult = ToolResult<typeof output>;

/** `catch_exceptions`. */
export const catchExceptions = defineTool({
  name: "catch_exceptions",
  title: "Catch exceptions",
  description: "Exceptions thrown during a workload or durationMs: stack, async callers, " +
    "locals; for an unhandled rejection, the line that dropped the promise.",
  inputSchema: {
    mode: z.enum(["uncaught", "all"]).default("uncaught"),
    durationMs: z.number().int().min(0).max(600_000).default(10_000),
    // Listed loose (investigate_leak lists the shape), checked in full below.
    workload: z.unknown().optional().describe("As investigate_leak's"),
    ...targetArgs,
  },
  outputSchema: output,
  annotations: ACTS_ON_TARGET,
  async handler(args, { host, signal, progress }) {
    const workload = args.workload === undefined
      ? undefined
      : toWorkload(parseWorkload(args.workload), host.config.allowRemote);
    const { session } = await debuggerOf(host, args, signal);
    const run = await runCatch({
      session,
      settings: {
        allowEval: host.config.allowEval,
        autoResumeMs: autoResumeMs(host),
        cwd: host.cwd,
      },
      mode: args.mode,
      durationMs: args.durationMs,
      workload,
      firstIndex: host.templateIndex,
      signal,
      onProgress: progress,
    });
    host.templateIndex = run.nextIndex;
    const structured: CatchExceptionsResult = {
      mode: run.mode,
      target: run.target,
      durationMs: run.durationMs,
      exceptions: run.exceptions,
      dropped: run.dropped,
      runtimeOnly: run.runtimeOnly,
      ...(run.work
        ? {
          work: {
            units: run.work.units,
            succeeded: run.work.succeeded,
            failed: run.work.failed,
            elapsedMs: run.work.elapsedMs,
            ...(run.work.statusCounts ? { statusCounts: run.work.statusCounts } : {}),
          },
        }
        : {}),
    };
    return {
      text: catchText(run, workload ? describeWorkload(workload) : undefined),
      structured,
    };
  },
});

/** Headline, then each exception: where, async callers, locals, the dropped promise. */
export function catchText(run: ExceptionCatch, workload: string | undefined): string {
  const n = run.exceptions.length + run.dropped;
  const out = [
    `${n === 0 ? "No" : n} ${run.mode === "all" ? "" : "uncaught "}exception${
      n === 1 ? "" : "s"
    } ` +
    `in ${(run.durationMs / 1000).toFixed(1)} s on ${run.target}` +
    (workload && run.work
      ? ` during ${workload} (${run.work.succeeded}/${run.work.units} answered)`
      : "") +
    ".",
  ];
  if (run.runtimeOnly) out.push(`(${run.runtimeOnly} more inside the runtime's own code.)`);
  // The same exception from the same place is told once, with how often it was thrown.
  const groups = new Map<string, { first: CaughtException; count: number }>();
  for (const e of run.exceptions) {
    const key = `${e.kind} ${e.message} ${e.stack[0]?.location} ${e.caller?.location}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { first: e, count: 1 });
  }
  const shown = [...groups.values()];
  for (const g of shown.slice(0, TEXT_EXCEPTIONS)) out.push(...exceptionText(g.first, g.count));
  if (shown.length > TEXT_EXCEPTIONS) {
    out.push(
      `… ${shown.length - TEXT_EXCEPTIONS} other exceptions in structuredContent.exceptions`,
    );
  }
  if (run.dropped) out.push(`${run.dropped} more were thrown and not recorded.`);
  return out.join("\n");
}

function exceptionText(e: CaughtException, count: number): string[] {
  const kind = e.kind === "promiseRejection" ? "rejected promise" : "exception";
  const out = [
    `${e.n}. ${e.uncaught ? "uncaught " : ""}${kind}: ${e.message}` +
    (count > 1 ? ` (×${count}, the first shown)` : ""),
  ];
  const top = e.stack[0];
  if (top) out.push(`   thrown in ${top.function} ${top.location}`);
  if (e.stack.length > 1) {
    out.push(`   stack: ${e.stack.map((f) => `${f.function} ${f.location}`).join(" ← ")}`);
  }
  if (e.asyncStack.length) {
    out.push(
      `   async callers: ${e.asyncStack.map((f) => `${f.function} ${f.location}`).join(" ← ")}`,
    );
  }
  if (e.locals.length) {
    out.push(
      `   locals of ${e.localsOf}: ${
        e.locals.slice(0, 8).map((v) => `${v.name} = ${clip(v.value, 80)}`).join("; ")
      }`,
    );
  }
  if (e.caller) {
    out.push(
      `   Nothing handled this rejection. Its async caller ${e.caller.function} ` +
        `${e.caller.location} is \`${e.caller.code}\`: a call that is neither awaited, ` +
        "returned nor caught drops its promise (a missing await?).",
    );
  }
  return out;
}
