/**
 * `deno task demo`: the whole Pattern A investigation of scenario 6, driven through the
 * deno-debugger MCP server over stdio — the same tools Claude would call: one
 * `investigate_leak` per server (or, with `--step-by-step`, each step's own tool) — first on
 * the leaky chat server, then on the fixed one, which also verifies the leaky run's causes.
 * Prints the root causes with their `app.ts` lines and evidence, writes `out/report.md`,
 * `out/report.html` and `out/growth.svg`, and stops every process it started (also on Ctrl-C
 * or failure).
 *
 * With `--pattern=b`, Pattern B instead: CPU hot spots of scenario 2, the slow bookshop search,
 * profiled with `profile_cpu` and its fixed twin compared with `compare_cpu_profiles`; the report
 * (with the flame graph) goes to `out/pattern-b/` (see `pattern_b.ts`).
 *
 * With `--pattern=c`, Pattern C: the order service of scenario 3 loses updates under concurrent
 * requests — logpoints on the read and the write of an order show it, `catch_exceptions` names
 * the missing await; then the fixed twin; the report with the logpoint tables goes to
 * `out/pattern-c/` (see `pattern_c.ts`).
 *
 * Usage: `deno task demo [--pattern=a|b|c] [--clients=100] [--warmup=N] [--out=out]
 * [--step-by-step] [--verbose]`
 *
 * Exit codes: 0 done; 1 a step failed (the message names it); 2 bad arguments; 130 Ctrl-C.
 *
 * @module
 */

import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DEMO_USAGE, type DemoOptions, DemoUsageError, parseDemoArgs } from "./options.ts";
import { ProcessGroup } from "./processes.ts";
import { McpSession } from "./mcp_client.ts";
import { resolveServerLaunch } from "./server_launch.ts";
import { renderTerminalSummary, StepPrinter, Style } from "./terminal.ts";
import {
  attributeCauses,
  investigateRun,
  measureRun,
  type StepRunner,
  stepsPerRun,
} from "./investigation.ts";
import { type DemoFindings, rootCauses } from "./findings.ts";
import { writeReport } from "./write_report.ts";
import {
  copyFlameGraphs,
  PATTERN_B_STEPS,
  type PatternBFindings,
  runPatternB,
} from "./pattern_b.ts";
import {
  PATTERN_C_STEPS,
  type PatternCFindings,
  renderPatternCMarkdown,
  renderPatternCSummary,
  runPatternC,
} from "./pattern_c.ts";
import {
  renderPatternBHtml,
  renderPatternBMarkdown,
  renderPatternBSummary,
} from "./pattern_b_report.ts";

/** The project root (the folder holding deno.json). */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Thrown by a step; carries the step's name so the exit message can say which one failed. */
class StepFailed extends Error {
  constructor(readonly step: string, readonly detail: string) {
    super(`${step}: ${detail}`);
  }
}

async function main(args: string[]): Promise<number> {
  let opts: DemoOptions;
  try {
    opts = parseDemoArgs(args);
  } catch (e) {
    if (e instanceof DemoUsageError) {
      console.error(`demo: ${e.message}`);
      return 2;
    }
    throw e;
  }
  if (opts.help) {
    console.log(DEMO_USAGE);
    return 0;
  }
  const started = performance.now();
  const interactive = Deno.stdout.isTerminal();
  const style = new Style(interactive && !Deno.env.get("NO_COLOR"));
  const outDir = resolve(ROOT, opts.outDir);
  const snapshotDir = join(outDir, "snapshots");
  try {
    await Deno.mkdir(snapshotDir, { recursive: true });
  } catch (e) {
    console.error(
      `demo: cannot create ${snapshotDir} (${(e as Error).message}).\n` +
        `The demo task may write only to out/; for another folder run it with ` +
        `--allow-write=<folder>: deno run --allow-net=127.0.0.1 --allow-read --allow-write=<folder> ` +
        `--allow-run --allow-env demo/main.ts --out=<folder>`,
    );
    return 2;
  }

  // The server, each run's steps, the retainers, the sources, the report.
  const steps = opts.pattern === "b"
    ? 1 + PATTERN_B_STEPS + 1
    : opts.pattern === "c"
    ? 1 + PATTERN_C_STEPS + 1
    : 1 + 2 * stepsPerRun(opts.stepByStep) + 2 + 1;
  const printer = new StepPrinter(steps, style, interactive);
  const group = new ProcessGroup();
  let mcp: McpSession | undefined;
  let interrupted = false;
  group.stopOnSignals(async () => {
    interrupted = true;
    console.error("\ninterrupted: stopping the MCP server and the chat servers …");
    await mcp?.close();
  });

  const step: StepRunner = async (name, fn) => {
    const handle = printer.start(name);
    try {
      const { value, detail } = await fn(handle);
      handle.done(detail);
      return value;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (!interrupted) handle.fail(message);
      throw new StepFailed(name, message);
    }
  };

  const what = opts.pattern === "b"
    ? "Pattern B on scenario 2"
    : opts.pattern === "c"
    ? "Pattern C on scenario 3"
    : "Pattern A on scenario 6";
  console.log(
    style.bold("deno-debugger demo") +
      style.dim(` — ${what} through the MCP server (out: ${rel(outDir)})`),
  );
  try {
    mcp = await step("start the MCP server (server/main.ts over stdio)", async () => {
      const launch = await resolveServerLaunch(ROOT, snapshotDir);
      const session = await McpSession.start(launch, { name: "deno-debugger-demo" });
      if (session.pid) group.adopt("MCP server", session.pid);
      const tools = await session.toolNames();
      const required = opts.pattern === "b"
        ? PATTERN_B_TOOLS
        : opts.pattern === "c"
        ? PATTERN_C_TOOLS
        : REQUIRED_TOOLS;
      const missing = required.filter((t) => !tools.includes(t));
      if (missing.length) {
        throw new Error(
          `the server does not offer ${missing.join(", ")} (it has: ${tools.join(", ")})`,
        );
      }
      return { value: session, detail: `${tools.length} tools` };
    });

    if (opts.pattern === "b") {
      const run = await runPatternB({
        root: ROOT,
        mcp,
        group,
        step,
        style,
        verbose: opts.verbose,
      });
      const dir = join(outDir, "pattern-b");
      const findings: PatternBFindings = {
        generatedAt: new Date().toISOString(),
        elapsedMs: performance.now() - started,
        ...run,
        steps: printer.steps,
      };
      const written = await step("write the report (with the flame graph)", async () => {
        await Deno.mkdir(dir, { recursive: true });
        const graphs = await copyFlameGraphs(findings, dir);
        const flame = await Deno.readTextFile(graphs[0]);
        const files: [string, string][] = [
          [join(dir, "report.md"), renderPatternBMarkdown(findings)],
          [join(dir, "report.html"), renderPatternBHtml(findings, flame)],
          [join(dir, "findings.json"), JSON.stringify(findings, null, 2) + "\n"],
        ];
        for (const [path, text] of files) await Deno.writeTextFile(path, text);
        const paths = [...files.map(([p]) => p), ...graphs];
        return { value: paths, detail: paths.map(rel).join(", ") };
      });
      console.log(renderPatternBSummary(findings, rel(written[0])));
      return 0;
    }

    if (opts.pattern === "c") {
      const run = await runPatternC({ root: ROOT, mcp, group, step, style, verbose: opts.verbose });
      const dir = join(outDir, "pattern-c");
      const findings: PatternCFindings = {
        generatedAt: new Date().toISOString(),
        elapsedMs: performance.now() - started,
        ...run,
        steps: printer.steps,
      };
      const written = await step("write the report (with the logpoint tables)", async () => {
        await Deno.mkdir(dir, { recursive: true });
        const files: [string, string][] = [
          [join(dir, "report.md"), renderPatternCMarkdown(findings)],
          [join(dir, "findings.json"), JSON.stringify(findings, null, 2) + "\n"],
        ];
        for (const [path, text] of files) await Deno.writeTextFile(path, text);
        return { value: files.map(([p]) => p), detail: files.map(([p]) => rel(p)).join(", ") };
      });
      console.log(renderPatternCSummary(findings, rel(written[0])));
      return 0;
    }

    const common = { root: ROOT, mcp, group, step, opts, style };
    const measure = opts.stepByStep ? measureRun : investigateRun;
    const leaky = await measure({ ...common, name: "leaky", app: "scenario-6/app.ts" });
    const fixed = await measure({ ...common, name: "fixed", app: "scenario-6/app_fixed.ts" });
    const causes = rootCauses(leaky.summary, fixed.summary, 5);
    const retainers = await attributeCauses({ ...common, causes, leaky });

    const findings: DemoFindings = {
      generatedAt: new Date().toISOString(),
      elapsedMs: performance.now() - started,
      runtime: leaky.runtime,
      leaky: leaky.summary,
      fixed: fixed.summary,
      causes,
      retainers,
      steps: printer.steps,
    };
    const written = await step("write the report", async () => {
      const files = await writeReport(findings, outDir);
      return { value: files, detail: files.map(rel).join(", ") };
    });
    findings.elapsedMs = performance.now() - started;
    console.log(renderTerminalSummary(findings, style, rel(written[0])));
    return 0;
  } catch (e) {
    if (interrupted) return 130; // the signal handler is cleaning up and exiting
    const message = e instanceof StepFailed
      ? `demo failed at step "${e.step}":\n  ${e.detail.replaceAll("\n", "\n  ")}`
      : `demo failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`;
    console.error(style.red(message));
    return 1;
  } finally {
    await mcp?.close();
    await group.stopAll();
    const left = group.running();
    if (left.length) {
      console.error(
        `warning: could not stop ${left.map((p) => `${p.name} (pid ${p.pid})`).join(", ")}`,
      );
    }
  }
}

/** Tools the demo calls; checked up front so a missing one fails the first step, by name. */
const REQUIRED_TOOLS = [
  "investigate_leak",
  "connect_inspector",
  "disconnect_inspector",
  "capture_snapshot",
  "simulate_connections",
  "compare_snapshots",
  "find_retainers",
  "read_source",
  "get_stats",
];

/** Tools Pattern C's demo calls. */
const PATTERN_C_TOOLS = ["logpoints", "catch_exceptions", "send_http_requests"];

/** Tools Pattern B's demo calls. */
const PATTERN_B_TOOLS = ["profile_cpu", "compare_cpu_profiles"];

function rel(path: string): string {
  const r = relative(Deno.cwd(), path);
  return r.startsWith("..") ? path : r || ".";
}

if (import.meta.main) {
  Deno.exit(await main(Deno.args));
}
