/**
 * `paused_program`: the program held at a breakpoint, `debugger;` or a step — its state
 * (stack at original lines, scopes), evaluation on a frame (only with --allow-eval), stepping,
 * resuming. Each action restarts the deadline after which the program resumes by itself.
 *
 * @module
 */

import { z } from "zod";
import { clip, type PausedState } from "../inspector/mod.ts";
import type { ToolAnnotations, ToolResult } from "../mcp/mod.ts";
import {
  asyncFrameShape,
  autoResumedShape,
  autoResumedText,
  checkExpression,
  debuggerOf,
  expressionArg,
  frameShape,
  variableShape,
} from "./debug_shapes.ts";
import { defineTool } from "./define.ts";
import { ToolError } from "./errors.ts";

const stateShape = z.object({
  reason: z.string(),
  hit: z.array(z.string()),
  pausedAt: z.string(),
  autoResumeAt: z.string(),
  frames: z.array(frameShape.extend({
    index: z.number(),
    scopes: z.array(z.object({
      type: z.string(),
      variables: z.array(variableShape),
      more: z.number(),
    })).optional(),
  })),
  asyncFrames: z.array(asyncFrameShape),
  exception: z.string().optional(),
});

const output = {
  paused: z.boolean(),
  state: stateShape.optional(),
  result: z.object({ value: z.string(), type: z.string() }).optional(),
  /** A step that let the program run on (it did not stop again in time). */
  ranOn: z.boolean().optional(),
  autoResumed: autoResumedShape.optional(),
};

/** What `paused_program` returns. */
export type PausedProgramResult = ToolResult<typeof output>;

/** `evaluate` runs code in the target: not read-only, possibly destructive. */
const RUNS_CODE: ToolAnnotations = {
  readOnlyHint: false,
  destructiveHint: true,
  idempotentHint: false,
  openWorldHint: false,
};

/** Variables per scope and characters per value in the text. */
const TEXT_VARIABLES = 12;
const TEXT_VALUE_CHARS = 100;
const TEXT_FRAMES = 8;

/** `paused_program`. */
export const pausedProgram = defineTool({
  name: "paused_program",
  title: "Paused program",
  description: "The program stopped at a breakpoint: state (stack, locals, closures), step, " +
    "resume, evaluate (needs --allow-eval). It resumes by itself after a deadline.",
  inputSchema: {
    action: z.enum(["state", "step", "resume", "evaluate"]),
    step: z.enum(["over", "into", "out"]).default("over"),
    expression: expressionArg.optional(),
    frame: z.number().int().min(0).max(1000).default(0),
  },
  outputSchema: output,
  annotations: RUNS_CODE,
  async handler(args, { host, signal }) {
    if (args.action === "evaluate" && !host.config.allowEval) {
      throw new ToolError(
        "evaluate runs code in the target, which this server does not allow.",
        "Restart the server with --allow-eval; meanwhile state shows every local and closure " +
          "variable, and logpoints evaluate side-effect free expressions.",
      );
    }
    if (args.action === "evaluate" && !args.expression) {
      throw new ToolError("evaluate needs expression.", 'Pass e.g. expression: "order.items".');
    }
    if (args.action === "evaluate") checkExpression(args.expression!, "expression");
    const { dbg } = await debuggerOf(host, {}, signal, false);
    const out: string[] = [];
    const structured: PausedProgramResult = { paused: false };
    if (args.action === "evaluate" && args.expression) {
      structured.result = await dbg.evaluate(args.expression, args.frame);
      out.push(`${clip(args.expression, 200)} = ${structured.result.value}`);
    } else if (args.action === "step") {
      const stopped = await dbg.step(args.step);
      if (!stopped) {
        structured.ranOn = true;
        out.push(`Stepped ${args.step}: the program ran on without stopping again (running).`);
      }
    } else if (args.action === "resume") {
      await dbg.resume();
      out.push("Resumed: the program runs.");
    }
    if (dbg.paused && args.action !== "resume") {
      structured.state = await dbg.state();
      out.push(...stateText(structured.state, args.action === "evaluate"));
    }
    structured.paused = dbg.paused;
    if (!dbg.paused && args.action === "state") out.push("The program is running (not paused).");
    const auto = dbg.takeAutoResumed();
    if (auto) {
      structured.autoResumed = auto;
      out.push(autoResumedText(auto)!);
    }
    return { text: out.join("\n"), structured };
  },
});

/** The held program as text: where, why, until when; frames with their variables. */
export function stateText(s: PausedState, brief: boolean): string[] {
  const top = s.frames[0];
  const why = s.hit.length ? `breakpoint ${s.hit.join(", ")}` : s.reason;
  const out = [
    `Paused (${why}) at ${top ? `${top.function} ${top.location}` : "?"} since ` +
    `${s.pausedAt.slice(11, 19)}; resumes by itself at ${s.autoResumeAt.slice(11, 19)} unless ` +
    "you step or resume.",
  ];
  if (s.exception) out.push(`Exception: ${s.exception}`);
  if (brief) return out;
  for (const f of s.frames.slice(0, TEXT_FRAMES)) {
    out.push(`#${f.index} ${f.function} ${f.location}`);
    for (const scope of f.scopes ?? []) {
      if (scope.variables.length === 0) continue;
      const vars = scope.variables.slice(0, TEXT_VARIABLES).map((v) =>
        `${v.name} = ${clip(v.value, TEXT_VALUE_CHARS)}`
      );
      const more = scope.variables.length - vars.length + scope.more;
      out.push(`   ${scope.type}: ${vars.join("; ")}${more > 0 ? `; … ${more} more` : ""}`);
    }
  }
  if (s.frames.length > TEXT_FRAMES) out.push(`… ${s.frames.length - TEXT_FRAMES} more frames`);
  if (s.asyncFrames.length) {
    out.push(
      `Async callers: ${s.asyncFrames.map((a) => `${a.function} ${a.location}`).join(" ← ")}`,
    );
  }
  return out;
}
