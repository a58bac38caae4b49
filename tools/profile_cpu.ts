/**
 * `profile_cpu`: Pattern B in one call — connect if needed, warm up, V8's CPU profiler around
 * one run of the workload, through investigation/; the engine's report with the files it left.
 *
 * @module
 */

import { relative } from "node:path";
import { z } from "zod";
import { CpuReportSchema, formatCpuText } from "../cpu/mod.ts";
import {
  type CpuProfileRun,
  newProfileId,
  profileCpu as profile,
  releaseProfileId,
} from "../investigation/mod.ts";
import type { ToolResult } from "../mcp/mod.ts";
import { describeWorkload } from "../workloads/mod.ts";
import { ACTS_ON_TARGET } from "./annotations.ts";
import { defineTool } from "./define.ts";
import { requireRunning, sessionFor } from "./inspector_tools.ts";
import { parseWorkload, toWorkload } from "./workload_shape.ts";

/** Warm-up runs at most. */
const MAX_WARMUP = 20;

const work = z.object({
  units: z.number(),
  succeeded: z.number(),
  failed: z.number(),
  elapsedMs: z.number(),
  statusCounts: z.record(z.string(), z.number()).optional(),
  latencyMs: z.object({ p50: z.number(), p95: z.number(), max: z.number() }).optional(),
  errors: z.array(z.string()),
  stoppedEarly: z.string().optional(),
});

const output = {
  ...CpuReportSchema.shape,
  run: z.object({
    id: z.string(),
    target: z.string(),
    workload: z.object({ kind: z.enum(["http", "chat", "wait"]) }).catchall(z.unknown()),
    unit: z.string(),
    warmup: work.optional(),
    work,
    samplingIntervalUs: z.number(),
    files: z.object({ profile: z.string(), sidecar: z.string(), flameGraph: z.string() }),
    warnings: z.array(z.string()),
    elapsedMs: z.number(),
  }),
};

/** What `profile_cpu` returns: the engine's report and what was run and written. */
export type ProfileCpuResult = ToolResult<typeof output>;

/** `profile_cpu`. */
export const profileCpu = defineTool({
  name: "profile_cpu",
  title: "Profile CPU during a workload",
  description:
    "Start here when something is slow. Runs V8's CPU profiler around the workload: hottest " +
    "functions (self, total) at file:line, hot lines, call paths, longest event-loop " +
    "blocks, likely causes. Writes .cpuprofile and flame graph; compare_cpu_profiles checks " +
    "a fix.",
  inputSchema: {
    port: z.number().int().min(1).max(65535).optional().describe(
      "Default: the connected target, else 9229",
    ),
    host: z.string().min(1).max(255).optional(),
    // Its fields are checked in the handler: the tool list gives them once, for investigate_leak.
    workload: z.object({ kind: z.enum(["http", "chat", "wait"]) }).catchall(z.unknown())
      .describe("As investigate_leak's"),
    samplingIntervalUs: z.number().int().min(50).max(100_000).default(1000),
    warmup: z.number().int().min(0).max(MAX_WARMUP).default(1).describe(
      "Runs before profiling (JIT, caches)",
    ),
  },
  outputSchema: output,
  annotations: ACTS_ON_TARGET,
  async handler(args, { host, signal, progress }) {
    const workload = toWorkload(parseWorkload(args.workload), host.config.allowRemote);
    progress(0, 3, "connecting");
    const session = await sessionFor(host, args, signal);
    requireRunning(session, "a CPU profile of a workload");
    const dir = host.config.snapshotDir;
    const id = await newProfileId(dir);
    let run: CpuProfileRun;
    try {
      run = await profile({
        session,
        workload,
        samplingIntervalUs: args.samplingIntervalUs,
        warmupRuns: args.warmup,
        firstIndex: host.templateIndex,
        id,
        snapshotDir: dir,
        signal,
        onProgress: progress,
      });
    } finally {
      // Written (the profile now holds the id), or failed: the reservation is done with.
      await releaseProfileId(dir, id);
    }
    host.templateIndex = run.nextIndex;
    const structured: ProfileCpuResult = {
      ...run.report,
      run: {
        id: run.id,
        target: run.target,
        workload: { ...run.workload },
        unit: run.unit,
        ...(run.warmup ? { warmup: run.warmup } : {}),
        work: run.work,
        samplingIntervalUs: run.samplingIntervalUs,
        files: run.files,
        warnings: run.warnings,
        elapsedMs: run.elapsedMs,
      },
    };
    return { text: profileText(run, host.cwd), structured };
  },
});

/** Header lines, the engine's text, then the next step. */
function profileText(run: CpuProfileRun, cwd: string): string {
  const w = run.work;
  const latency = w.latencyMs ? ` (p50 ${w.latencyMs.p50} ms, p95 ${w.latencyMs.p95} ms)` : "";
  const shown = (path: string) => {
    const r = relative(cwd, path);
    return r.startsWith("..") ? path : r;
  };
  const out = [
    `CPU profile ${run.id} of ${run.target}.`,
    `Workload ${describeWorkload(run.workload)}: ` +
    (run.warmup ? `warm-up ${run.warmup.succeeded}/${run.warmup.units} ${run.unit}s, then ` : "") +
    `profiled ${w.succeeded}/${w.units} ${run.unit}s in ${(w.elapsedMs / 1000).toFixed(1)} s` +
    `${latency}.`,
    `Files: ${shown(run.files.profile)} (Chrome DevTools › Performance › Load profile), ` +
    `flame graph ${shown(run.files.flameGraph)}.`,
  ];
  for (const warning of run.warnings) out.push(`Warning: ${warning}.`);
  out.push(
    "",
    formatCpuText(run.report),
    "",
    `After a fix: profile_cpu the fixed program with the same workload, then ` +
      `compare_cpu_profiles {before: "${run.id}", after: <its id>}.`,
  );
  return out.join("\n");
}
