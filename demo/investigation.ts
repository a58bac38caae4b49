/**
 * Pattern A through the MCP tools, on a chat server started with the inspector on free ports:
 * one `investigate_leak` call (warm-up, three snapshots around two runs of the clients, the
 * comparison; on the fixed server it also verifies the leaky run's causes), or — with
 * `--step-by-step` — each step as its own tool call (connect, warm up, baseline, clients,
 * after, final, `/stats`, compare). Then, for the leaky run, the retainers of the top suspect
 * and the source line of every suspect.
 *
 * @module
 */

import { type AllocationReport, type CompareReport, formatBytes } from "../heap/mod.ts";
import type {
  CaptureSnapshotResult,
  ConnectResult,
  GetStatsResult,
  InvestigateLeakResult,
  SimulateConnectionsResult,
} from "../tools/mod.ts";
import { causeLocation, type RootCause, type RunSummary, type SnapshotInfo } from "./findings.ts";
import { formatCount, formatDuration } from "./format.ts";
import type { CallOptions, McpSession } from "./mcp_client.ts";
import { DEFAULT_WARMUP, type DemoOptions } from "./options.ts";
import { inspectedAppPorts, type ProcessGroup, startInspectedApp } from "./processes.ts";
import type { StepHandle, Style } from "./terminal.ts";

/** Runs one named step: `fn` returns the value and a short result line for the terminal. */
export type StepRunner = <T>(
  name: string,
  fn: (step: StepHandle) => Promise<{ value: T; detail?: string }>,
) => Promise<T>;

/** What every step of the investigation needs. */
export interface InvestigationContext {
  root: string;
  mcp: McpSession;
  group: ProcessGroup;
  step: StepRunner;
  opts: DemoOptions;
  style: Style;
}

/** Steps of one server's run: one `investigate_leak` call, or each step on its own. */
export function stepsPerRun(stepByStep: boolean): number {
  return stepByStep ? 11 : 6;
}

/** One measured run, plus what the attribution steps need from it. */
export interface MeasuredRun {
  summary: RunSummary;
  runtime?: string;
  /** Snapshot path of the after snapshot (for `find_retainers`). */
  afterSnapshot: string;
}

/** `simulate_connections` accepts at most this many clients per call. */
const MAX_CLIENTS_PER_CALL = 1000;

/** Bytes between allocation samples during the measured load: fine enough for ~100 clients. */
const SAMPLING_INTERVAL = 2048;

/** How long to let the server sit idle between the after and the final snapshot. */
const IDLE_MS = 1000;

/**
 * Measures one chat server with one `investigate_leak` call (6 steps), allocation sampling
 * around it; on the fixed server the call also verifies the leaky run's causes. The server is
 * stopped before this returns or throws.
 */
export async function investigateRun(
  ctx: InvestigationContext & { name: "leaky" | "fixed"; app: string },
): Promise<MeasuredRun> {
  const { mcp, step, opts, name, app } = ctx;
  const { proc, inspectPort, wsUrl, statsUrl } = await startChatServer(ctx);
  try {
    const runtime = await step(`connect_inspector → ${name} server`, async () => {
      const r = await mcp.call<ConnectResult>("connect_inspector", {
        host: "127.0.0.1",
        port: inspectPort,
      });
      const runtime = `${r.structured.runtime} ${r.structured.version}`;
      return { value: runtime, detail: runtime };
    });
    const statsBefore = await step(`get_stats (before)`, async () => {
      const s = await statsWhenIdle(mcp, statsUrl);
      return { value: s, detail: statsDetail(s) };
    });
    // Warm-up in runs of the measured clients: at least the clients the options ask for.
    const warmupClients = opts.warmup ?? DEFAULT_WARMUP[name];
    const warmup = Math.ceil(warmupClients / opts.clients);
    const { inv, allocations } = await step(
      `investigate_leak: warm-up ${warmup} × ${opts.clients} clients, then ${opts.clients} ` +
        `clients twice between three snapshots${name === "fixed" ? ", verify" : ""} ` +
        "(allocation sampling on)",
      async (h) => {
        await mcp.call("start_allocation_sampling", { samplingInterval: SAMPLING_INTERVAL });
        const r = await mcp.call<InvestigateLeakResult>("investigate_leak", {
          port: inspectPort,
          workload: { kind: "chat", url: wsUrl, clients: opts.clients, messages: opts.messages },
          warmup,
          ...(name === "fixed" ? { verify: true } : {}),
        }, { onProgress: relay(h.progress), timeoutMs: 300_000 });
        const a = await mcp.call<AllocationReport>("stop_allocation_sampling", { top: 100 });
        const inv = r.structured;
        const top = inv.suspects.slice(0, 5).map((s) => s.path).join(", ");
        const verified = inv.verification
          ? `; verify: ${inv.verification.suspects.filter((s) => s.status === "gone").length} ` +
            `of ${inv.verification.suspects.length} earlier causes gone`
          : "";
        return {
          value: { inv, allocations: a.structured },
          detail: `heap ${formatBytes(inv.totals.sizeDelta, true)}; ` +
            `${inv.suspects.length} suspects${top ? `: ${top}` : ""}${verified}`,
        };
      },
    );
    const statsAfter = await step(`get_stats (after)`, async () => {
      const s = await statsWhenIdle(mcp, statsUrl);
      return { value: s, detail: statsDetail(s) };
    });
    await step(`disconnect_inspector, stop the ${name} server`, async () => {
      await mcp.call("disconnect_inspector", {});
      await ctx.group.stop(proc.pid);
      return { value: undefined, detail: `pid ${proc.pid} stopped` };
    });
    const { investigation, verification: _, ...compare } = inv;
    const measured = investigation.work.measured;
    return {
      runtime,
      afterSnapshot: investigation.snapshots.after.path,
      summary: {
        app,
        connections: investigation.cycles,
        simulated: {
          connected: measured.succeeded,
          failed: measured.failed,
          messagesSent: measured.succeeded * opts.messages,
        },
        snapshots: Object.values(investigation.snapshots),
        compare,
        statsBefore,
        statsAfter,
        allocations,
        verification: inv.verification,
      },
    };
  } finally {
    await ctx.group.stop(proc.pid);
  }
}

/** Starts the chat server `app` with the inspector, both on free ports (one step). */
async function startChatServer(
  ctx: InvestigationContext & { name: "leaky" | "fixed"; app: string },
) {
  const { step, opts, name, app } = ctx;
  const { port, inspectPort } = inspectedAppPorts();
  const proc = await step(
    `start ${app} (--inspect=127.0.0.1:${inspectPort}, --port=${port})`,
    async () => {
      const p = await startInspectedApp(ctx.group, {
        name: `${name} chat server (${app})`,
        app,
        cwd: ctx.root,
        port,
        inspectPort,
        flags: ["--allow-read=scenario-6/public"],
        onLine: opts.verbose ? (l) => console.log(ctx.style.dim(`      ${name}> ${l}`)) : undefined,
      });
      return { value: p, detail: `pid ${p.pid}` };
    },
  );
  return {
    proc,
    inspectPort,
    wsUrl: `ws://127.0.0.1:${port}/ws`,
    statsUrl: `http://127.0.0.1:${port}/stats`,
  };
}

/** Measures one chat server (11 steps). The server is stopped before this returns or throws. */
export async function measureRun(
  ctx: InvestigationContext & { name: "leaky" | "fixed"; app: string },
): Promise<MeasuredRun> {
  const { mcp, step, opts, name, app } = ctx;
  const { proc, inspectPort, wsUrl, statsUrl } = await startChatServer(ctx);

  try {
    const runtime = await step(`connect_inspector → ${name} server`, async () => {
      const r = await mcp.call<ConnectResult>("connect_inspector", {
        host: "127.0.0.1",
        port: inspectPort,
      });
      const runtime = `${r.structured.runtime} ${r.structured.version}`;
      return { value: runtime, detail: runtime };
    });

    const warmup = opts.warmup ?? DEFAULT_WARMUP[name];
    await step(`simulate_connections: warm-up, ${warmup} clients`, async (h) => {
      if (warmup === 0) return { value: undefined, detail: "skipped (--warmup=0)" };
      // The tool takes at most 1000 clients per call.
      const total = { connected: 0, failed: 0, messagesSent: 0, elapsedMs: 0 };
      for (let done = 0; done < warmup;) {
        const batch = Math.min(MAX_CLIENTS_PER_CALL, warmup - done);
        const offset = done;
        const r = await simulate(
          mcp,
          wsUrl,
          batch,
          opts.messages,
          100,
          0,
          (d) => h.progress(offset + d, warmup, `${offset + d}/${warmup} clients finished`),
        );
        total.connected += r.connected;
        total.failed += r.failed;
        total.messagesSent += r.messagesSent;
        total.elapsedMs += r.elapsedMs;
        done += batch;
      }
      return { value: undefined, detail: simulateDetail(total) };
    });

    // The simulator's clients are done before the server has handled every close: wait until
    // it has, so the baseline holds no live connection.
    const statsBefore = await step(`get_stats until no client is connected (before)`, async () => {
      const s = await statsWhenIdle(mcp, statsUrl);
      return { value: s, detail: statsDetail(s) };
    });

    const snapshots: SnapshotInfo[] = [];
    const capture = (label: string) =>
      step(`capture_snapshot ${label}`, async (h) => {
        const info = await captureSnapshot(mcp, label, h.progress);
        snapshots.push(info);
        return {
          value: info,
          detail: `${formatBytes(info.bytes)} in ${formatDuration(info.durationMs)}`,
        };
      });

    const baseline = await capture(`${name}-baseline`);
    const { simulated, allocations } = await step(
      `simulate_connections: ${opts.clients} clients × ${opts.messages} messages, ` +
        "allocation sampling on",
      async (h) => {
        await mcp.call("start_allocation_sampling", { samplingInterval: SAMPLING_INTERVAL });
        const r = await simulate(mcp, wsUrl, opts.clients, opts.messages, 300, 5, h.progress);
        if (r.connected === 0) throw new Error(`no client connected to ${wsUrl}`);
        await statsWhenIdle(mcp, statsUrl); // every close handled before the after snapshot
        const a = await mcp.call<AllocationReport>("stop_allocation_sampling", { top: 100 });
        return {
          value: { simulated: r, allocations: a.structured },
          detail: `${simulateDetail(r)}; ${
            formatBytes(a.structured.programBytes)
          } sampled still alive`,
        };
      },
    );
    const after = await capture(`${name}-after`);
    const final = await step(
      `idle ${IDLE_MS / 1000} s, then capture_snapshot ${name}-final`,
      async (h) => {
        await new Promise((r) => setTimeout(r, IDLE_MS));
        const info = await captureSnapshot(mcp, `${name}-final`, h.progress);
        snapshots.push(info);
        return {
          value: info,
          detail: `${formatBytes(info.bytes)} in ${formatDuration(info.durationMs)}`,
        };
      },
    );

    const statsAfter = await step(`get_stats (after)`, async () => {
      const s = await getStats(mcp, statsUrl);
      return { value: s, detail: statsDetail(s) };
    });

    const compare = await step(`compare_snapshots ${name}: baseline → after (final)`, async (h) => {
      const r = await mcp.call<CompareReport>("compare_snapshots", {
        before: baseline.path,
        after: after.path,
        final: final.path,
        cycles: opts.clients,
      }, { onProgress: relay(h.progress), timeoutMs: 300_000 });
      const report = r.structured;
      const top = report.suspects.slice(0, 5).map((s) => s.path).join(", ");
      return {
        value: report,
        detail: `heap ${formatBytes(report.totals.sizeDelta, true)}; ` +
          `${report.suspects.length} suspects${top ? `: ${top}` : ""}`,
      };
    });

    await step(`disconnect_inspector, stop the ${name} server`, async () => {
      await mcp.call("disconnect_inspector", {});
      await ctx.group.stop(proc.pid);
      return { value: undefined, detail: `pid ${proc.pid} stopped` };
    });

    return {
      runtime,
      afterSnapshot: after.path,
      summary: {
        app,
        connections: opts.clients,
        simulated: {
          connected: simulated.connected,
          failed: simulated.failed,
          messagesSent: simulated.messagesSent,
        },
        snapshots,
        compare,
        statsBefore,
        statsAfter,
        allocations,
      },
    };
  } finally {
    await ctx.group.stop(proc.pid);
  }
}

/**
 * The leaky run's follow-up (2 steps): `find_retainers` on the top suspect, and `read_source`
 * at each cause's statement (fills `sourceExcerpt` of `causes` in place).
 */
export async function attributeCauses(
  ctx: InvestigationContext & { causes: RootCause[]; leaky: MeasuredRun },
): Promise<{ snapshot: string; target: string; text: string } | undefined> {
  const { mcp, step, causes, leaky } = ctx;
  const top = leaky.summary.compare.suspects[0];
  const retainers = await step(
    `find_retainers for the top suspect${top ? ` (${top.path})` : ""}`,
    async () => {
      if (!top) throw new Error("the comparison named no suspect, so there is nothing to follow");
      const target = `@${top.nodeId}`;
      const r = await mcp.call("find_retainers", {
        snapshot: leaky.afterSnapshot,
        target,
        limit: 3,
      });
      return {
        value: { snapshot: leaky.afterSnapshot, target, text: r.text },
        detail: firstLine(r.text),
      };
    },
  );
  await step(`read_source at each suspect's line`, async () => {
    const read: string[] = [];
    for (const cause of causes) {
      const location = causeLocation(cause.suspect);
      if (!location) continue;
      const r = await mcp.call("read_source", { path: location, context: 2 });
      cause.sourceExcerpt = r.text.trim();
      read.push(location);
    }
    if (!read.length) throw new Error("no suspect carried a source location");
    return { value: undefined, detail: read.join(", ") };
  });
  return retainers;
}

type Progress = StepHandle["progress"];

/** MCP progress notifications into a step's progress line. */
function relay(onProgress: Progress): CallOptions["onProgress"] {
  return (p) => onProgress(p.progress, p.total, p.message);
}

async function simulate(
  mcp: McpSession,
  url: string,
  clients: number,
  messages: number,
  durationMs: number,
  staggerMs: number,
  onProgress: Progress,
): Promise<SimulateConnectionsResult> {
  const r = await mcp.call<SimulateConnectionsResult>("simulate_connections", {
    url,
    clients,
    messages,
    durationMs,
    staggerMs,
  }, { onProgress: relay(onProgress), timeoutMs: 300_000 });
  return r.structured;
}

async function captureSnapshot(
  mcp: McpSession,
  label: string,
  onProgress: Progress,
): Promise<SnapshotInfo> {
  const r = await mcp.call<CaptureSnapshotResult>(
    "capture_snapshot",
    { label, overwrite: true },
    { onProgress: relay(onProgress), timeoutMs: 300_000 },
  );
  const { path, bytes, durationMs } = r.structured;
  return { label, path, bytes, durationMs };
}

/** The server's `/stats` JSON, which `get_stats` returns as it came (`unknown` in its schema). */
async function getStats(mcp: McpSession, url: string): Promise<Record<string, unknown>> {
  const r = await mcp.call<GetStatsResult>("get_stats", { url });
  const stats = r.structured.stats;
  if (!stats || typeof stats !== "object" || Array.isArray(stats)) {
    throw new Error(`${url} did not return a JSON object: ${firstLine(r.text)}`);
  }
  return stats as Record<string, unknown>;
}

/**
 * Polls `get_stats` until `activeConnections` is 0 (the server has handled every close), at
 * most `timeoutMs`; returns the last reading. A server without that counter is returned as is.
 */
async function statsWhenIdle(
  mcp: McpSession,
  url: string,
  timeoutMs = 15_000,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  while (true) {
    const stats = await getStats(mcp, url);
    const active = stats.activeConnections;
    if (typeof active !== "number" || active === 0) return stats;
    if (Date.now() > deadline) {
      throw new Error(`${url} still reports ${active} active connections after ${timeoutMs} ms`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function simulateDetail(
  r: Pick<SimulateConnectionsResult, "connected" | "failed" | "messagesSent" | "elapsedMs">,
): string {
  return `${r.connected} connected, ${r.failed} failed, ${formatCount(r.messagesSent)} messages ` +
    `in ${formatDuration(r.elapsedMs)}`;
}

function statsDetail(s: Record<string, unknown>): string {
  const keys = [
    "activeConnections",
    "messageHistorySize",
    "userSessionsSize",
    "connectionDurationsTracked",
  ];
  return keys.filter((k) => typeof s[k] === "number").map((k) => `${k}=${s[k]}`).join(" ");
}

function firstLine(text: string): string {
  const line = text.split("\n").find((l) => l.trim()) ?? "";
  return line.length > 100 ? line.slice(0, 99) + "…" : line;
}
