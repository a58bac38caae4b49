/**
 * `deno task demo` for real: the driver starts the MCP server over stdio and the scenario-6
 * chat servers with `--inspect`, runs Pattern A on both (one investigate_leak call each; the
 * failure test drives it step by step), and must show the five root causes at the `app.ts`
 * lines of the scenario's answer key (the messageBuffer inside the heartbeat timers), verified
 * gone on the fixed server, write a report with charts, and leave no process behind — also
 * when a step fails or the user presses Ctrl-C.
 */
import { assert, assertEquals, assertStringIncludes } from "../../support/demo_assert.ts";
import { alive, demoArgs, pidsIn, REPO, runDemo } from "../../support/demo_run.ts";
import type { DemoFindings } from "../../../demo/findings.ts";
import { formatBytes } from "../../../heap/mod.ts";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, ensureChromium } from "../../support/chromium.ts";

/**
 * The scenario's answer key, read from the source: each leak's variable path and the line of
 * `scenario-6/app.ts` that makes it grow.
 */
async function answerKey(): Promise<Map<string, number>> {
  const source = (await Deno.readTextFile(`${REPO}scenario-6/app.ts`)).split("\n");
  const find = (re: RegExp) => {
    const i = source.findIndex((l) => re.test(l));
    if (i < 0) throw new Error(`scenario-6/app.ts has no line matching ${re}`);
    return i + 1;
  };
  return new Map([
    ["conn.heartbeat", find(/conn\.heartbeat = setInterval\(/)],
    ["messageHistory", find(/messageHistory\.push\(/)],
    ["userSessions", find(/userSessions\.set\(/)],
    ["conn.messageBuffer", find(/messageBuffer\.push\(/)],
    ["connectionStats.connectionDurations", find(/connectionDurations\.push\(/)],
  ]);
}

/** Processes whose command line mentions `marker` (the demo's unique output folder). */
function processesMentioning(marker: string): number[] {
  const found: number[] = [];
  for (const e of Deno.readDirSync("/proc")) {
    if (!/^\d+$/.test(e.name)) continue;
    try {
      const cmd = Deno.readTextFileSync(`/proc/${e.name}/cmdline`);
      if (cmd.includes(marker) && alive(Number(e.name))) found.push(Number(e.name));
    } catch { /* gone */ }
  }
  return found;
}

Deno.test({
  name: "demo: Pattern A through the MCP server names all five root causes and writes the report",
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    const out = await Deno.makeTempDir({ prefix: "demo-e2e-" });
    try {
      const result = await runDemo(out, [], 300_000);
      const { stdout, stderr, seconds } = result;
      console.log(`demo took ${seconds.toFixed(1)} s`);
      assertEquals(result.code, 0, `demo failed:\n${stdout}\n${stderr}`);

      // The five root causes are compare_snapshots' suspects, in its order, each at its
      // answer-key line; the terminal shows each with its statement and fix.
      const findings: DemoFindings = JSON.parse(await Deno.readTextFile(`${out}/findings.json`));
      const causes = findings.causes.map((c) => c.suspect);
      const key = await answerKey();
      assertEquals(causes.map((s) => s.path).sort(), [...key.keys()].sort(), "the five causes");
      const engineOrder = findings.leaky.compare.suspects.map((s) => s.rank);
      assertEquals(
        causes.map((s) => s.rank),
        engineOrder.filter((r) => causes.some((s) => s.rank === r)),
        "in the engine's order",
      );
      assertEquals(causes[0].path, "conn.heartbeat", "the timers keep the most");
      for (const cause of findings.causes) {
        const s = cause.suspect;
        const line = `scenario-6/app.ts:${key.get(s.path)}`;
        assertEquals(s.statement?.location.display, line, `${s.path}'s statement`);
        assertStringIncludes(stdout, `│ ${s.statement?.text}`);
        assertStringIncludes(stdout, line);
        assertStringIncludes(stdout, `fix: ${s.fix}`);
        if (s.path === "conn.messageBuffer") continue;
        // Measured growth on the leaky server, and none (or far less) on the fixed one.
        assertEquals(s.insideOf, undefined, `${s.path} lies inside no other`);
        assert(
          cause.leakyPer100 > 1000,
          `${s.path} grew on the leaky server: ${cause.leakyPer100}`,
        );
        assert(
          cause.fixedPer100 === null || cause.fixedPer100 * 10 < cause.leakyPer100,
          `${s.path} still grows on the fixed server: ${cause.fixedPer100}`,
        );
        assertStringIncludes(
          stdout,
          `per 100 connections: leaky ${formatBytes(cause.leakyPer100, true)}`,
        );
      }
      // The messageBuffer lies inside the heartbeat timers' growth: shown under them, counted there.
      const buffer = causes.find((s) => s.path === "conn.messageBuffer")!;
      assertEquals(buffer.insideOf, causes[0].rank);
      assertEquals(buffer.bytes, 0);
      assert(
        new RegExp(`^ {5}${buffer.rank}\\. conn\\.messageBuffer — inside #${causes[0].rank}: `, "m")
          .test(stdout),
        `messageBuffer under the heartbeat:\n${stdout}`,
      );
      // The verdict: the engine's leak total and the heap growth, JIT-compiled code left out.
      for (const { compare: { totals: t } } of [findings.leaky, findings.fixed]) {
        // Code can shrink as well as grow (V8 flushes old bytecode), so only the split is checked.
        assert(Number.isFinite(t.codeSizeDelta), `code growth ${t.codeSizeDelta}`);
        assertEquals(t.sizeDeltaExcludingCode, t.sizeDelta - t.codeSizeDelta);
      }
      const leakyLeak = findings.leaky.compare.totals.leakBytes ?? 0;
      const fixedLeak = findings.fixed.compare.totals.leakBytes ?? 0;
      assert(
        leakyLeak > 10 * Math.max(fixedLeak, 1),
        `leak: leaky ${leakyLeak} B, fixed ${fixedLeak} B`,
      );
      const outerBytes = causes.reduce((sum, s) => sum + s.bytes, 0);
      assert(
        outerBytes <= leakyLeak,
        `the causes' bytes ${outerBytes} exceed the leak ${leakyLeak}`,
      );
      const leakyHeap = findings.leaky.compare.totals.sizeDeltaExcludingCode;
      const fixedHeap = findings.fixed.compare.totals.sizeDeltaExcludingCode;
      assert(
        leakyHeap > 10 * Math.max(fixedHeap, 1),
        `heap: leaky +${leakyHeap} B, fixed +${fixedHeap} B`,
      );
      assertStringIncludes(stdout, "Leak per 100 connections, before vs after the fix:");
      assertStringIncludes(
        stdout,
        `before (scenario-6/app.ts): ${
          formatBytes(leakyLeak * 100 / findings.leaky.connections, true)
        } of new objects kept by`,
      );
      assertStringIncludes(stdout, "Heap figures leave out JIT-compiled code");
      assertStringIncludes(stdout, "✓ investigate_leak: warm-up");
      assertStringIncludes(
        stdout,
        "investigate_leak verify on scenario-6/app_fixed.ts: 5 of 5 causes of the leaky run gone",
      );

      // Allocation sampling around the load: far more survives on the leaky server, and the
      // heartbeat timers are made by setInterval inside socket.onopen.
      const sampledLeaky = findings.leaky.allocations;
      const sampledFixed = findings.fixed.allocations;
      assert(sampledLeaky && sampledFixed, "both runs were sampled");
      assert(
        sampledLeaky.programBytes > 3 * sampledFixed.programBytes,
        `sampled alive: leaky ${sampledLeaky.programBytes} B vs fixed ${sampledFixed.programBytes} B`,
      );
      const timerSite = sampledLeaky.sites.find((x) => x.via === "setInterval");
      assertEquals(timerSite?.functionName, "socket.onopen");

      // The report and its chart.
      const md = await Deno.readTextFile(`${out}/report.md`);
      assertStringIncludes(md, "](growth.svg)");
      assertStringIncludes(md, "| socket.onopen | scenario-6/app.ts:");
      const outer = causes.filter((s) => s.insideOf === undefined).length;
      const svg = await Deno.readTextFile(`${out}/growth.svg`);
      assertEquals((svg.match(/class="bar leaky"/g) ?? []).length, outer, "a bar per outer cause");
      // The HTML report opens in a browser and both charts render with real bars.
      const browser = await chromium.launch({
        executablePath: await ensureChromium(),
        args: CHROMIUM_ARGS,
      });
      try {
        const page = await browser.newPage();
        await page.goto(`file://${out}/report.html`);
        const rendered = await page.evaluate(`(() => {
          const charts = [...document.querySelectorAll(".chart svg")];
          const bars = [...document.querySelectorAll(".chart rect.bar.leaky")];
          return { charts: charts.length, bars: bars.map((b) => b.getBBox().width) };
        })()`) as { charts: number; bars: number[] };
        assertEquals(rendered.charts, 2, "two charts in the report");
        assertEquals(rendered.bars.length, 2 + outer, "leak + whole heap, then each outer cause");
        assert(rendered.bars.every((w) => w > 0), `leaky bars drawn: ${rendered.bars}`);
      } finally {
        await browser.close();
      }

      // Every process it started is gone.
      for (const pid of pidsIn(stdout)) assert(!alive(pid), `pid ${pid} still running`);
      assertEquals(processesMentioning(out), [], "the MCP server is still running");
    } finally {
      await Deno.remove(out, { recursive: true }).catch(() => {});
    }
  },
});

/** Starts the demo, reads its output until `trigger` matches, then calls `act` with the pids. */
async function runUntil(
  out: string,
  trigger: RegExp,
  act: (child: Deno.ChildProcess, pids: number[]) => void,
  extra: string[] = [],
): Promise<{ code: number; output: string }> {
  const child = new Deno.Command(Deno.execPath(), {
    args: demoArgs(out, ["--warmup=0", "--clients=20", ...extra]),
    cwd: REPO,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let output = "";
  let acted = false;
  const errText = new Response(child.stderr).text();
  const decoder = new TextDecoder();
  const deadline = setTimeout(() => child.kill("SIGKILL"), 180_000);
  for await (const chunk of child.stdout) {
    output += decoder.decode(chunk);
    if (!acted && trigger.test(output)) {
      acted = true;
      act(child, pidsIn(output));
    }
  }
  const status = await child.status;
  clearTimeout(deadline);
  output += await errText;
  assert(acted, `the demo never reached ${trigger}:\n${output}`);
  return { code: status.code, output };
}

Deno.test({
  name: "demo: a failing step exits 1 naming the step, and stops everything it started",
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    const out = await Deno.makeTempDir({ prefix: "demo-fail-" });
    try {
      // Kill the leaky chat server behind the demo's back once it has a baseline (the
      // step-by-step run, so the one-call run's test above leaves this path covered too).
      const { code, output } = await runUntil(
        out,
        /✓ capture_snapshot leaky-baseline/,
        (_c, pids) => {
          Deno.kill(pids[0], "SIGKILL");
        },
        ["--step-by-step"],
      );
      assertEquals(code, 1, output);
      assertStringIncludes(output, 'demo failed at step "');
      assert(/✗ (simulate_connections|capture_snapshot)/.test(output), output);
      for (const pid of pidsIn(output)) assert(!alive(pid), `pid ${pid} still running`);
      assertEquals(processesMentioning(out), [], "the MCP server is still running");
    } finally {
      await Deno.remove(out, { recursive: true }).catch(() => {});
    }
  },
});

Deno.test({
  name: "demo: Ctrl-C stops the MCP server and the chat server and exits 130",
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    const out = await Deno.makeTempDir({ prefix: "demo-int-" });
    try {
      const { code, output } = await runUntil(out, /✓ connect_inspector/, (child) => {
        child.kill("SIGINT");
      });
      assertEquals(code, 130, output);
      assertStringIncludes(output, "interrupted");
      for (const pid of pidsIn(output)) assert(!alive(pid), `pid ${pid} still running`);
      assertEquals(processesMentioning(out), [], "the MCP server is still running");
    } finally {
      await Deno.remove(out, { recursive: true }).catch(() => {});
    }
  },
});
