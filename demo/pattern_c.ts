/**
 * `deno task demo --pattern=c`: Pattern C through the MCP tools on scenario 3, the order
 * service. Each build (buggy, then fixed) is started with the inspector on free ports; a
 * logpoint goes on the line after an order is read and one on the line that writes it back,
 * concurrent item adds run on one order, and the hits in order show the lost update (two reads
 * of one version before either write); then `catch_exceptions` during a checkout of more stock
 * than there is names the line that dropped the promise. The findings and a logpoint table go
 * to `<out>/pattern-c/` (report.md, findings.json).
 *
 * The demo knows the scenario (which lines to log, which requests to send); the tools do not.
 *
 * @module
 */

import type { CatchExceptionsResult, LogpointsResult } from "../tools/mod.ts";
import type { McpSession } from "./mcp_client.ts";
import { inspectedAppPorts, type ProcessGroup, startInspectedApp } from "./processes.ts";
import type { StepRunner } from "./investigation.ts";
import type { Style } from "./terminal.ts";

/** Item adds on one order, eight at a time: the race shows within the first few. */
const ADDS = 16;
const CONCURRENCY = 8;
/** What each logpoint records. */
const EXPRESSIONS = ["order.id", "order.version"];

/** Steps {@link runPatternC} prints per build (the server's and the report's are the caller's). */
export const PATTERN_C_STEPS = 2 * 5;

type Hit = LogpointsResult["hits"][number];

/** One build's run: where the logpoints were, their hits, the doubles, the exceptions. */
export interface PatternCRun {
  app: string;
  readAt: string;
  writeAt: string;
  reads: string;
  writes: string;
  hits: Hit[];
  /** `id@version` read twice before the write that follows the first read. */
  doubleReads: string[];
  items: { added: number; inOrder: number };
  exceptions: { text: string; result: CatchExceptionsResult };
}

/** What the report shows. */
export interface PatternCFindings {
  generatedAt: string;
  elapsedMs: number;
  buggy: PatternCRun;
  fixed: PatternCRun;
  steps: { name: string; ms: number }[];
}

/** What the run needs from the demo's driver. */
export interface PatternCContext {
  root: string;
  mcp: McpSession;
  group: ProcessGroup;
  step: StepRunner;
  style: Style;
  verbose: boolean;
}

/** Runs Pattern C on both builds (see the module doc); every service is stopped on return. */
export async function runPatternC(
  ctx: PatternCContext,
): Promise<Pick<PatternCFindings, "buggy" | "fixed">> {
  const buggy = await runOne(ctx, "scenario-3/app.ts");
  const fixed = await runOne(ctx, "scenario-3/app_fixed.ts");
  return { buggy, fixed };
}

async function runOne(ctx: PatternCContext, app: string): Promise<PatternCRun> {
  const { mcp, step } = ctx;
  const source = await Deno.readTextFile(`${ctx.root}/${app}`);
  const readLine = lineOf(source, 'await db.get("orders", orderId)', "function addItem") + 1;
  const writeLine = lineOf(source, 'await db.put("orders", order)', "function addItem");
  const { port, inspectPort } = inspectedAppPorts();
  const base = `http://127.0.0.1:${port}`;
  const proc = await step(
    `start ${app} (--inspect=127.0.0.1:${inspectPort}, --port=${port})`,
    async () => {
      const p = await startInspectedApp(ctx.group, {
        name: `order service (${app})`,
        app,
        cwd: ctx.root,
        port,
        inspectPort,
        onLine: ctx.verbose ? (l) => console.log(ctx.style.dim(`      ${app}> ${l}`)) : undefined,
      });
      return { value: p, detail: `pid ${p.pid}` };
    },
  );
  try {
    const [reads, writes] = await step(
      `logpoints add ${app}:${readLine} (after the read) and :${writeLine} (the write)`,
      async () => {
        const ids: string[] = [];
        for (const line of [readLine, writeLine]) {
          const r = await mcp.call<LogpointsResult>("logpoints", {
            action: "add",
            port: inspectPort,
            file: `${app}:${line}`,
            expressions: EXPRESSIONS,
          });
          ids.push(r.structured.changed!.id);
        }
        return { value: ids, detail: `${ids.join(", ")} [${EXPRESSIONS.join(", ")}]` };
      },
    );
    await step(
      `send_http_requests: ${ADDS} item adds to order 1001, ${CONCURRENCY} at a time`,
      async () => {
        const r = await mcp.call<{ statusCounts: Record<string, number> }>("send_http_requests", {
          url: `${base}/orders/1001/items`,
          method: "POST",
          body: '{"sku":"sku-1"}',
          count: ADDS,
          concurrency: CONCURRENCY,
        });
        return { value: r.structured, detail: JSON.stringify(r.structured.statusCounts) };
      },
    );
    const { hits, doubles, inOrder } = await step("logpoints hits (then remove both)", async () => {
      const r = await mcp.call<LogpointsResult>("logpoints", { action: "hits" });
      for (const id of [reads, writes]) await mcp.call("logpoints", { action: "remove", id });
      const res = await fetch(`${base}/orders/1001`);
      const order = await res.json();
      const doubles = doubleReads(r.structured.hits, reads, writes);
      return {
        value: { hits: r.structured.hits, doubles, inOrder: order.items.length as number },
        detail: `${r.structured.hits.length} hits; ${
          doubles.length
            ? `${doubles.length} versions read twice before a write`
            : "no version read twice"
        }; order 1001 holds ${order.items.length}/${ADDS} items`,
      };
    });
    const exceptions = await step(
      "catch_exceptions while order 1002 (2 × sku-5, 1 in stock) is checked out",
      async () => {
        await mcp.call("send_http_requests", {
          url: `${base}/orders/1002/items`,
          method: "POST",
          body: '{"sku":"sku-5","qty":2}',
          count: 1,
        });
        const r = await mcp.call<CatchExceptionsResult>("catch_exceptions", {
          durationMs: 500,
          workload: { kind: "http", url: `${base}/orders/1002/checkout`, method: "POST", count: 1 },
        });
        const caller = r.structured.exceptions.find((e) => e.caller)?.caller;
        return {
          value: { text: r.text, result: r.structured },
          detail: caller
            ? `dropped promise at ${caller.location}: ${caller.code}`
            : `${r.structured.exceptions.length} uncaught; checkout answered ${
              JSON.stringify(r.structured.work?.statusCounts)
            }`,
        };
      },
    );
    return {
      app,
      readAt: `${app}:${readLine}`,
      writeAt: `${app}:${writeLine}`,
      reads,
      writes,
      hits,
      doubleReads: doubles,
      items: { added: ADDS, inOrder },
      exceptions,
    };
  } finally {
    await ctx.group.stop(proc.pid);
  }
}

function lineOf(source: string, code: string, after: string): number {
  const lines = source.split("\n");
  const from = lines.findIndex((l) => l.includes(after));
  const i = lines.findIndex((l, n) => n >= from && l.includes(code));
  if (from < 0 || i < 0) throw new Error(`the source has no line with ${code} after ${after}`);
  return i + 1;
}

/**
 * `id@version` read twice before the write that follows the first read (the read logpoint
 * logs the version read, the write logpoint the version written: read + 1).
 */
export function doubleReads(hits: Hit[], reads: string, writes: string): string[] {
  const pending = new Map<string, number>();
  const doubles: string[] = [];
  for (const h of [...hits].sort((a, b) => a.seq - b.seq)) {
    const id = h.values[0]?.value;
    const version = Number(h.values[1]?.value);
    if (h.logpoint === reads) {
      const key = `${id}@${version}`;
      const n = (pending.get(key) ?? 0) + 1;
      pending.set(key, n);
      if (n === 2) doubles.push(key);
    } else if (h.logpoint === writes) pending.delete(`${id}@${version - 1}`);
  }
  return doubles;
}

/** The report: the logpoint tables of both builds and the exceptions. */
export function renderPatternCMarkdown(f: PatternCFindings): string {
  const out = [
    "# deno-debugger: Pattern C on scenario 3 (the order service)",
    "",
    `Generated ${f.generatedAt} in ${(f.elapsedMs / 1000).toFixed(1)} s, through the MCP ` +
    "server's tools (logpoints, send_http_requests, catch_exceptions).",
    "",
  ];
  for (
    const [title, run] of [["The order service", f.buggy], ["The fixed twin", f.fixed]] as const
  ) {
    out.push(
      `## ${title} (${run.app})`,
      "",
      `${run.items.added} items added to order 1001 (every request answered 200); the order ` +
        `holds ${run.items.inOrder}. ` +
        (run.doubleReads.length
          ? `**Lost update:** ${run.doubleReads.length} versions were read twice before either ` +
            `write (${
              run.doubleReads.slice(0, 5).join(", ")
            }): each request adds to its own copy ` +
            "and the later write replaces the earlier one."
          : "No version was read twice before a write: each read-modify-write ran alone."),
      "",
      `### Logpoint table (${run.reads} = ${run.readAt}, after the read; ${run.writes} = ` +
        `${run.writeAt}, the write)`,
      "",
      "| # | time | logpoint | order.id | order.version | async caller |",
      "| -: | --- | --- | --- | -: | --- |",
      ...run.hits.slice(0, 40).map((h) =>
        `| ${h.seq} | ${h.at.slice(11, 23)} | ${h.logpoint === run.reads ? "read" : "write"} | ` +
        `${h.values[0]?.value ?? ""} | ${h.values[1]?.value ?? ""} | ${h.asyncFrame ?? ""} |`
      ),
      ...(run.hits.length > 40
        ? [`| … | ${run.hits.length - 40} more in findings.json | | | | |`]
        : []),
      "",
      "### Exceptions during a checkout of 2 × sku-5 (1 in stock)",
      "",
      "```",
      run.exceptions.text,
      "```",
      "",
    );
  }
  out.push(
    "## Steps",
    "",
    ...f.steps.map((s) => `- ${s.name} (${(s.ms / 1000).toFixed(1)} s)`),
    "",
  );
  return out.join("\n");
}

/** The terminal's closing lines. */
export function renderPatternCSummary(f: PatternCFindings, reportPath: string): string {
  const line = (r: PatternCRun) => {
    const caller = r.exceptions.result.exceptions.find((e) => e.caller)?.caller;
    return `  ${r.app}: ${r.items.inOrder}/${r.items.added} items kept; ` +
      (r.doubleReads.length
        ? `${r.doubleReads.length} versions read twice before a write (lost updates)`
        : "no version read twice") +
      "; " +
      (caller
        ? `unhandled rejection from ${caller.location} \`${caller.code}\``
        : "no uncaught exception");
  };
  return [
    "",
    "Pattern C:",
    line(f.buggy),
    line(f.fixed),
    `Report: ${reportPath}`,
  ].join("\n");
}
