/**
 * Timers that keep things alive, on snapshots a Node program writes itself (no inspector, so
 * no sidecar): leaked `setInterval`s and pending `setTimeout`s are pooled by callback, named
 * by kind, located at the callback's line, with what the callback's scope captures.
 */

import { compareSnapshotFiles, summarizeSnapshotFile } from "../../../heap/mod.ts";
import { assert, assertEquals, assertMatch } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_timer_target.cjs", import.meta.url).pathname;
const KINDS_SCRIPT = new URL("../../support/heap_timer_kinds_target.ts", import.meta.url).pathname;
const ABORT_SCRIPT = new URL("../../support/heap_abort_timeout_target.ts", import.meta.url)
  .pathname;
const ABORT_SCRIPT_NODE = new URL("../../support/heap_abort_timeout_target.mjs", import.meta.url)
  .pathname;

Deno.test("timers: leaked intervals and pending timeouts, pooled by callback (Node, no sidecar)", async () => {
  const dir = await Deno.makeTempDir({ prefix: "heap-timers-" });
  try {
    const before = `${dir}/before.heapsnapshot`;
    const after = `${dir}/after.heapsnapshot`;
    const out = await new Deno.Command("node", { args: [SCRIPT, before, after], stderr: "piped" })
      .output();
    assertEquals(out.code, 0, new TextDecoder().decode(out.stderr));
    const report = await compareSnapshotFiles({ before, after, cycles: 20 });
    const lines = (await Deno.readTextFile(SCRIPT)).split("\n");
    const lineOf = (marker: string) => lines.findIndex((l) => l.includes(marker)) + 1;

    const timers = report.suspects.filter((s) => s.holder === "Timeout");
    assertEquals(timers.length, 2, JSON.stringify(report.suspects.map((s) => s.path)));
    const interval = timers.find((s) => s.location?.line === lineOf("// HEARTBEAT"));
    const timeout = timers.find((s) => s.location?.line === lineOf("// DELAYED"));
    assert(interval && timeout, JSON.stringify(timers.map((t) => [t.path, t.location])));
    assertEquals(interval.added, 20);
    assertEquals(interval.addedPerCycle, 1);
    assertEquals(interval.kind, "timers");
    assertEquals(interval.timer?.kind, "setInterval");
    assertEquals(interval.path, "conn.heartbeat");
    assertMatch(interval.reason, /20 more setInterval timers running/);
    assertEquals(
      interval.timer?.captured,
      ["conn", "i"].filter((v) => interval.timer!.captured.includes(v)),
    );
    assert(interval.timer!.captured.includes("conn"), JSON.stringify(interval.timer));
    assertEquals(timeout.timer?.kind, "setTimeout");
    assertEquals(timeout.added, 20);
    assertMatch(timeout.reason, /setTimeout timers pending/);
    assert(interval.bytes > 0 && timeout.bytes > 0, "each pool accounts for its timers");
    assertMatch(report.notes.join("\n"), /no sidecar/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

/**
 * Runs an AbortSignal.timeout() target (Deno's `.ts`, Node's `.mjs`) from `dir` with its
 * deadline line replaced, and without its listener when `listen` is false (Node's).
 */
async function abortTimeoutReport(
  dir: string,
  deadline: string,
  runtime: "deno" | "node" = "deno",
  listen = true,
) {
  const node = runtime === "node";
  const script = `${dir}/jobs.${node ? "mjs" : "ts"}`;
  const source = await Deno.readTextFile(node ? ABORT_SCRIPT_NODE : ABORT_SCRIPT);
  const line = /^const JOB_DEADLINE_MS = .*$/m;
  assert(line.test(source), "the target declares its deadline");
  await Deno.writeTextFile(
    script,
    source.replace(line, `const JOB_DEADLINE_MS = ${deadline};`)
      .replace(/^const LISTEN = true;$/m, `const LISTEN = ${listen};`),
  );
  const before = `${dir}/before.heapsnapshot`;
  const after = `${dir}/after.heapsnapshot`;
  const out = await new Deno.Command(node ? "node" : Deno.execPath(), {
    args: node ? [script, before, after] : ["run", `--allow-write=${dir}`, script, before, after],
    stderr: "piped",
  }).output();
  assertEquals(out.code, 0, new TextDecoder().decode(out.stderr));
  const report = await compareSnapshotFiles({ before, after, cycles: 20 });
  const lineOf = source.split("\n").findIndex((l) => l.includes("// DEADLINE")) + 1;
  return { report, line: lineOf };
}

Deno.test("timers: the runtime's timers that AbortSignal.timeout() arms, named by that call (Deno)", async () => {
  const dir = await Deno.makeTempDir({ prefix: "heap-abort-timeout-" });
  try {
    const { report, line } = await abortTimeoutReport(dir, "15 * 60_000");
    const [first] = report.suspects;
    assert(first, "the timers are the program's, not hidden as the runtime's");
    assertEquals(first.name, "AbortSignal.timeout() timers");
    assertEquals(first.kind, "timers");
    assertEquals(first.added, 20);
    assertEquals(first.statement?.location.line, line);
    assertMatch(first.fix ?? "", /remove the listeners/);
    assertEquals(first.timer?.captured, [], "the runtime's callback's variables are not shown");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("timers: AbortSignal.timeout() timers that end within a minute are work in flight, not a leak (Deno)", async () => {
  const dir = await Deno.makeTempDir({ prefix: "heap-abort-timeout-" });
  try {
    const { report } = await abortTimeoutReport(dir, "5_000");
    assertEquals(report.suspects.map((s) => s.name), []);
    assertMatch(
      report.notes.join("\n"),
      /timers that end soon: AbortSignal\.timeout\(\) timers .*5000 ms/,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("timers: Node's AbortSignal.timeout() signals kept for their listeners, named by that call, its timers' registry with them", async () => {
  const dir = await Deno.makeTempDir({ prefix: "heap-abort-timeout-node-" });
  try {
    const { report, line } = await abortTimeoutReport(dir, "15 * 60_000", "node");
    assertEquals(report.suspects.map((s) => s.name), ["AbortSignal.timeout() signals"]);
    const [first] = report.suspects;
    assertEquals(first.added, 20);
    assertEquals(first.statement?.location.line, line);
    assertMatch(first.fix ?? "", /remove the listeners/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("timers: Node's AbortSignal.timeout() that ends within a minute leaves no suspect, with listeners or without", async () => {
  for (const listen of [true, false]) {
    const dir = await Deno.makeTempDir({ prefix: "heap-abort-timeout-node-" });
    try {
      const { report } = await abortTimeoutReport(dir, "5_000", "node", listen);
      assertEquals(report.suspects.map((s) => s.name), [], `listen: ${listen}`);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  }
});

Deno.test("timers in a summary: Deno's setTimeout told from setInterval, fired ones gone (the growth trace's timers)", async () => {
  const dir = await Deno.makeTempDir({ prefix: "heap-timer-kinds-" });
  try {
    const file = `${dir}/timers.heapsnapshot`;
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", `--allow-write=${dir}`, KINDS_SCRIPT, file],
      stderr: "piped",
    }).output();
    assertEquals(out.code, 0, new TextDecoder().decode(out.stderr));
    const summary = await summarizeSnapshotFile(file);
    const timers = summary.holders.filter((h) => h.holder === "Timeout")
      .map((h) => [h.path, h.instances]);
    assertEquals(timers.sort(), [["setInterval(poll)", 3], ["setTimeout(expire)", 5]]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

const DENO_INTERVALS = new URL("../../support/heap_deno_intervals_target.ts", import.meta.url)
  .pathname;

Deno.test("timers: Deno's own record beside each of the program's intervals is counted with them", async () => {
  const dir = await Deno.makeTempDir({ prefix: "heap-deno-timers-" });
  try {
    const before = `${dir}/before.heapsnapshot`;
    const after = `${dir}/after.heapsnapshot`;
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", `--allow-write=${dir}`, DENO_INTERVALS, before, after],
      stderr: "piped",
    }).output();
    assertEquals(out.code, 0, new TextDecoder().decode(out.stderr));
    const report = await compareSnapshotFiles({ before, after, cycles: 100 });
    const interval = report.suspects.find((s) => s.timer?.kind === "setInterval");
    assert(interval, JSON.stringify(report.suspects.map((s) => s.name)));
    assertEquals(interval.added, 100, "the runtime's pool of the same timers adds none");
    // The runtime's per-timer objects are the interval suspect's, not left unexplained.
    const runtimeSide = report.groups.find((g) => g.name.startsWith("{_idleTimeout"));
    assert(runtimeSide?.via?.includes(interval.rank), JSON.stringify(runtimeSide));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
