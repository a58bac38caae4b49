/**
 * The demo's pure parts on plain data: root causes built from two comparisons, the Markdown and
 * HTML reports, the terminal summary, argument parsing and the server launch line.
 */
import { assert, assertEquals, assertStringIncludes } from "../support/demo_assert.ts";
import type {
  AllocationReport,
  AllocationSite,
  CompareReport,
  LeakSuspect,
} from "../../heap/mod.ts";
import {
  buildRootCauses,
  counterFor,
  type DemoFindings,
  type RunSummary,
} from "../../demo/findings.ts";
import { improvementText, renderHtmlReport, renderMarkdownReport } from "../../demo/report.ts";
import { renderTerminalSummary, StepPrinter, Style } from "../../demo/terminal.ts";
import { chartFor, heapChartFor } from "../../demo/write_report.ts";
import { DemoUsageError, parseDemoArgs } from "../../demo/options.ts";
import { adaptLaunch } from "../../demo/server_launch.ts";
import { lineFromSource } from "../../demo/investigation.ts";
import { formatBytes, formatDelta } from "../../demo/format.ts";

let nextNodeId = 100;

function suspect(
  path: string,
  holder: string,
  before: number,
  after: number,
  line?: number,
  freed?: { before: number; after: number },
): LeakSuspect {
  const bytes = freed ? freed.after - freed.before : after - before;
  return {
    rank: nextNodeId - 99,
    name: path,
    path,
    kind: holder === "Timeout" ? "timers" : "array",
    scope: "module",
    holder,
    reason: `${holder.toLowerCase()} grew by ${after - before} bytes`,
    entriesBefore: 10,
    entriesAfter: 510,
    added: 500,
    bytes,
    objects: 500,
    fix: "bound it",
    entryNodeId: nextNodeId,
    nodeId: nextNodeId++,
    retainerPath: `module app.ts → ${path}`,
    location: line === undefined ? undefined : {
      url: "file:///x/scenario-6/app.ts",
      line,
      column: 5,
      display: `scenario-6/app.ts:${line}`,
    },
    statement: line === undefined ? undefined : {
      location: {
        url: "file:///x/scenario-6/app.ts",
        line,
        column: 5,
        display: `scenario-6/app.ts:${line}`,
      },
      text: `${path}.push(x);`,
    },
  };
}

/** `heapDelta` is the growth that is not code; the totals add `codeDelta` of JIT-compiled code. */
function report(
  suspects: LeakSuspect[],
  heapDelta: number,
  leakedSize?: number,
  codeDelta = 0,
): CompareReport {
  const sizeDelta = heapDelta + codeDelta;
  return {
    files: { before: "b", after: "a" },
    totals: {
      nodesBefore: 1,
      nodesAfter: 2,
      sizeBefore: 1e6,
      sizeAfter: 1e6 + sizeDelta,
      sizeDelta,
      userSizeDelta: heapDelta,
      codeSizeDelta: codeDelta,
      sizeDeltaExcludingCode: heapDelta,
      leakedSize,
    },
    suspects,
    groups: [],
    notes: ["internal groups hidden"],
  };
}

function run(app: string, compare: CompareReport, connections = 100): RunSummary {
  return {
    app,
    connections,
    simulated: { connected: connections, failed: 0, messagesSent: connections * 5 },
    snapshots: [
      {
        label: "leaky-baseline",
        path: "out/snapshots/leaky-baseline.heapsnapshot",
        bytes: 5e6,
        durationMs: 300,
      },
      {
        label: "leaky-after",
        path: "out/snapshots/leaky-after.heapsnapshot",
        bytes: 6e6,
        durationMs: 320,
      },
      {
        label: "leaky-final",
        path: "out/snapshots/leaky-final.heapsnapshot",
        bytes: 6e6,
        durationMs: 310,
      },
    ],
    compare,
    statsBefore: { activeConnections: 0, messageHistorySize: 100 },
    statsAfter: { activeConnections: 0, messageHistorySize: 700 },
  };
}

const leaky = run(
  "scenario-6/app.ts",
  report(
    [
      suspect("messageHistory", "Array", 100_000, 500_000, 101),
      // A pool of timers: clearing them frees far more than their summed retained sizes.
      suspect("(timer) heartbeat", "Timeout", 0, 300_000, 57, { before: 0, after: 600_000 }),
      suspect("userSessions", "Map", 1_000, 101_000, 55, { before: 1_000, after: 101_000 }),
      suspect("conn.messageBuffer", "Array", 0, 80_000, 81),
      suspect("connectionStats.connectionDurations", "Array", 1_000, 4_200, 92),
      suspect("sixth <thing>", "Array", 0, 10),
    ],
    1_200_000,
    1_000_000,
    20_000, // JIT-compiled code: must not count as the leak
  ),
);
const fixed = run(
  "scenario-6/app_fixed.ts",
  report(
    [suspect("userSessions", "Map", 1_000, 1_500, 55, { before: 1_000, after: 1_200 })],
    3_000,
    1_000,
    16_000, // more code than heap growth: V8 tiering up the handlers, not a leak
  ),
);

function findings(): DemoFindings {
  const causes = buildRootCauses(leaky, fixed, 5);
  causes[0].sourceLine = "messageHistory.push(message);";
  causes[0].sourceExcerpt =
    " 100 | function broadcast(message: ChatMessage) {\n 101 |   messageHistory.push(message);";
  return {
    generatedAt: "2026-11-26T01:00:00.000Z",
    elapsedMs: 61_000,
    runtime: "Deno 2.9.6",
    leaky,
    fixed,
    causes,
    retainers: { snapshot: "a", target: "@42", text: "(GC roots) → … → messageHistory" },
    steps: [{ name: "start the MCP server", ms: 800 }],
    notes: [],
  };
}

Deno.test("root causes: top five in the engine's order, matched to the fixed run by path", () => {
  const causes = buildRootCauses(leaky, fixed, 5);
  assertEquals(causes.map((c) => c.path), [
    "messageHistory",
    "(timer) heartbeat",
    "userSessions",
    "conn.messageBuffer",
    "connectionStats.connectionDurations",
  ]);
  assertEquals(causes[0].leakyPer100, 400_000);
  assertEquals(causes[0].bytesPerConnection, 4_000);
  assertEquals(causes[0].entriesPerConnection, 5);
  assertEquals(causes[0].fixedPer100, null); // not a suspect on the fixed server
  assertEquals(causes[2].fixedPer100, 200); // userSessions still reported: its freed growth
  assertEquals(causes[1].location, "scenario-6/app.ts:57");
});

Deno.test("root causes cost what clearing them frees, retained size when not measured", () => {
  const causes = buildRootCauses(leaky, fixed, 5);
  // The timers: freed growth (600 KB), not their retained growth (300 KB).
  assertEquals(causes[1].costMeasure, "freed");
  assertEquals([causes[1].freedBefore, causes[1].freedAfter], [0, 600_000]);
  assertEquals(causes[1].leakyPer100, 600_000);
  assertEquals(causes[1].bytesPerConnection, 6_000);
  assertEquals([causes[1].retainedBefore, causes[1].retainedAfter], [0, 300_000]);
  // messageHistory was not measured that way: its retained growth stands in.
  assertEquals(causes[0].costMeasure, "retained");
  assertEquals(causes[0].freedAfter, undefined);
  assertEquals(causes[0].leakyPer100, 400_000);
  // Measured in one snapshot only is not a measurement of growth.
  const half = { ...suspect("pool", "Array", 0, 50, 9), freedAfter: 9_000 };
  const [c] = buildRootCauses(run("scenario-6/app.ts", report([half], 1e5)), fixed, 1);
  assertEquals([c.costMeasure, c.leakyPer100], ["retained", 50]);
});

Deno.test("per-100 figures scale with the number of connections", () => {
  const twice = run("scenario-6/app.ts", leaky.compare, 200);
  const causes = buildRootCauses(twice, fixed, 1);
  assertEquals(causes[0].leakyPer100, 200_000);
});

Deno.test("Markdown report: verdict, chart, every cause with its line and evidence", () => {
  const md = renderMarkdownReport(findings());
  assertStringIncludes(md, "](growth.svg)");
  assertStringIncludes(md, "](heap-growth.svg)");
  for (const line of [101, 57, 55, 81, 92]) assertStringIncludes(md, `scenario-6/app.ts:${line}`);
  assertStringIncludes(md, "| 1 | messageHistory (Array) | scenario-6/app.ts:101 | 10 → 510 |");
  assertStringIncludes(md, `${formatDelta(400_000)} → not growing`);
  // The cost column is what clearing frees; an unmeasured cause says it shows retained size.
  assertStringIncludes(md, "ranked by what clearing them frees:");
  assertStringIncludes(md, "| Clearing frees, before → after ² |");
  assertStringIncludes(
    md,
    `| ${formatBytes(0)} → ${formatBytes(600_000)} | ${formatDelta(6_000)}, +5 entries |`,
  );
  assertStringIncludes(md, `| ${formatBytes(100_000)} → ${formatBytes(500_000)} (retained) |`);
  assertStringIncludes(md, `${formatDelta(600_000)} → not growing`);
  assertStringIncludes(md, "The figures overlap: each is what clearing that one cause frees");
  assertStringIncludes(
    md,
    `Cost: clearing frees ${formatBytes(0)} → ${
      formatBytes(600_000)
    } (retained by the instances alone ${formatBytes(0)} → ${formatBytes(300_000)})`,
  );
  assertStringIncludes(
    md,
    `Leak per 100 connections before the fix (\`scenario-6/app.ts\`): ${
      formatDelta(1_200_000)
    } heap.`,
  );
  assertStringIncludes(
    md,
    `After the fix (\`scenario-6/app_fixed.ts\`): ${formatDelta(3_000)} heap`,
  );
  assertStringIncludes(md, `${improvementText(1_200_000, 3_000)}`);
  assertStringIncludes(
    md,
    `Heap figures leave out JIT-compiled code (V8 compiling the handlers as they get hot: leaky ${
      formatDelta(20_000)
    }, fixed ${formatDelta(16_000)} per 100 connections)`,
  );
  // The runs table still shows the whole growth, and how much of it was code.
  assertStringIncludes(
    md,
    `| ${formatDelta(19_000)} (${formatDelta(16_000)}) | ${formatDelta(3_000)} |`,
  );
  assertStringIncludes(md, "messageHistory.push(message);");
  assertStringIncludes(md, "| messageHistorySize | 100 → 700 | 100 → 700 |");
  assertStringIncludes(md, "deno task compare out/snapshots/leaky-baseline.heapsnapshot");
  assert(!md.includes("sixth"), "only the top five causes are reported");
});

/** A sampled allocation site as stop_allocation_sampling reports it. */
function site(functionName: string, line: number, bytes: number, via?: string): AllocationSite {
  const display = `scenario-6/app.ts:${line}`;
  return {
    functionName,
    location: { url: `file:///x/${display.split(":")[0]}`, line, column: 1, display },
    ...(via ? { via } : {}),
    bytes,
    samples: Math.ceil(bytes / 2048),
    callers: [],
  };
}

function allocations(sites: AllocationSite[], runtimeBytes: number): AllocationReport {
  const programBytes = sites.reduce((sum, x) => sum + x.bytes, 0);
  return {
    samplingInterval: 2048,
    totalBytes: programBytes + runtimeBytes,
    programBytes,
    runtimeBytes,
    sites,
    notes: [],
  };
}

Deno.test("allocation table: the leaky run's functions beside the fixed run's, matched by function, place and call", () => {
  const f = findings();
  assert(!renderMarkdownReport(f).includes("allocation_sampling"), "no section without sampling");
  f.leaky.allocations = allocations([
    site("socket.onopen", 53, 50_000, "setInterval"),
    site("socket.onmessage", 67, 40_000),
    site("socket.onopen", 53, 20_000, "Set"),
  ], 10_000);
  f.fixed.allocations = allocations([site("socket.onmessage", 67, 3_000)], 5_000);
  const md = renderMarkdownReport(f);
  assertStringIncludes(
    md,
    `still alive on the leaky server ${formatBytes(120_000)} (${
      formatBytes(110_000)
    } by the program's functions), on the fixed one ${formatBytes(8_000)}`,
  );
  assertStringIncludes(
    md,
    `| socket.onopen | scenario-6/app.ts:53 | setInterval | ${
      formatBytes(50_000)
    } | — (none sampled) |`,
  );
  assertStringIncludes(
    md,
    `| socket.onmessage | scenario-6/app.ts:67 | — | ${formatBytes(40_000)} | ${
      formatBytes(3_000)
    } |`,
  );
  assertStringIncludes(
    md,
    `| socket.onopen | scenario-6/app.ts:53 | Set | ${formatBytes(20_000)} |`,
  );
  const html = renderHtmlReport(f, []);
  assertStringIncludes(html, "<td>setInterval</td>");
});

Deno.test("HTML report: self-contained, chart inline, text escaped", () => {
  const f = findings();
  f.causes[0].reason = 'grew <fast> & "far"';
  const html = renderHtmlReport(f, [heapChartFor(f), chartFor(f)]);
  assertEquals(html.match(/<svg /g)?.length, 2);
  assert(html.startsWith("<!doctype html>"));
  assertStringIncludes(html, '<svg xmlns="http://www.w3.org/2000/svg"');
  assertStringIncludes(html, "grew &lt;fast&gt; &amp; &quot;far&quot;");
  assert(!/<(script|link|img)\b/.test(html), "no external resources or scripts");
  assertStringIncludes(html, "<code>scenario-6/app.ts:101</code>");
});

Deno.test("terminal summary names each cause with line and before → after figures", () => {
  const text = renderTerminalSummary(findings(), new Style(false), "out/report.md");
  assertStringIncludes(text, "1. messageHistory (Array)  scenario-6/app.ts:101");
  assertStringIncludes(text, `retained ${formatBytes(100_000)} → ${formatBytes(500_000)}`);
  assertStringIncludes(
    text,
    `clearing frees ${formatBytes(0)} → ${formatBytes(600_000)} (${
      formatDelta(6_000)
    } per connection)`,
  );
  assertStringIncludes(text, "The figures overlap");
  assertStringIncludes(text, "│ messageHistory.push(message);");
  assertStringIncludes(text, `before (scenario-6/app.ts): ${formatDelta(1_200_000)} heap`);
  assertStringIncludes(text, `after  (scenario-6/app_fixed.ts): ${formatDelta(3_000)} heap`);
  assertStringIncludes(text, `Heap figures leave out JIT-compiled code`);
  assertStringIncludes(text, `fixed ${formatDelta(16_000)} per 100 connections`);
  assertStringIncludes(text, "Report: out/report.md");
  assert(!text.includes("\x1b["), "no colour codes when colour is off");
});

Deno.test("with no freed figure at all, the report and chart speak of retained growth", () => {
  const strip = (r: RunSummary): RunSummary => ({
    ...r,
    compare: {
      ...r.compare,
      suspects: r.compare.suspects.map((s) => ({
        ...s,
        freedBefore: undefined,
        freedAfter: undefined,
      })),
    },
  });
  const f = { ...findings(), causes: buildRootCauses(strip(leaky), strip(fixed), 5) };
  const md = renderMarkdownReport(f);
  assertStringIncludes(md, "ranked by retained growth:");
  assertStringIncludes(md, "| Retained before → after |");
  assert(!md.includes("(retained)") && !md.includes("overlap"), "no freed wording");
  assertStringIncludes(chartFor(f), "Retained growth per 100 connections, by suspect");
  assert(!renderTerminalSummary(f, new Style(false)).includes("overlap"));
});

Deno.test("chart bars: what clearing frees per 100 connections, retained rows labelled", () => {
  const svg = chartFor(findings());
  assertStringIncludes(svg, "What clearing each root cause frees, per 100 connections");
  assertStringIncludes(svg, 'class="bar leaky" data-value="600000"'); // the timers' freed figure
  assertStringIncludes(svg, 'class="bar fixed" data-value="200"'); // userSessions, fixed, freed
  assertStringIncludes(svg, "scenario-6/app.ts:101 · retained size");
  assert(!svg.includes("scenario-6/app.ts:57 · retained"), "the timers were measured");
});

Deno.test("improvement text", () => {
  assertEquals(improvementText(1_000_000, 2_000), "500× less");
  assertEquals(improvementText(1_000, 0), "no growth at all after the fix");
  assertEquals(improvementText(0, 10), "the leaky server did not grow");
});

Deno.test("demo arguments: defaults, bounds, and errors that name the argument", () => {
  assertEquals(parseDemoArgs([]).clients, 100);
  assertEquals(parseDemoArgs(["--clients=20", "--warmup=0", "--out=/tmp/x"]).warmup, 0);
  for (
    const [args, text] of [
      [["--clients=0"], "--clients must be a whole number from 1 to 1000"],
      [["--clients=1e3x"], "--clients"],
      [["--bogus"], "unknown option --bogus"],
      [["stray"], 'unexpected argument "stray"'],
      [["--out="], "--out needs a folder"],
    ] as const
  ) {
    let message = "";
    try {
      parseDemoArgs([...args]);
    } catch (e) {
      assert(e instanceof DemoUsageError);
      message = e.message;
    }
    assertStringIncludes(message, text);
  }
});

Deno.test("server launch: .mcp.json's command under this Deno, snapshots in the demo folder", () => {
  const launch = adaptLaunch(
    {
      command: "deno",
      args: [
        "run",
        "--quiet",
        "--allow-net=127.0.0.1",
        "--allow-write=snapshots",
        "server/main.ts",
      ],
    },
    "/proj",
    "/proj/out/snapshots",
  );
  assertEquals(launch.command, Deno.execPath());
  assertEquals(launch.args, [
    "run",
    "--quiet",
    "--allow-net=127.0.0.1",
    "--allow-write=/proj/out/snapshots",
    "server/main.ts",
    "--snapshot-dir=/proj/out/snapshots",
  ]);
  assertEquals(launch.cwd, "/proj");
  // A snapshot folder outside the project is added to the server's read permission.
  const outside = adaptLaunch(
    {
      command: "deno",
      args: ["run", "--allow-read=.", "--allow-write=./snapshots", "server/main.ts"],
    },
    "/proj",
    "/tmp/demo-out/snapshots",
  );
  assertEquals(outside.args.slice(0, 3), [
    "run",
    "--allow-read=.,/tmp/demo-out/snapshots",
    "--allow-write=/tmp/demo-out/snapshots",
  ]);
  const inside = adaptLaunch(
    { command: "deno", args: ["run", "--allow-read=.", "server/main.ts"] },
    "/proj",
    "/proj/out/snapshots",
  );
  assertEquals(inside.args[1], "--allow-read=.");
  const viaNpx = adaptLaunch(
    { command: "npx", args: ["-y", "deno@2.9.6", "run", "server/main.ts", "--snapshot-dir", "s"] },
    "/p",
    "/p/o",
  );
  assertEquals(viaNpx.args, ["run", "server/main.ts", "--snapshot-dir", "/p/o"]);
});

Deno.test("source line is picked from read_source's numbered text", () => {
  const answer = {
    text:
      "scenario-6/app.ts lines 99-103\n  99 | }\n 100 | function f() {\n>101 |   messageHistory.push(m);\n 102 | }",
    structured: {},
  };
  assertEquals(lineFromSource(answer, 101), "messageHistory.push(m);");
  assertEquals(lineFromSource(answer, 7), undefined);
});

Deno.test("root causes group suspects by the line that makes them grow", () => {
  const timer = { ...suspect("setInterval((anonymous))", "Timeout", 0, 200_000, 57), nodeId: 1 };
  const timerInternals = {
    ...suspect("conn.heartbeat._timer", "Object", 0, 300_000, 57),
    nodeId: 2,
  };
  const sameNodeTwice = { ...suspect("conn.socket.x", "Map", 0, 90_000, 57), nodeId: 2 };
  const history = {
    ...suspect("messageHistory", "Array", 0, 250_000),
    nodeId: 3,
    growthSites: [{
      url: "file:///a/scenario-6/app.ts",
      line: 101,
      column: 3,
      display: "scenario-6/app.ts:101",
    }],
  };
  const grouped = run(
    "scenario-6/app.ts",
    report([timerInternals, sameNodeTwice, history, timer], 1e6),
  );
  const causes = buildRootCauses(grouped, fixed, 5);
  assertEquals(causes.map((c) => [c.path, c.location]), [
    ["setInterval((anonymous))", "scenario-6/app.ts:57"], // the timer represents its line
    ["messageHistory", "scenario-6/app.ts:101"], // the growth site, not the declaration
  ]);
  assertEquals(causes[0].related, ["conn.heartbeat._timer"]); // node 2 counted once
  assertEquals(causes[0].leakyPer100, 200_000);
});

Deno.test("step printer: numbered steps, quarter progress lines in logs, failures named", () => {
  let out = "";
  const printer = new StepPrinter(3, new Style(false), false, (t) => (out += t));
  const a = printer.start("capture_snapshot baseline");
  for (const done of [0, 10, 30, 60, 100, 100]) a.progress(done, 100, "building");
  a.done("5 MB");
  const b = printer.start("simulate_connections");
  b.fail("no client connected");
  const lines = out.trimEnd().split("\n");
  assertEquals(lines[0], "[ 1/3] capture_snapshot baseline …");
  // One line per quarter reached, not one per notification.
  assertEquals(lines.filter((l) => l.includes("building")).length, 4);
  assert(/^\[ 1\/3\] ✓ capture_snapshot baseline — 5 MB \(\d+ ms\)$/.test(lines[5]), lines[5]);
  assertEquals(lines.at(-1), "[ 2/3] ✗ simulate_connections — failed: no client connected");
  assertEquals(printer.steps.map((s) => s.name), ["capture_snapshot baseline"]);
});

Deno.test("--help is not an error", () => {
  assertEquals(parseDemoArgs(["--help"]).help, true);
});

Deno.test("a /stats counter named after the variable backs a cause", () => {
  const before = { messageHistorySize: 5600, connectionDurationsTracked: 800, other: 1 };
  const after = { messageHistorySize: 6300, connectionDurationsTracked: 900, other: 2 };
  assertEquals(counterFor("messageHistory", before, after), {
    name: "messageHistorySize",
    before: 5600,
    after: 6300,
  });
  assertEquals(
    counterFor("connectionStats.connectionDurations", before, after)?.name,
    "connectionDurationsTracked",
  );
  assertEquals(counterFor("conn.heartbeat", before, after), undefined);
  const text = renderTerminalSummary(findings(), new Style(false));
  assertStringIncludes(text, "/stats messageHistorySize 100 → 700");
});
