/**
 * The CPU profiler's overhead on a workload (issue 14; reported, not asserted): scenario 2's
 * slow bookshop under Deno and Node, the same search workload run with no inspector session,
 * with our session attached (profile_cpu's state before it starts the profiler), and with V8's
 * CPU profiler running at 1 ms (profile_cpu's default) and at 0.1 ms. Rounds interleave the
 * conditions so a busy machine slows them alike; each keeps its fastest round (as
 * `bench/run.ts` does: noise only ever adds time). The target's own CPU
 * time comes from /proc (user + system, every thread), wall time and median latency from the
 * workload runner the tools use.
 *
 * Usage: deno run --allow-net=127.0.0.1 --allow-read --allow-write=bench/data --allow-run
 *   bench/cpu_overhead.ts [--rounds=3] [--runtime=deno|node|both]
 * (`deno task bench` runs it at the end unless `--no-cpu`.)
 *
 * @module
 */

import { InspectorSession } from "../inspector/mod.ts";
import { runWorkload, type Workload } from "../workloads/mod.ts";

const root = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const arg = (name: string) =>
  Deno.args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const ROUNDS = Math.max(1, Number(arg("rounds") ?? 3));
const RUNTIMES = (arg("runtime") ?? "both") === "both"
  ? ["deno", "node"] as const
  : [arg("runtime") as "deno" | "node"];
/** Requests per measured run, four at a time (~1.5 s of the slow service's CPU). */
const REQUESTS = 16;
const WARMUP_REQUESTS = 48;
const QUERY = "/search?q=garden%20light%20river";
/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux). */
const USER_HZ = 100;

type Condition = "no session" | "session attached" | "profiler 1 ms" | "profiler 0.1 ms";
const CONDITIONS: Condition[] = [
  "no session",
  "session attached",
  "profiler 1 ms",
  "profiler 0.1 ms",
];

interface Sample {
  cpuMsPerRequest: number;
  wallMsPerRequest: number;
  p50Ms: number;
  /** Profiler.stop: sending the profile (ms), for the profiled conditions. */
  stopMs?: number;
}

function freePort(): number {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (l.addr as Deno.NetAddr).port;
  l.close();
  return port;
}

/**
 * The target's CPU time so far (ms, all threads). Read through `cat`: Deno lets only
 * --allow-all read another process's /proc files.
 */
async function cpuMs(pid: number): Promise<number> {
  const out = await new Deno.Command("cat", { args: [`/proc/${pid}/stat`] }).output();
  const stat = new TextDecoder().decode(out.stdout);
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
}

async function waitFor(url: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(url);
      await r.body?.cancel();
      if (r.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

async function measure(runtime: "deno" | "node"): Promise<Map<Condition, Sample[]>> {
  const port = freePort();
  const inspectPort = freePort();
  const script = runtime === "deno" ? "scenario-2/app.ts" : "scenario-2/node/app.mjs";
  const args = runtime === "deno"
    ? ["run", `--inspect=127.0.0.1:${inspectPort}`, "--allow-net=127.0.0.1", "--allow-env=PORT"]
    : [`--inspect=127.0.0.1:${inspectPort}`];
  const child = new Deno.Command(runtime === "deno" ? Deno.execPath() : "node", {
    args: [...args, script, `--port=${port}`],
    cwd: root,
    stdin: "null",
    stdout: "null",
    stderr: "null",
  }).spawn();
  const samples = new Map<Condition, Sample[]>(CONDITIONS.map((c) => [c, []]));
  try {
    await waitFor(`http://127.0.0.1:${port}/health`);
    const work = (count: number): Workload => ({
      kind: "http",
      url: `http://127.0.0.1:${port}${QUERY}`,
      count,
      concurrency: 4,
      method: "GET",
      timeoutMs: 60_000,
    });
    await runWorkload(work(WARMUP_REQUESTS));
    for (let round = 0; round < ROUNDS; round++) {
      for (const condition of CONDITIONS) {
        const session = condition === "no session"
          ? undefined
          : await InspectorSession.connect({ host: "127.0.0.1", port: inspectPort });
        try {
          const interval = condition === "profiler 1 ms"
            ? 1000
            : condition === "profiler 0.1 ms"
            ? 100
            : undefined;
          if (interval) await session!.startCpuProfiling(interval);
          const cpuBefore = await cpuMs(child.pid);
          const run = await runWorkload(work(REQUESTS));
          const cpu = (await cpuMs(child.pid)) - cpuBefore;
          let stopMs: number | undefined;
          if (interval) {
            const t = performance.now();
            await session!.stopCpuProfiling();
            stopMs = performance.now() - t;
          }
          if (run.succeeded !== REQUESTS) throw new Error(`${condition}: ${run.errors.join("; ")}`);
          samples.get(condition)!.push({
            cpuMsPerRequest: cpu / REQUESTS,
            wallMsPerRequest: run.elapsedMs / REQUESTS,
            p50Ms: run.latencyMs?.p50 ?? NaN,
            ...(stopMs !== undefined ? { stopMs } : {}),
          });
        } finally {
          await session?.close();
        }
      }
    }
  } finally {
    try {
      child.kill("SIGKILL");
    } catch { /* exited */ }
    await child.status;
  }
  return samples;
}

/** The fastest round's figure. */
function best(values: number[]): number {
  return values.length ? Math.min(...values) : NaN;
}

const results: Record<string, Record<string, Record<string, number>>> = {};
console.log(
  `CPU profiler overhead on scenario 2's search (${REQUESTS} requests × ${ROUNDS} rounds per ` +
    "condition, the fastest round of each; overhead against the attached session):\n",
);
console.log(
  "| runtime | condition | target CPU per request | wall per request | p50 latency | " +
    "overhead (CPU) | Profiler.stop |",
);
console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
for (const runtime of RUNTIMES) {
  const samples = await measure(runtime);
  const base = best(samples.get("session attached")!.map((s) => s.cpuMsPerRequest));
  results[runtime] = {};
  for (const condition of CONDITIONS) {
    const list = samples.get(condition)!;
    const cpu = best(list.map((s) => s.cpuMsPerRequest));
    const wall = best(list.map((s) => s.wallMsPerRequest));
    const p50 = best(list.map((s) => s.p50Ms));
    const stops = list.flatMap((s) => s.stopMs === undefined ? [] : [s.stopMs]);
    const stop = stops.length ? best(stops) : undefined;
    const overhead = (cpu / base - 1) * 100;
    results[runtime][condition] = {
      cpuMsPerRequest: cpu,
      wallMsPerRequest: wall,
      p50Ms: p50,
      overheadPercent: overhead,
      ...(stop !== undefined ? { stopMs: stop } : {}),
    };
    console.log(
      `| ${runtime} | ${condition} | ${cpu.toFixed(1)} ms | ${wall.toFixed(1)} ms | ` +
        `${p50.toFixed(0)} ms | ${
          condition === "session attached"
            ? "—"
            : `${overhead >= 0 ? "+" : ""}${overhead.toFixed(1)}%`
        } | ${stop !== undefined ? `${stop.toFixed(0)} ms` : "—"} |`,
    );
  }
}
await Deno.mkdir(`${root}/bench/data`, { recursive: true });
await Deno.writeTextFile(
  `${root}/bench/data/cpu-overhead.json`,
  JSON.stringify({ date: new Date().toISOString(), rounds: ROUNDS, results }, null, 2),
);
console.log("\n(wrote bench/data/cpu-overhead.json)");
