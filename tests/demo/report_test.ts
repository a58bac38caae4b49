/**
 * The demo renders compare_snapshots' suspects as they come: the engine's order, its bytes per
 * 100 connections, one suspect inside another under it, the fixed run's suspect of the same
 * path; the Markdown and HTML reports, the terminal summary and the charts, on plain data
 * shaped like a real run of scenario 6.
 */
import { assert, assertEquals, assertStringIncludes } from "../support/demo_assert.ts";
import {
  type AllocationReport,
  type AllocationSite,
  type CompareReport,
  formatBytes,
  type LeakSuspect,
} from "../../heap/mod.ts";
import { type DemoFindings, rootCauses, type RunSummary } from "../../demo/findings.ts";
import { improvementText, renderHtmlReport, renderMarkdownReport } from "../../demo/report.ts";
import { renderTerminalSummary, Style } from "../../demo/terminal.ts";
import { chartFor, heapChartFor } from "../../demo/write_report.ts";

function at(line: number) {
  const display = `scenario-6/app.ts:${line}`;
  return { url: `file:///x/${display.split(":")[0]}`, line, column: 3, display };
}

/** A suspect as compare_snapshots returns it; `statement` is the adding line, when given. */
function suspect(
  rank: number,
  path: string,
  bytes: number,
  more: Partial<LeakSuspect> & { line?: number; text?: string } = {},
): LeakSuspect {
  const { line, text, ...rest } = more;
  return {
    rank,
    name: path,
    path,
    kind: "array",
    holder: "Array",
    scope: "module",
    reason: `${path} kept 100 new entries`,
    entriesBefore: 800,
    entriesAfter: 900,
    added: 100,
    bytes,
    objects: 100,
    fix: `bound ${path}`,
    nodeId: 1000 + rank,
    entryNodeId: 2000 + rank,
    retainerPath: `module → ${path} (Array)`,
    ...(line === undefined ? {} : {
      statement: { location: at(line), text: text ?? `${path}.push(x);` },
      location: at(line),
    }),
    ...rest,
  };
}

const heartbeat = suspect(1, "conn.heartbeat", 487_000, {
  name: "conn.heartbeat (setInterval timers)",
  kind: "timers",
  holder: "Timeout",
  scope: "timer",
  reason: "100 more setInterval timers running, never cleared",
  entriesBefore: 0,
  line: 57,
  text: "conn.heartbeat = setInterval(() => {",
  timer: { kind: "setInterval", callback: at(57), captured: ["user", "socket", "conn"] },
  fix: "clearInterval it when its work is over",
  entry: {
    name: "Timeout",
    count: 100,
    bytesEach: 4870,
    keeps: [{ name: "Array", perEntry: 5, bytes: 40_000 }],
  },
  retainerPath: "scope of (anonymous) → conn (Object) → .heartbeat (Timeout)",
});
/** Inside the heartbeat's growth: its bytes are counted there. */
const messageBuffer = suspect(2, "conn.messageBuffer", 0, {
  insideOf: 1,
  reason: "inside #1: each timer of conn.heartbeat keeps its conn.messageBuffer",
  line: 81,
  fix: "goes with #1's fix",
});
const messageHistory = suspect(3, "messageHistory", 141_600, {
  line: 101,
  declaredAt: at(32),
  text: "messageHistory.push(message);",
});
const userSessions = suspect(4, "userSessions", 32_000, {
  holder: "Map",
  kind: "map",
  line: 55,
  text: "userSessions.set(conn.id, new Set([DEFAULT_CHANNEL, `@${user}`]));",
});
const durations = suspect(5, "connectionStats.connectionDurations", 10_300, { line: 92 });
const sixth = suspect(6, 'sixth <thing> & "more"', 600);
const seventh = suspect(7, "seventh", 500);
const insideSeventh = suspect(8, "seventh.items", 0, { insideOf: 7 });

/** `heapDelta` is the growth that is not code; the totals add `codeDelta` of JIT-compiled code. */
function report(suspects: LeakSuspect[], heapDelta: number, codeDelta = 0): CompareReport {
  const sizeDelta = heapDelta + codeDelta;
  const leakBytes = suspects.filter((s) => s.insideOf === undefined)
    .reduce((sum, s) => sum + s.bytes, 0);
  return {
    files: { before: "b", after: "a", final: "f" },
    totals: {
      nodesBefore: 1,
      nodesAfter: 2,
      sizeBefore: 1e6,
      sizeAfter: 1e6 + sizeDelta,
      sizeDelta,
      userSizeDelta: heapDelta,
      codeSizeDelta: codeDelta,
      sizeDeltaExcludingCode: heapDelta,
      leakBytes,
      newObjects: 9000,
      newBytes: 500_000,
    },
    suspects,
    groups: [],
    notes: ["internal groups hidden"],
  };
}

function run(app: string, compare: CompareReport, connections = 100): RunSummary {
  const snapshot = (label: string, bytes: number) => ({
    label,
    path: `out/snapshots/${label}.heapsnapshot`,
    bytes,
    durationMs: 300,
  });
  return {
    app,
    connections,
    simulated: { connected: connections, failed: 0, messagesSent: connections * 5 },
    snapshots: [
      snapshot("leaky-baseline", 5e6),
      snapshot("leaky-after", 6e6),
      snapshot("leaky-final", 6e6),
    ],
    compare,
    statsBefore: { activeConnections: 0, messageHistorySize: 5600 },
    statsAfter: { activeConnections: 0, messageHistorySize: 6300 },
  };
}

const leaky = run(
  "scenario-6/app.ts",
  report(
    [
      heartbeat,
      messageBuffer,
      messageHistory,
      userSessions,
      durations,
      sixth,
      seventh,
      insideSeventh,
    ],
    720_000,
    20_000, // JIT-compiled code: must not count as the leak
  ),
);
const fixed = run(
  "scenario-6/app_fixed.ts",
  // The fixed server still reports one path, growing far less; its order is its own.
  report([suspect(1, "userSessions", 300, { holder: "Map", line: 55 })], 2_000, 16_000),
);

function findings(): DemoFindings {
  const causes = rootCauses(leaky, fixed, 5);
  causes[2].sourceExcerpt =
    " 100 | function publish(message) {\n>101 |   messageHistory.push(message);";
  return {
    generatedAt: "2026-11-26T01:00:00.000Z",
    elapsedMs: 61_000,
    runtime: "Deno 2.9.6",
    leaky,
    fixed,
    causes,
    retainers: { snapshot: "a", target: "@1001", text: "(GC roots) → … → conn.heartbeat" },
    steps: [{ name: "start the MCP server", ms: 800 }],
  };
}

Deno.test("root causes: the engine's first five outer suspects in its order, each with the ones inside it", () => {
  const causes = rootCauses(leaky, fixed, 5);
  assertEquals(causes.map((c) => c.suspect.rank), [1, 2, 3, 4, 5, 6]);
  assertEquals(causes[1].suspect.insideOf, 1);
  // The seventh is past the top five, and so is what lies inside it.
  assert(!causes.some((c) => c.suspect.path.startsWith("seventh")));
  assertEquals(rootCauses(leaky, fixed, 2).map((c) => c.suspect.rank), [1, 2, 3]);
});

Deno.test("root causes: bytes per 100 connections, the fixed run's suspect of the same path", () => {
  const causes = rootCauses(leaky, fixed, 5);
  assertEquals(causes.map((c) => c.leakyPer100), [487_000, 0, 141_600, 32_000, 10_300, 600]);
  assertEquals(causes[3].fixedPer100, 300); // userSessions: still a suspect on the fixed server
  assertEquals(causes[0].fixedPer100, null); // no such suspect there: not growing
  const twice = rootCauses(run("scenario-6/app.ts", leaky.compare, 200), fixed, 5);
  assertEquals(twice[0].leakyPer100, 243_500);
});

Deno.test("terminal: each cause with its statement, figures and fix; the inside one under its parent", () => {
  const text = renderTerminalSummary(findings(), new Style(false), "out/report.md");
  const lines = text.split("\n");
  const heading = lines.findIndex((l) => l.startsWith("  1. conn.heartbeat (setInterval timers)"));
  assert(heading >= 0, text);
  assertStringIncludes(lines[heading], "scenario-6/app.ts:57");
  assertEquals(lines[heading + 1], "     │ conn.heartbeat = setInterval(() => {");
  assertEquals(lines[heading + 2], "     100 more setInterval timers running, never cleared");
  assertEquals(
    lines[heading + 3],
    `     keeps ${formatBytes(487_000)} of new objects (${formatBytes(4870)} per Timeout)`,
  );
  assertEquals(
    lines[heading + 4],
    `     per 100 connections: leaky ${formatBytes(487_000, true)} → fixed not growing`,
  );
  assertEquals(lines[heading + 5], "     fix: clearInterval it when its work is over");
  // The messageBuffer is indented under the heartbeat, with no figures of its own.
  const inside = lines.findIndex((l) => l.includes("2. conn.messageBuffer"));
  assertEquals(
    lines[inside],
    "     2. conn.messageBuffer — inside #1: each timer of conn.heartbeat keeps its conn.messageBuffer",
  );
  assertEquals(lines[inside + 1], "        │ conn.messageBuffer.push(x);  scenario-6/app.ts:81");
  assertEquals(lines[inside + 2], "        fix: goes with #1's fix");
  assertStringIncludes(text, "  3. messageHistory (Array)  scenario-6/app.ts:101");
  assertStringIncludes(
    text,
    "     │ userSessions.set(conn.id, new Set([DEFAULT_CHANNEL, `@${user}`]));",
  );
  assertStringIncludes(
    text,
    `     per 100 connections: leaky ${formatBytes(32_000, true)} → fixed ${
      formatBytes(300, true)
    }`,
  );
  // The verdict: the engine's leak total beside the heap growth, code left out of both.
  const leak = 487_000 + 141_600 + 32_000 + 10_300 + 600 + 500;
  assertStringIncludes(
    text,
    `together they are the leak compare_snapshots reports: ${formatBytes(leak, true)}`,
  );
  assertStringIncludes(
    text,
    `before (scenario-6/app.ts): ${formatBytes(leak, true)} of new objects kept by 6 suspects; ` +
      `heap ${formatBytes(720_000, true)}`,
  );
  assertStringIncludes(
    text,
    `after  (scenario-6/app_fixed.ts): ${
      formatBytes(300, true)
    } of new objects kept by 1 suspect; ` +
      `heap ${formatBytes(2_000, true)}  → ${improvementText(720_000, 2_000)}`,
  );
  assertStringIncludes(text, `fixed ${formatBytes(16_000, true)} per 100 connections`);
  assertStringIncludes(text, "Report: out/report.md");
  assert(!text.includes("seventh"), "only the top five outer suspects");
  assert(!text.includes("\x1b["), "no colour codes when colour is off");
});

Deno.test("Markdown report: verdict, charts, every cause with its line, figures and fix", () => {
  const md = renderMarkdownReport(findings());
  assertStringIncludes(md, "](growth.svg)");
  assertStringIncludes(md, "](heap-growth.svg)");
  assertStringIncludes(
    md,
    "`conn.heartbeat` (`scenario-6/app.ts:57`), `conn.messageBuffer` (`scenario-6/app.ts:81`, inside #1), " +
      "`messageHistory` (`scenario-6/app.ts:101`)",
  );
  assertStringIncludes(
    md,
    `| 1 | conn.heartbeat (setInterval timers) | scenario-6/app.ts:57 | 0 → 900 | ${
      formatBytes(487_000)
    } | ${formatBytes(487_000, true)} → not growing | clearInterval it when its work is over |`,
  );
  assertStringIncludes(
    md,
    "| 2 (inside #1) | conn.messageBuffer | scenario-6/app.ts:81 | 800 → 900 | counted in #1 | — |",
  );
  assertStringIncludes(
    md,
    `| userSessions | scenario-6/app.ts:55 | 800 → 900 | ${formatBytes(32_000)} | ${
      formatBytes(32_000, true)
    } → ${formatBytes(300, true)} |`,
  );
  // Each cause's details: the engine's reason, what each entry keeps, the timer, the fix, and
  // the statement in a code block (it holds backticks).
  assertStringIncludes(md, "### 1. conn.heartbeat (setInterval timers) at `scenario-6/app.ts:57`");
  assertStringIncludes(md, "each Timeout keeps with it 5 × Array");
  assertStringIncludes(
    md,
    "A setInterval timer; its callback keeps `user`, `socket`, `conn` alive.",
  );
  assertStringIncludes(md, "### 2. conn.messageBuffer at `scenario-6/app.ts:81` (inside #1)");
  assertStringIncludes(md, "Declared at `scenario-6/app.ts:32`.");
  assertStringIncludes(md, "Fix: bound messageHistory.");
  assertStringIncludes(md, ">101 |   messageHistory.push(message);");
  assertStringIncludes(
    md,
    "```ts\nuserSessions.set(conn.id, new Set([DEFAULT_CHANNEL, `@${user}`]));\n```",
  );
  const leak = 487_000 + 141_600 + 32_000 + 10_300 + 600 + 500;
  assertStringIncludes(
    md,
    `Leak per 100 connections before the fix (\`scenario-6/app.ts\`): ${
      formatBytes(leak, true)
    } of new objects kept by 6 suspects; heap ${formatBytes(720_000, true)}.`,
  );
  assertStringIncludes(md, `— ${improvementText(720_000, 2_000)}.`);
  assertStringIncludes(md, "² The figures do not overlap");
  // The runs table: the whole growth and how much of it was code; the engine's totals.
  assertStringIncludes(
    md,
    `| ${formatBytes(740_000, true)} (${formatBytes(20_000, true)}) | ${
      formatBytes(720_000, true)
    } | 9,000 objects, ${formatBytes(500_000)} | ${formatBytes(leak)} |`,
  );
  assertStringIncludes(md, "| messageHistorySize | 5,600 → 6,300 | 5,600 → 6,300 |");
  assertStringIncludes(md, "deno task compare out/snapshots/leaky-baseline.heapsnapshot");
  assert(!md.includes("seventh"), "only the top five outer suspects");
});

/** A sampled allocation site as stop_allocation_sampling reports it. */
function site(functionName: string, line: number, bytes: number, via?: string): AllocationSite {
  return {
    functionName,
    location: at(line),
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
  const html = renderHtmlReport(f, []);
  assertStringIncludes(html, "<td>setInterval</td>");
});

Deno.test("HTML report: self-contained, charts inline, text escaped", () => {
  const f = findings();
  const html = renderHtmlReport(f, [heapChartFor(f), chartFor(f)]);
  assertEquals(html.match(/<svg /g)?.length, 2);
  assert(html.startsWith("<!doctype html>"));
  assertStringIncludes(html, "sixth &lt;thing&gt; &amp; &quot;more&quot;");
  assert(!html.includes("<thing>"), "no raw markup from data");
  assert(!/<(script|link|img)\b/.test(html), "no external resources or scripts");
  assertStringIncludes(html, "<code>scenario-6/app.ts:101</code>");
  assertStringIncludes(html, "DEFAULT_CHANNEL, `@${user}`]));</code></pre>");
});

/** `data-value` of each bar of a series, in order. */
function barValues(svg: string, series: string): number[] {
  return [...svg.matchAll(new RegExp(`class="bar ${series}" data-value="([^"]+)"`, "g"))]
    .map((m) => Number(m[1]));
}

Deno.test("causes chart: one row per outer cause, its bytes per 100 connections; the inside one named by its parent", () => {
  const svg = chartFor(findings());
  assertStringIncludes(svg, "New objects each root cause keeps, per 100 connections");
  assertEquals(barValues(svg, "leaky"), [487_000, 141_600, 32_000, 10_300, 600]);
  assertEquals(barValues(svg, "fixed"), [300]); // only userSessions is a suspect there
  assertStringIncludes(svg, "scenario-6/app.ts:57 · with #2");
  assert(!svg.includes("conn.messageBuffer"), "no bar for what is counted in its parent");
});

Deno.test("headline chart: the leak the suspects keep and the heap's growth, leaky vs fixed", () => {
  const svg = heapChartFor(findings());
  const leak = 487_000 + 141_600 + 32_000 + 10_300 + 600 + 500;
  assertEquals(barValues(svg, "leaky"), [leak, 720_000]);
  assertEquals(barValues(svg, "fixed"), [300, 2_000]);
});

Deno.test("improvement text", () => {
  assertEquals(improvementText(1_000_000, 2_000), "500× less");
  assertEquals(improvementText(1_000, 0), "no growth at all after the fix");
  assertEquals(improvementText(0, 10), "the leaky server did not grow");
});
