/**
 * `deno task corpus [--keep] [--warmup=N] [--cycles=N] [--concurrency=N] [--shuffle=SEED] [id…]`:
 * Pattern A on every corpus case (or the named ones), two at a time by default, through the MCP
 * server over stdio, and a verdict per case. Each lane of cases keeps one server, as a user's client does.
 *
 * Per case: start the program with --inspect and --port on free ports, connect_inspector, run the
 * workload `warmup` cycles, let it settle, capture_snapshot baseline, run it `cycles` times, let
 * it settle, capture after, run it again, wait 1 s, capture final, compare_snapshots, then
 * judge the report (judge.ts). Writes the tool
 * texts to out/corpus/<id>.txt and the report JSON to out/corpus/<id>.json; `--keep` also keeps
 * the snapshots in out/corpus/snapshots/<id>/; `--shuffle=SEED` rewrites each snapshot with its
 * nodes in another order before the comparison (as another heap layout would have written them:
 * a verdict must not depend on it). Exits 0 only when every leaking case is named on
 * the right line, no case has a false suspect, and each case's heap growth looks as it should.
 *
 * @module
 */

import { CASES, type LeakCase } from "./cases.ts";
import { anchorLine, type CompareReport, judge, type Verdict } from "./judge.ts";
import { runWorkload, type WorkloadResult } from "./workload.ts";
import { type InspectTarget, startInspectTarget } from "../support/inspect_target.ts";
import { shuffleSnapshotFile } from "../support/shuffled_snapshot.ts";
import { type McpTestSession, REPO_ROOT, startMcpSession, textOf } from "../support/mcp_session.ts";

const LEAKS_DIR = `${REPO_ROOT}/tests/leaks`;
const OUT_DIR = `${REPO_ROOT}/out/corpus`;
const DEFAULT_WARMUP = 100;
const DEFAULT_CYCLES = 200;
/** A steady case is judged on growth per cycle, and a program's fixed noise (hidden classes,
 * sockets coming and going, a few KB) weighs 40 B a cycle over 200 cycles: twice the cycles
 * halve it, while a real leak's per-cycle figure stays the same. */
const DEFAULT_STEADY_CYCLES = 400;
const DEFAULT_CONCURRENCY = 2;
/** Below this heap growth per cycle a leaking case does not leak (as measured) … */
const MIN_LEAK_PER_CYCLE = 100;
/**
 * … and above it a case meant to be steady is not, counting the program's own objects
 * (DevTools' user classes): V8's metadata for the code it compiles (feedback, hidden
 * classes) goes on growing for a while in a program that holds nothing more.
 */
const MAX_STEADY_PER_CYCLE = 40;
/**
 * Wait after each load before its capture: the longest timer a case may use (its batches, its
 * workers' polls) has run once, so work the load queued is done, as a user lets a service settle
 * (and as investigate_leak does). Without it, what a timer had yet to move was counted where it
 * waited — and what the warm-up left queued was in the baseline only, so the heap seemed to
 * shrink by it.
 */
const SETTLE_MS = 300;

/** One case's outcome: the judge's verdict, the measured growth, or the error that stopped it. */
export interface CaseResult {
  c: LeakCase;
  verdict?: Verdict;
  growthPerCycle?: number;
  growthOk?: boolean;
  error?: string;
  seconds: number;
}

/** The command line: `--keep`, `--warmup=N`, `--cycles=N`, `--concurrency=N`, `--shuffle=SEED` and case ids. */
export function parseArgs(args: string[]) {
  const opts = {
    keep: false,
    warmup: undefined as number | undefined,
    cycles: undefined as number | undefined,
    concurrency: DEFAULT_CONCURRENCY,
    shuffle: undefined as number | undefined,
    ids: [] as string[],
  };
  for (const a of args) {
    if (a === "--keep") opts.keep = true;
    else if (a.startsWith("--warmup=")) opts.warmup = Number(a.slice(9));
    else if (a.startsWith("--cycles=")) opts.cycles = Number(a.slice(9));
    else if (a.startsWith("--concurrency=")) opts.concurrency = Math.max(1, Number(a.slice(14)));
    else if (a.startsWith("--shuffle=")) {
      opts.shuffle = Number(a.slice(10));
      if (!Number.isInteger(opts.shuffle)) throw new Error(`--shuffle wants an integer seed: ${a}`);
    } else if (a.startsWith("-")) throw new Error(`unknown option ${a}`);
    else opts.ids.push(a);
  }
  const unknown = opts.ids.filter((id) => !CASES.some((c) => c.id === id));
  if (unknown.length) throw new Error(`no such case: ${unknown.join(", ")}`);
  return opts;
}

/**
 * One lane of cases: the MCP server it keeps for case after case, as a user's client keeps one
 * (its analysis workers stay warm), and the target of the case it runs. Every lane's processes
 * are stopped on Ctrl-C.
 */
interface Lane {
  mcp?: McpTestSession;
  target?: InspectTarget;
}

const active = new Set<Lane>();

async function stopTarget(lane: Lane) {
  const target = lane.target;
  lane.target = undefined;
  await target?.stop().catch(() => {});
}

async function stop(lane: Lane) {
  const mcp = lane.mcp;
  lane.mcp = undefined;
  await mcp?.close().catch(() => {});
  await stopTarget(lane);
}

function stopAll(): Promise<unknown> {
  return Promise.all([...active].map(stop));
}

function call(mcp: McpTestSession, tool: string, args: Record<string, unknown>, log: string[]) {
  return mcp.call(tool, args, { timeoutMs: 600_000 }).then((r) => {
    log.push(`── ${tool} ${JSON.stringify(args)}\n${textOf(r)}\n`);
    if (r.isError) throw new Error(`${tool} failed: ${textOf(r)}`);
    return r;
  });
}

function describeLoad(what: string, r: WorkloadResult): string {
  const statuses = Object.entries(r.statuses).map(([s, n]) => `${s}×${n}`).join(" ");
  return `${what}: ${r.requests} requests in ${Math.round(r.ms)} ms (${statuses})` +
    (r.failures.length ? `\n  failures: ${r.failures.join("\n  ")}` : "");
}

/** Options of {@link runCase} (the command line's). */
export type RunOptions = ReturnType<typeof parseArgs>;

/**
 * Cases run in `concurrency` lanes (each lane its own server and snapshot folder, each case its
 * own target and ports; much of a case is waiting on processes, so two overlap well even on two
 * cores); results in the cases' order, each promise settling when its case is done.
 */
export function runCases(cases: LeakCase[], opts: RunOptions): Promise<CaseResult>[] {
  let next = 0;
  const results = cases.map(() => Promise.withResolvers<CaseResult>());
  const worker = async () => {
    const lane: Lane = {};
    active.add(lane);
    try {
      while (next < cases.length) {
        const i = next++;
        const result = await runCase(cases[i], opts, lane);
        // No case left for this lane: its server is gone before the caller hears of the last.
        if (next >= cases.length) await stop(lane);
        results[i].resolve(result);
      }
    } finally {
      await stop(lane);
      active.delete(lane);
    }
  };
  for (let w = 0; w < Math.min(opts.concurrency, cases.length); w++) worker();
  return results.map((r) => r.promise);
}

/** Pattern A on one case through the lane's MCP server, judged (see the module doc). */
async function runCase(c: LeakCase, opts: RunOptions, lane: Lane): Promise<CaseResult> {
  const started = performance.now();
  const caseDir = `${LEAKS_DIR}/${c.id}`;
  const warmup = opts.warmup ?? c.warmup ?? DEFAULT_WARMUP;
  const cycles = opts.cycles ?? c.cycles ?? (c.leaks ? DEFAULT_CYCLES : DEFAULT_STEADY_CYCLES);
  const log: string[] = [
    `case ${c.id} (${c.runtime}, ${c.entry}); warm-up ${warmup} cycles, measured ${cycles}`,
  ];
  const result: CaseResult = { c, seconds: 0 };
  try {
    if (c.expect) {
      // Fail early on a manifest anchor that is missing or not unique.
      anchorLine(caseDir, c.expect.adds);
      if (c.expect.creates) anchorLine(caseDir, c.expect.creates);
      if (c.expect.removes) anchorLine(caseDir, c.expect.removes);
    }
    lane.mcp ??= await startMcpSession({
      snapshotDir: `snapshots/corpus-${crypto.randomUUID().slice(0, 8)}`,
    });
    lane.target = await startInspectTarget({
      runtime: c.runtime,
      script: `${caseDir}/${c.entry}`,
      runtimeFlags: c.runtime === "deno" ? c.denoFlags ?? ["--allow-net=127.0.0.1"] : [],
      withHttpPort: true,
      httpPortFlag: "--port=",
      readyPath: "/healthz",
    });
    const { mcp, target } = lane;
    const base = `http://127.0.0.1:${target.httpPort}`;
    await call(mcp, "connect_inspector", { port: target.inspectPort }, log);

    const load = async (what: string, n: number, first: number) => {
      const r = await runWorkload(base, c.workload, { cycles: n, firstCycle: first });
      log.push(describeLoad(what, r));
      if (r.failures.length) throw new Error(`${what}: requests failed: ${r.failures[0]}`);
      return r.nextCycle;
    };
    let next = await load("warm-up", warmup, 1);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    await call(mcp, "capture_snapshot", { label: `${c.id}-baseline` }, log);
    next = await load("measured", cycles, next);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    await call(mcp, "capture_snapshot", { label: `${c.id}-after` }, log);
    // The three-snapshot technique (and investigate_leak): the work again before the final
    // snapshot, so what a bounded structure keeps of the first run has been replaced by then;
    // a second's wait lets time-based clean-ups run.
    next = await load("again", cycles, next);
    await new Promise((r) => setTimeout(r, 1000));
    await call(mcp, "capture_snapshot", { label: `${c.id}-final` }, log);
    if (opts.shuffle !== undefined) {
      for (const [k, label] of LABELS.entries()) {
        const file = `${REPO_ROOT}/${mcp.snapshotDir}/${c.id}-${label}.heapsnapshot`;
        await shuffleSnapshotFile(file, opts.shuffle + k);
      }
      log.push(`── snapshots rewritten in another node order (seed ${opts.shuffle})`);
    }
    const cmp = await call(mcp, "compare_snapshots", {
      before: `${c.id}-baseline`,
      after: `${c.id}-after`,
      final: `${c.id}-final`,
      cycles,
    }, log);
    const report = cmp.structuredContent as CompareReport & { totals?: Record<string, number> };
    await Deno.writeTextFile(`${OUT_DIR}/${c.id}.json`, JSON.stringify(report, null, 2));

    const totals = report.totals ?? {};
    result.growthPerCycle = !c.leaks && totals.userSizeDelta !== undefined
      ? steadyGrowth(
        totals.userSizeDelta - weakTablesGrowth(report),
        userAliveAtEnd(report),
        totals.runtimeHeldSize ?? 0,
      ) / cycles
      : totals.sizeDeltaExcludingCodePerCycle ??
        (totals.sizeDeltaExcludingCode ?? totals.sizeDelta) / cycles;
    result.growthOk = c.leaks
      ? result.growthPerCycle >= MIN_LEAK_PER_CYCLE
      : Math.abs(result.growthPerCycle) <= MAX_STEADY_PER_CYCLE;
    result.verdict = judge(c, report, caseDir);
    log.push(`── verdict\n${JSON.stringify(result.verdict, null, 2)}`);
    log.push(
      `heap growth per cycle (${c.leaks ? "excluding code" : "the program's own objects"}): ${
        result.growthPerCycle.toFixed(1)
      } B`,
    );

    if (opts.keep) {
      const keepDir = `${OUT_DIR}/snapshots/${c.id}`;
      await Deno.remove(keepDir, { recursive: true }).catch(() => {});
      await Deno.mkdir(keepDir, { recursive: true });
      await moveCaseFiles(mcp.snapshotDir, c.id, keepDir);
      log.push(`snapshots kept in ${keepDir}`);
    }
  } catch (e) {
    result.error = (e as Error).message.split("\n")[0];
    log.push(
      `ERROR: ${(e as Error).stack ?? e}\n── target output\n${lane.target?.output() ?? ""}`,
    );
    // The next case gets a fresh server: nothing this one broke carries over.
    await stop(lane);
  } finally {
    const dir = lane.mcp?.snapshotDir;
    await stopTarget(lane);
    if (dir) await moveCaseFiles(dir, c.id);
    result.seconds = (performance.now() - started) / 1000;
    await Deno.writeTextFile(`${OUT_DIR}/${c.id}.txt`, log.join("\n") + "\n");
  }
  return result;
}

/** The labels of a case's three snapshots (`<id>-baseline`, …). */
const LABELS = ["baseline", "after", "final"];

/**
 * Moves a case's snapshot files (`<id>-<label>.heapsnapshot` and their sidecars) from the
 * server's snapshot folder into `to`, or deletes them when there is nowhere to move them.
 */
async function moveCaseFiles(snapshotDir: string, id: string, to?: string) {
  const from = `${REPO_ROOT}/${snapshotDir}`;
  const ours = (name: string) => LABELS.some((label) => name.startsWith(`${id}-${label}.`));
  let names: string[] = [];
  try {
    names = (await Array.fromAsync(Deno.readDir(from))).map((e) => e.name).filter(ours);
  } catch {
    return; // no folder yet: nothing was captured
  }
  for (const name of names) {
    if (to) await Deno.rename(`${from}/${name}`, `${to}/${name}`);
    else await Deno.remove(`${from}/${name}`).catch(() => {});
  }
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join("  ").trimEnd()).join(
    "\n",
  );
}

function bytes(n: number | undefined): string {
  if (n === undefined || Number.isNaN(n)) return "—";
  return Math.abs(n) >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${Math.round(n)} B`;
}

async function main() {
  const opts = parseArgs(Deno.args);
  const cases = opts.ids.length ? CASES.filter((c) => opts.ids.includes(c.id)) : CASES;
  await Deno.mkdir(OUT_DIR, { recursive: true });
  const onSignal = () => {
    console.error("\ninterrupted; stopping what was started");
    stopAll().finally(() => Deno.exit(130));
  };
  Deno.addSignalListener("SIGINT", onSignal);

  const results: CaseResult[] = [];
  for (const [n, pending] of runCases(cases, opts).entries()) {
    const r = await pending;
    const c = r.c;
    results.push(r);
    const v = r.verdict;
    const status = r.error
      ? `error: ${r.error}`
      : c.leaks
      ? `named ${v!.named ? "yes" : "no"}, line ${v!.lineRight ? "yes" : "no"}, ${
        v!.falseSuspects.length
      } false`
      : `${v!.falseSuspects.length} false`;
    console.log(
      `[${String(n + 1).padStart(2)}/${cases.length}] ${c.id} — ${status}, ${
        bytes(r.growthPerCycle)
      }/cycle (${r.seconds.toFixed(1)} s)`,
    );
  }
  Deno.removeSignalListener("SIGINT", onSignal);

  const rows = [["case", "runtime", "expected", "named", "line", "false suspects", "growth/cycle"]];
  for (const r of results) {
    const v = r.verdict;
    const growth = bytes(r.growthPerCycle) +
      (r.growthOk === false ? (r.c.leaks ? " (too small)" : " (not steady)") : "");
    rows.push([
      r.c.id + (r.c.knownMiss ? " (known miss)" : ""),
      r.c.runtime,
      r.c.expect?.names[0] ?? "(no leak)",
      r.error ? "ERROR" : r.c.leaks ? (v!.named ? "yes" : "no") : "—",
      r.error ? "" : r.c.leaks ? (v!.lineRight ? "yes" : "no") : "—",
      r.error
        ? r.error.slice(0, 60)
        : v!.falseSuspects.length
        ? `${v!.falseSuspects.length}: ${v!.falseSuspects.slice(0, 3).join(", ")}`
        : "0",
      growth,
    ]);
  }
  const leaking = results.filter((r) => r.c.leaks);
  const named = leaking.filter((r) => r.verdict?.named).length;
  const lines = leaking.filter((r) => r.verdict?.lineRight).length;
  const falseCount = results.reduce((sum, r) => sum + (r.verdict?.falseSuspects.length ?? 0), 0);
  const summary = `${
    table(rows)
  }\n\ncorpus: ${named}/${leaking.length} named, ${lines}/${leaking.length} lines, ${falseCount} false suspects`;
  await Deno.writeTextFile(`${OUT_DIR}/summary.txt`, summary + "\n");
  console.log(`\n${summary}`);

  // A known miss is reported above, not counted against the run.
  const allGood = results.every((r) =>
    r.c.knownMiss !== undefined ||
    !r.error && r.growthOk && r.verdict!.falseSuspects.length === 0 &&
      (!r.c.leaks || (r.verdict!.named && r.verdict!.lineRight))
  );
  Deno.exit(allGood ? 0 : 1);
}

if (import.meta.main) await main();

/**
 * A steady program's growth: its own objects' (DevTools' user classes), as the smaller of
 * their net growth and what of them is new and still alive at the end (objects in flight
 * when `after` was captured count in the first, entries replaced in a capped cache in the
 * second; a leak shows in both), less what only the runtime holds (a cache of the runtime's
 * that fills slowly, e.g. Deno's URLPattern inputs), and never below zero. The runtime's
 * figure counts every class, so it may exceed the program's: then nothing is left to the
 * program. The engine's verdict (no suspect) is the main assertion.
 */
function steadyGrowth(userSizeDelta: number, aliveAtEnd: number, runtimeHeld: number): number {
  // A program that shrank (objects in flight at the baseline, gone since) kept nothing.
  const own = Math.min(userSizeDelta, aliveAtEnd);
  return Math.max(0, own - runtimeHeld);
}

/**
 * Bytes the program's WeakMaps and WeakSets grew by while their number stayed: their tables'
 * capacity, which follows how many entries were alive between collections (entries go when
 * their keys do, the capacity stays), not anything they keep. Groups shown only.
 */
function weakTablesGrowth(report: CompareReport): number {
  const groups = (report as {
    groups?: { kind?: string; name?: string; countDelta?: number; sizeDelta?: number }[];
  }).groups ?? [];
  return groups.reduce(
    (n, g) =>
      g.kind === "user" && (g.name === "WeakMap" || g.name === "WeakSet") && g.countDelta === 0
        ? n + Math.max(0, g.sizeDelta ?? 0)
        : n,
    0,
  );
}

/** Bytes of the user classes' objects new since the baseline and alive at the end (groups shown). */
function userAliveAtEnd(report: CompareReport): number {
  const groups = (report as { groups?: { kind?: string; leakedSize?: number }[] }).groups ?? [];
  return groups.reduce((n, g) => n + (g.kind === "user" ? g.leakedSize ?? 0 : 0), 0);
}
