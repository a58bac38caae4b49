/**
 * `deno task demo --pattern=b`: Pattern B through the MCP tools on scenario 2, the slow
 * bookshop search. The slow service is started with the inspector on free ports and profiled
 * twice with `profile_cpu` — from a fresh start (no warm-up: the hot spots with their lines,
 * before V8 optimises the handler whole) and after a warm-up (the steady state) — then the
 * fixed twin after the same warm-up, and `compare_cpu_profiles` gives the speed-up per request.
 * The findings go to `<out>/pattern-b/` (report, flame graphs, findings.json).
 *
 * @module
 */

import { join } from "node:path";
import type { CpuComparison } from "../cpu/mod.ts";
import type { CompareCpuProfilesResult, ProfileCpuResult } from "../tools/mod.ts";
import type { McpSession } from "./mcp_client.ts";
import {
  inspectedAppPorts,
  type ManagedProcess,
  type ProcessGroup,
  startInspectedApp,
} from "./processes.ts";
import type { StepRunner } from "./investigation.ts";
import type { StepHandle, Style } from "./terminal.ts";

/** The slow endpoint: three common words, thousands of hits (scenario-2/README.md). */
export const SEARCH_PATH = "/search?q=garden%20light%20river";
/** Requests per profile, four at a time: about 2 s of the slow service's CPU. */
const WORKLOAD = { kind: "http", count: 24, concurrency: 4 } as const;
/** Warm-up runs of the workload before the profiles that are compared. */
const STEADY_WARMUP = 2;

/** Steps {@link runPatternB} prints (the MCP server's and the report's are the caller's). */
export const PATTERN_B_STEPS = 6;

/** What the tools said, kept for the report (the tool texts and their structured content). */
export interface PatternBFindings {
  generatedAt: string;
  elapsedMs: number;
  endpoint: string;
  /** The slow service from a fresh start: where the time goes. */
  hotSpots: { app: string; text: string; result: ProfileCpuResult };
  /** The slow and the fixed service after the same warm-up, compared. */
  before: { app: string; result: ProfileCpuResult };
  after: { app: string; result: ProfileCpuResult };
  comparison: { text: string; result: CpuComparison };
  steps: { name: string; ms: number }[];
}

/** What the run needs from the demo's driver. */
export interface PatternBContext {
  root: string;
  mcp: McpSession;
  group: ProcessGroup;
  step: StepRunner;
  style: Style;
  verbose: boolean;
}

/** Runs Pattern B (see the module doc); every service it starts is stopped before it returns. */
export async function runPatternB(
  ctx: PatternBContext,
): Promise<Omit<PatternBFindings, "steps" | "elapsedMs" | "generatedAt">> {
  const { mcp, step } = ctx;
  const slowApp = "scenario-2/app.ts";
  const fixedApp = "scenario-2/app_fixed.ts";
  const slow = await startBookshop(ctx, "slow", slowApp);
  let hotSpots: PatternBFindings["hotSpots"];
  let before: ProfileCpuResult;
  try {
    hotSpots = await step(
      `profile_cpu ${slowApp} from a fresh start: ${WORKLOAD.count} searches, no warm-up`,
      async (h) => {
        const r = await mcp.call<ProfileCpuResult>("profile_cpu", {
          port: slow.inspectPort,
          warmup: 0,
          workload: { ...WORKLOAD, url: slow.url },
        }, { onProgress: relay(h), timeoutMs: 300_000 });
        return {
          value: { app: slowApp, text: r.text, result: r.structured },
          detail: hotSpotsDetail(r.structured),
        };
      },
    );
    before = await step(
      `profile_cpu ${slowApp} after ${STEADY_WARMUP} warm-up runs (the steady state)`,
      async (h) => {
        const r = await mcp.call<ProfileCpuResult>("profile_cpu", {
          port: slow.inspectPort,
          warmup: STEADY_WARMUP,
          workload: { ...WORKLOAD, url: slow.url },
        }, { onProgress: relay(h), timeoutMs: 300_000 });
        return { value: r.structured, detail: perRequest(r.structured) };
      },
    );
  } finally {
    await ctx.group.stop(slow.proc.pid);
  }

  const fixed = await startBookshop(ctx, "fixed", fixedApp);
  let after: ProfileCpuResult;
  try {
    after = await step(
      `profile_cpu ${fixedApp} after ${STEADY_WARMUP} warm-up runs`,
      async (h) => {
        const r = await mcp.call<ProfileCpuResult>("profile_cpu", {
          port: fixed.inspectPort,
          warmup: STEADY_WARMUP,
          workload: { ...WORKLOAD, url: fixed.url },
        }, { onProgress: relay(h), timeoutMs: 300_000 });
        return { value: r.structured, detail: perRequest(r.structured) };
      },
    );
  } finally {
    await ctx.group.stop(fixed.proc.pid);
  }

  const comparison = await step("compare_cpu_profiles (slow → fixed, per request)", async () => {
    const r = await mcp.call<CompareCpuProfilesResult>("compare_cpu_profiles", {
      before: before.run.id,
      after: after.run.id,
    });
    return {
      value: { text: r.text, result: r.structured },
      detail: r.text.split("\n").find((l) => l.startsWith("Busy CPU")) ?? "",
    };
  });
  return {
    endpoint: `GET ${SEARCH_PATH}`,
    hotSpots,
    before: { app: slowApp, result: before },
    after: { app: fixedApp, result: after },
    comparison,
  };
}

/** Starts one build of the bookshop with the inspector, both on free ports (one step). */
async function startBookshop(ctx: PatternBContext, name: string, app: string) {
  const { port, inspectPort } = inspectedAppPorts();
  const proc: ManagedProcess = await ctx.step(
    `start ${app} (--inspect=127.0.0.1:${inspectPort}, --port=${port})`,
    async () => {
      const p = await startInspectedApp(ctx.group, {
        name: `${name} bookshop (${app})`,
        app,
        cwd: ctx.root,
        port,
        inspectPort,
        onLine: ctx.verbose ? (l) => console.log(ctx.style.dim(`      ${name}> ${l}`)) : undefined,
      });
      return { value: p, detail: `pid ${p.pid}` };
    },
  );
  return { proc, inspectPort, url: `http://127.0.0.1:${port}${SEARCH_PATH}` };
}

/** The first hint and the hottest program function by total time, for the step's line. */
function hotSpotsDetail(r: ProfileCpuResult): string {
  const hint = r.hints[0];
  const fn = r.byTotal.find((f) => f.totalShare < 0.9);
  return [
    fn ? `${fn.name} ${fn.location.display} ${(fn.totalShare * 100).toFixed(0)}% total` : "",
    hint ? `hint at ${hint.location.display}` : "",
  ].filter(Boolean).join("; ");
}

function perRequest(r: ProfileCpuResult): string {
  const ms = r.time.busyMs / Math.max(1, r.run.work.succeeded);
  return `${ms.toFixed(1)} ms of CPU per request, p50 ${r.run.work.latencyMs?.p50 ?? "?"} ms`;
}

function relay(h: StepHandle) {
  return (p: { progress: number; total?: number; message?: string }) =>
    h.progress(p.progress, p.total, p.message);
}

/** The flame graphs' file names in the report folder. */
function flameGraphFiles(f: Pick<PatternBFindings, "hotSpots" | "after">) {
  return {
    slow: { from: f.hotSpots.result.run.files.flameGraph, to: "flame-graph.svg" },
    fixed: { from: f.after.result.run.files.flameGraph, to: "flame-graph-fixed.svg" },
  };
}

/** Copies the flame graphs beside the report; returns their paths. */
export async function copyFlameGraphs(
  f: Pick<PatternBFindings, "hotSpots" | "after">,
  dir: string,
): Promise<string[]> {
  const out: string[] = [];
  for (const { from, to } of Object.values(flameGraphFiles(f))) {
    await Deno.copyFile(from, join(dir, to));
    out.push(join(dir, to));
  }
  return out;
}
