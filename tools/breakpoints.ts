/**
 * `breakpoints` (set, remove, list) and `logpoints` (add, hits, remove): points at original
 * `file:line` in the running target, through the session's debugger.
 *
 * @module
 */

import { z } from "zod";
import { clip, type LogpointHit, MAX_LOGPOINT_HITS } from "../inspector/mod.ts";
import type { ToolResult } from "../mcp/mod.ts";
import { ACTS_ON_TARGET } from "./annotations.ts";
import {
  autoResumedShape,
  autoResumedText,
  autoResumeMs,
  breakpointShape,
  checkExpression,
  debuggerOf,
  expressionArg,
  fileAndLine,
  fileArg,
  hitShape,
  lineArg,
  pointText,
  targetArgs,
} from "./debug_shapes.ts";
import { defineTool } from "./define.ts";
import { ToolError } from "./errors.ts";

const idArg = z.string().min(1).max(40);

const breakpointsOutput = {
  breakpoints: z.array(breakpointShape),
  changed: breakpointShape.optional(),
  paused: z.boolean(),
  autoResumed: autoResumedShape.optional(),
};

/** What `breakpoints` returns. */
export type BreakpointsResult = ToolResult<typeof breakpointsOutput>;

/** `breakpoints`. */
export const breakpoints = defineTool({
  name: "breakpoints",
  title: "Breakpoints",
  description: "set (file:line, condition?), remove (id), list. A program stopped there is " +
    "held for paused_program.",
  inputSchema: {
    action: z.enum(["set", "remove", "list"]),
    file: fileArg.optional(),
    line: lineArg.optional(),
    condition: expressionArg.optional(),
    id: idArg.optional(),
    ...targetArgs,
  },
  outputSchema: breakpointsOutput,
  annotations: ACTS_ON_TARGET,
  async handler(args, { host, signal }) {
    // Arguments are checked before anything connects.
    const at = args.action === "set" ? fileAndLine(args.file, args.line, "set") : undefined;
    if (at && args.condition) checkExpression(args.condition, "condition");
    if (args.action === "remove" && !args.id) {
      throw new ToolError("remove needs id.", "Pass the id set or list gave.");
    }
    const { dbg } = await debuggerOf(host, args, signal);
    const out: string[] = [];
    let changed;
    if (at) {
      changed = await dbg.set({ ...at, condition: args.condition });
      out.push(
        `Set ${pointText(changed)}.`,
        `When the program stops there, paused_program shows it; it is resumed automatically ` +
          `${autoResumeMs(host) / 1000} s after the last action on it.` +
          (args.condition && !host.config.allowEval
            ? " The condition runs side-effect free (the program stops briefly at each pass)."
            : ""),
      );
    } else if (args.action === "remove") {
      changed = await dbg.remove(args.id!);
      out.push(`Removed ${changed.id} ${changed.location}.`);
    }
    const all = dbg.list().filter((p) => p.kind === "breakpoint");
    if (args.action === "list") {
      out.push(all.length ? "Breakpoints:" : "No breakpoints.");
      for (const p of all) out.push(`- ${pointText(p)}`);
    }
    if (dbg.paused) out.push('The program is paused now: paused_program {action: "state"}.');
    const auto = dbg.takeAutoResumed();
    const note = autoResumedText(auto);
    if (note) out.push(note);
    const structured: BreakpointsResult = {
      breakpoints: all,
      ...(changed ? { changed } : {}),
      paused: dbg.paused,
      ...(auto ? { autoResumed: auto } : {}),
    };
    return { text: out.join("\n"), structured };
  },
});

/** Hits listed in the text at most (all of them are in structuredContent). */
const TEXT_HITS = 40;
/** Hits returned in one answer at most. */
const MAX_RETURNED_HITS = 200;

const logpointsOutput = {
  logpoints: z.array(breakpointShape),
  changed: breakpointShape.optional(),
  hits: z.array(hitShape),
  /** Hits not returned (beyond the answer's bound). */
  more: z.number(),
};

/** What `logpoints` returns. */
export type LogpointsResult = ToolResult<typeof logpointsOutput>;

/** `logpoints`. */
export const logpoints = defineTool({
  name: "logpoints",
  title: "Logpoints",
  description: "add: record expressions each time file:line runs, without pausing (side-effect " +
    "free unless --allow-eval). hits: the values in order, with time and async caller. remove.",
  inputSchema: {
    action: z.enum(["add", "hits", "remove"]),
    file: fileArg.optional(),
    line: lineArg.optional(),
    expressions: z.array(expressionArg).min(1).max(10).optional(),
    condition: expressionArg.optional(),
    maxHits: z.number().int().min(1).max(MAX_LOGPOINT_HITS).default(100),
    afterSeq: z.number().int().min(0).optional().describe("hits: only those after this seq"),
    id: idArg.optional(),
    ...targetArgs,
  },
  outputSchema: logpointsOutput,
  annotations: ACTS_ON_TARGET,
  async handler(args, { host, signal }) {
    // Arguments are checked before anything connects.
    const at = args.action === "add" ? fileAndLine(args.file, args.line, "add") : undefined;
    if (at && !args.expressions) {
      throw new ToolError("add needs expressions.", 'Pass e.g. expressions: ["order.id"].');
    }
    if (at) {
      args.expressions?.forEach((e, i) => checkExpression(e, `expressions[${i}]`));
      if (args.condition) checkExpression(args.condition, "condition");
    }
    if (args.action === "remove" && !args.id) {
      throw new ToolError("remove needs id.", "Pass the id add or hits gave.");
    }
    const { dbg } = await debuggerOf(host, args, signal);
    const out: string[] = [];
    let changed;
    let hits: LogpointHit[] = [];
    if (at && args.expressions) {
      changed = await dbg.set({
        ...at,
        condition: args.condition,
        log: { expressions: args.expressions, maxHits: args.maxHits },
      });
      out.push(
        `Added ${pointText(changed)}.`,
        'Make that code run (a workload, send_http_requests), then logpoints {action: "hits"}. ' +
          "Each hit stops the program briefly (a few ms on Deno, ~40 ms on Node).",
      );
    } else if (args.action === "remove") {
      changed = await dbg.remove(args.id!);
      out.push(`Removed ${changed.id} ${changed.location} (${changed.hits} hits).`);
    } else {
      hits = (await dbg.hits(args.id)).filter((h) => h.seq > (args.afterSeq ?? 0));
      const points = dbg.list().filter((p) => p.kind === "logpoint");
      out.push(...points.map((p) => `${pointText(p)}`));
      out.push(...hitsTable(hits, TEXT_HITS));
    }
    const shown = hits.slice(0, MAX_RETURNED_HITS);
    const structured: LogpointsResult = {
      logpoints: dbg.list().filter((p) => p.kind === "logpoint"),
      ...(changed ? { changed } : {}),
      hits: shown,
      more: hits.length - shown.length,
    };
    return { text: out.join("\n"), structured };
  },
});

/** The hits as a table: `#  time  logpoint  values  frame ← async caller`. */
export function hitsTable(hits: LogpointHit[], max: number): string[] {
  if (hits.length === 0) return ["No hits yet: has the code run since the logpoint was added?"];
  const rows = hits.slice(0, max).map((h) =>
    `${h.seq} ${h.at.slice(11, 23)} ${h.logpoint} ${
      h.values.map((v) => `${clip(v.name, 30)}=${clip(v.value, 60)}`).join(" ")
    } | ${h.frame}${h.asyncFrame ? ` ← ${h.asyncFrame}` : ""}`
  );
  return [
    ...valueCounts(hits),
    `${hits.length} hit${hits.length === 1 ? "" : "s"} in order (seq time logpoint values | ` +
    "frame ← async caller):",
    ...rows,
    ...(hits.length > max
      ? [`… ${hits.length - max} more: hits {afterSeq: ${hits[max - 1].seq}} pages on`]
      : []),
  ];
}

/** Hits from which values are counted before the table. */
const COUNT_FROM_HITS = 10;
/** Values shown per expression, most frequent first. */
const COUNTED_VALUES = 5;

/**
 * Per expression, its values by how often they came (`_type: PROMISE ×22, TickObject ×5`):
 * many hits read at a glance. Only with enough hits; an expression whose every value differs
 * says so instead.
 */
function valueCounts(hits: LogpointHit[]): string[] {
  if (hits.length < COUNT_FROM_HITS) return [];
  const byName = new Map<string, Map<string, number>>();
  for (const h of hits) {
    for (const v of h.values) {
      const counts = byName.get(v.name) ?? new Map<string, number>();
      const value = clip(v.value, 40);
      counts.set(value, (counts.get(value) ?? 0) + 1);
      byName.set(v.name, counts);
    }
  }
  const lines = [...byName].map(([name, counts]) => {
    if (counts.size === hits.length) return `  ${clip(name, 30)}: all ${counts.size} differ`;
    const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, COUNTED_VALUES);
    const rest = counts.size - top.length;
    return `  ${clip(name, 30)}: ${top.map(([v, n]) => `${v} ×${n}`).join(", ")}${
      rest > 0 ? `, ${rest} other values` : ""
    }`;
  });
  return [`Values over ${hits.length} hits:`, ...lines];
}
