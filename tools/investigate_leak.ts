/**
 * `investigate_leak`: Pattern A in one call — connect if needed, warm up, baseline, workload,
 * after, workload again, final, compare — through investigation/; with `verify`, each suspect
 * of an earlier investigation checked against this one.
 *
 * @module
 */

import { z } from "zod";
import { CompareReportSchema, formatBytes, formatCompareText } from "../heap/mod.ts";
import {
  type Growth,
  investigateLeak as investigate,
  type Investigation,
  InvestigationError,
  type InvestigationRecord,
  latestRecord,
  loadRecord,
  newInvestigationId,
  type PhaseWork,
  recordOf,
  releaseInvestigationId,
  saveRecord,
  statusList,
  type Verification,
  verifyAgainst,
} from "../investigation/mod.ts";
import type { ToolResult } from "../mcp/mod.ts";
import { describeWorkload, type Workload, workloadUnit } from "../workloads/mod.ts";
import { ACTS_ON_TARGET } from "./annotations.ts";
import { defineTool } from "./define.ts";
import { ToolError } from "./errors.ts";
import type { ToolHost } from "./host.ts";
import { requireRunning, sessionFor } from "./inspector_tools.ts";
import { autoResumeMs } from "./debug_shapes.ts";
import { toWorkload, workloadArg } from "./workload_shape.ts";

/** Workload runs per phase, at most. */
const MAX_RUNS = 20;

const growth = z.object({
  bytesPerCycle: z.number().optional(),
  addedPerCycle: z.number().optional(),
});

/** What the workload did in one phase. */
const phaseWork = z.object({
  units: z.number(),
  succeeded: z.number(),
  failed: z.number(),
  elapsedMs: z.number(),
  statusCounts: z.record(z.string(), z.number()).optional(),
  /** The start of the first answer's body for each status other than 2xx. */
  refusals: z.record(z.string(), z.string()).optional(),
  /** A mix of endpoints: each one's answers by status, in the order sent. */
  endpoints: z.array(z.object({
    method: z.string(),
    url: z.string(),
    statusCounts: z.record(z.string(), z.number()),
    failed: z.number(),
  })).optional(),
  errors: z.array(z.string()),
  settled: z.boolean().optional(),
  stoppedEarly: z.string().optional(),
});

const snapshot = z.object({
  label: z.string(),
  path: z.string(),
  bytes: z.number(),
  durationMs: z.number(),
});

const output = {
  ...CompareReportSchema.shape,
  investigation: z.object({
    id: z.string(),
    target: z.string(),
    workload: z.object({ kind: z.enum(["http", "chat", "wait"]) }).catchall(z.unknown()),
    cycles: z.number(),
    unit: z.string(),
    work: z.object({ warmup: phaseWork.optional(), measured: phaseWork, again: phaseWork }),
    snapshots: z.object({ baseline: snapshot, after: snapshot, final: snapshot }),
    /** The suspects' lines counted over a few more cycles (their statements' `ran`). */
    lineCheck: z.object({
      cycles: z.number(),
      lines: z.number(),
      elapsedMs: z.number(),
      work: phaseWork,
    }).optional(),
    warnings: z.array(z.string()),
    elapsedMs: z.number(),
  }),
  verification: z.object({
    earlierId: z.string(),
    earlierTarget: z.string(),
    suspects: z.array(z.object({
      rank: z.number(),
      name: z.string(),
      path: z.string(),
      where: z.string().optional(),
      status: z.enum(["gone", "still growing"]),
      before: growth,
      after: growth.optional(),
    })),
    newSuspects: z.array(z.object({
      name: z.string(),
      path: z.string(),
      where: z.string().optional(),
      after: growth,
    })),
    leakBytesPerCycleBefore: z.number().optional(),
    leakBytesPerCycleAfter: z.number().optional(),
    allGone: z.boolean(),
  }).optional(),
};

/** What `investigate_leak` returns: the engine's report, what was done, and the verification. */
export type InvestigateLeakResult = ToolResult<typeof output>;

/** `investigate_leak`. */
export const investigateLeak = defineTool({
  name: "investigate_leak",
  title: "Investigate a memory leak",
  description:
    "Start here when memory grows. One call connects, warms up, snapshots around two runs " +
    "of the workload and compares. Returns each root cause: variable, growth per cycle (a " +
    "request or client), the adding statement at file:line, how often it and the removal ran, " +
    "the fix. verify: true re-checks them on the fixed program.",
  inputSchema: {
    port: z.number().int().min(1).max(65535).optional().describe(
      "Default: the connected target, else 9229",
    ),
    host: z.string().min(1).max(255).optional(),
    workload: workloadArg.optional().describe(
      "http: url, count, method, body, headers ({i}/{uuid} in url, body or headers make distinct keys), " +
        "more: [{url, method, body, headers}] other endpoints sent in turn (a mix; {i} is the " +
        "turn's number in all of them, {uuid} new per request); chat: url, " +
        "clients, messages; wait: seconds while the user drives it. Default when verifying: " +
        "the earlier one",
    ),
    cycles: z.number().int().min(1).max(MAX_RUNS).default(1).describe(
      "Workload runs per phase",
    ),
    warmup: z.number().int().min(0).max(MAX_RUNS).default(1).describe(
      "Runs before the baseline, past caches and buffers that fill by design",
    ),
    verify: z.union([z.boolean(), z.string().max(64)]).optional().describe(
      "true, or an earlier run's id",
    ),
  },
  outputSchema: output,
  annotations: ACTS_ON_TARGET,
  async handler(args, { host, signal, progress }) {
    const earlier = args.verify === undefined || args.verify === false
      ? undefined
      : await earlierRecord(host, args.verify);
    const workload = args.workload
      ? toWorkload(args.workload, host.config.allowRemote)
      : earlier?.workload ?? missingWorkload();
    progress(0, 8, "connecting");
    const session = await sessionFor(host, args, signal);
    requireRunning(session, "an investigation (its workload and snapshots)");
    const dir = host.config.snapshotDir;
    const id = await newInvestigationId(dir);
    let inv: Investigation;
    try {
      inv = await investigate({
        session,
        workload,
        runs: args.cycles,
        warmupRuns: args.warmup,
        firstIndex: host.templateIndex,
        id,
        snapshotDir: dir,
        withCaptureLock: (capture) => host.sessionLock.run("capture", capture, signal),
        debug: {
          allowEval: host.config.allowEval,
          autoResumeMs: autoResumeMs(host),
          cwd: host.cwd,
        },
        signal,
        onProgress: progress,
      });
      host.templateIndex = inv.nextIndex;
      await saveRecord(dir, recordOf(inv));
    } finally {
      // Saved, or the run failed: either way the reservation is done with.
      await releaseInvestigationId(dir, id);
    }
    const verification = earlier ? verifyAgainst(earlier, inv.report) : undefined;
    const { report } = inv;
    const structured: InvestigateLeakResult = {
      ...report,
      investigation: {
        id: inv.id,
        target: inv.target,
        workload: { ...inv.workload },
        cycles: inv.cycles,
        unit: inv.unit,
        work: inv.work,
        snapshots: inv.snapshots,
        ...(inv.lineCheck
          ? {
            lineCheck: {
              cycles: inv.lineCheck.cycles,
              lines: inv.lineCheck.lines,
              elapsedMs: inv.lineCheck.elapsedMs,
              work: inv.lineCheck.work,
            },
          }
          : {}),
        warnings: inv.warnings,
        elapsedMs: inv.elapsedMs,
      },
      ...(verification ? { verification } : {}),
    };
    return { text: investigationText(inv, verification), structured };
  },
});

function missingWorkload(): never {
  throw new ToolError(
    "workload: say what makes the program grow.",
    "Pass e.g. {kind: 'http', url: 'http://127.0.0.1:8000/items/{i}'}, " +
      "{kind: 'chat', url: 'ws://127.0.0.1:8086/ws'} or {kind: 'wait', seconds: 30}.",
  );
}

/** The record `verify` names: the newest (true) or the one with that id. */
async function earlierRecord(host: ToolHost, verify: true | string): Promise<InvestigationRecord> {
  const dir = host.config.snapshotDir;
  const found = verify === true ? await latestRecord(dir) : await loadRecord(dir, verify);
  if (found) return found;
  throw new InvestigationError(
    "no_earlier_result",
    verify === true
      ? `verify: no earlier investigation in ${dir}.`
      : `verify: no investigation "${verify.slice(0, 64)}" in ${dir}.`,
    "Run investigate_leak on the leaking program first, then verify the fixed one with " +
      "verify: true (or the id that run printed).",
  );
}

/** Endpoints a mix of HTTP requests sends to in turn; 0 for any other workload. */
function endpointsOf(w: Workload): number {
  return w.kind === "http" && w.more?.length ? w.more.length + 1 : 0;
}

/** ` (one request to each of the 4 endpoints)` for a mix; else nothing. */
function turnOf(w: Workload): string {
  const endpoints = endpointsOf(w);
  return endpoints ? ` (one request to each of the ${endpoints} endpoints)` : "";
}

/**
 * What the measured requests were answered, when requests of one endpoint got 2xx and others
 * not (a booking refused with 409 ran other code than one accepted): per endpoint in a mix,
 * statuses by count. An endpoint that got no 2xx at all has its warning already.
 */
function answersLine(work: PhaseWork): string | undefined {
  const counts = work.statusCounts;
  const mixed = (c: Record<string, number>) => {
    const ok = Object.keys(c).filter((s) => s.startsWith("2")).length;
    return ok > 0 && ok < Object.keys(c).length;
  };
  if (
    !counts || !(work.endpoints?.length ? work.endpoints : [{ statusCounts: counts }])
      .some((e) => mixed(e.statusCounts))
  ) return undefined;
  const parts = work.endpoints?.length
    ? work.endpoints.map((e) =>
      `${e.method} ${e.url.replace(/^[a-z]+:\/\/[^/]+/i, "")} ${statusList(e.statusCounts)}`
    )
    : [statusList(counts)];
  return `Answers while measuring: ${parts.join("; ")}.`;
}

/**
 * Header lines, the verification, then the engine's compare text. What capturing cost the
 * target (its RSS) comes last: it says nothing about the program, and read first it reads as
 * the leak.
 */
export function investigationText(inv: Investigation, v: Verification | undefined): string {
  const captureCost = (w: string) => / grew the target's RSS /.test(w);
  const out = [
    `Investigation ${inv.id} of ${inv.target}; 1 cycle = 1 ${inv.unit}${turnOf(inv.workload)}.`,
    `Workload ${describeWork(inv.workload)}: warm-up ${runs(inv.warmupRuns)}, then baseline → ` +
    `${inv.cycles} ${inv.unit === "turn" ? "turns" : workloadUnit(inv.workload).many} → after → ` +
    `the same again → final${
      inv.lineCheck
        ? `; then ${inv.lineCheck.cycles} more with a logpoint on each suspect's adding and ` +
          `first removing line ([ran N× in ${inv.lineCheck.cycles} cycles] below)`
        : ""
    }.`,
  ];
  if (usesCounter(inv.workload)) {
    const endpoints = endpointsOf(inv.workload);
    out.push(
      endpoints
        ? `{i} is the turn's number, the same in each of its ${endpoints} requests, and counts ` +
          `on from one call to the next (the next turn is ${inv.nextIndex}).`
        : `{i} is the request's number and counts on from one call to the next (the next is ` +
          `${inv.nextIndex}).`,
    );
  }
  const answers = answersLine(inv.work.measured);
  if (answers) out.push(answers);
  for (const w of inv.warnings.filter((w) => !captureCost(w))) out.push(`Warning: ${w}.`);
  // No 2xx while measuring: the code behind the endpoint may never have run. Said first, and a
  // clean result is not one.
  const measured = inv.work.measured.statusCounts;
  const inconclusive = measured !== undefined &&
    !Object.keys(measured).some((status) => status.startsWith("2"));
  if (inconclusive) {
    out.unshift(
      "Inconclusive: no measured request got a 2xx answer, so what follows covers only the " +
        "code that did run; fix the workload (see the warnings) and investigate again.",
    );
  }
  if (v) out.push("", ...verificationLines(v, inv.unit));
  const report = formatCompareText(inv.report, { top: 10 });
  out.push(
    "",
    inconclusive
      ? report.replace(/^No leak found\b/, "No leak found in the code the failed requests ran")
      : report,
  );
  // A clean result covers the paths this workload took: said where it is read.
  if (!inconclusive && !v && inv.report.suspects.length === 0 && inv.workload.kind !== "wait") {
    out.push(
      "",
      "This covers the code these requests ran. A leak on another path shows only under a " +
        "workload that takes it: other input (case, spaces, unknown ids), failures and retries, " +
        "flows left unfinished (started, never completed or cancelled), timeouts.",
    );
  }
  const costs = inv.warnings.filter(captureCost);
  if (costs.length) out.push("", ...costs.map((w) => `Note: ${w}.`));
  return out.join("\n");
}

/** Whether an HTTP workload's URL, body or header values hold `{i}`. */
function usesCounter(w: Workload): boolean {
  if (w.kind !== "http") return false;
  return [w.url, w.body ?? "", ...Object.values(w.headers ?? {})].some((t) => t.includes("{i}"));
}

function describeWork(w: Workload): string {
  return w.kind === "wait"
    ? `(${describeWorkload(w)} while you drive the program)`
    : describeWorkload(w);
}

function runs(n: number): string {
  return n === 0 ? "none" : `${n} run${n === 1 ? "" : "s"}`;
}

/** Per earlier suspect: gone, or still growing with its growth per cycle before → after. */
function verificationLines(v: Verification, unit: string): string[] {
  const perCycle = (g: Growth | undefined) =>
    g?.bytesPerCycle
      ? `${formatBytes(g.bytesPerCycle, true)}/${unit}`
      : g?.addedPerCycle
      ? `+${Math.round(g.addedPerCycle * 10) / 10} entries/${unit}`
      : "no figure";
  const gone = v.suspects.filter((s) => s.status === "gone").length;
  const leak = v.leakBytesPerCycleBefore !== undefined
    ? `; leak ${formatBytes(v.leakBytesPerCycleBefore, true)} → ` +
      `${formatBytes(v.leakBytesPerCycleAfter ?? 0, true)} per ${unit}`
    : "";
  const out = [
    `Verification against ${v.earlierId} (${v.earlierTarget}): ` +
    `${gone} of ${v.suspects.length} earlier suspects gone${leak}.`,
  ];
  for (const s of v.suspects) {
    out.push(
      `  ${s.rank}. ${s.name}${s.where ? `  ${s.where}` : ""}: ` +
        (s.status === "gone"
          ? `gone (was ${perCycle(s.before)})`
          : `STILL GROWING ${perCycle(s.before)} → ${perCycle(s.after)}`),
    );
  }
  for (const s of v.newSuspects) {
    out.push(`  new: ${s.name}${s.where ? `  ${s.where}` : ""}: ${perCycle(s.after)}`);
  }
  if (v.suspects.some((s) => s.status !== "gone")) {
    out.push(
      "  (A bounded buffer grows until it is full: if the fix bounds it, verify again with a " +
        "warm-up past its bound.)",
    );
  }
  return out;
}
