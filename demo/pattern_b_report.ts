/**
 * The Pattern B report: where the slow service's CPU went (hot functions, the lines inside
 * them, likely causes, the event loop's longest stretches), its flame graph, and the fixed
 * twin's speed-up per request — as Markdown (`report.md`, the flame graphs linked) and as one
 * HTML page (`report.html`, the flame graph inline). Pure: findings in, text out.
 *
 * @module
 */

import { type CpuReport, functionTimeText, speedupText as times } from "../cpu/mod.ts";
import { escapeXml } from "./chart.ts";
import { formatDuration } from "./format.ts";
import type { PatternBFindings } from "./pattern_b.ts";

/** Functions and lines the report lists. */
const TOP = 8;

interface Table {
  head: string[];
  rows: string[][];
}

/** Everything both renderers print, computed once so they cannot disagree. */
interface Model {
  title: string;
  intro: string;
  verdict: string[];
  functions: Table;
  lines: Table;
  hints: string[];
  eventLoop: Table;
  changes: Table;
  notes: string[];
  toolText: string;
  compareText: string;
  steps: Table;
  reproduce: string;
}

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

function buildModel(f: PatternBFindings): Model {
  const hot = f.hotSpots.result;
  const c = f.comparison.result;
  const verdict = [
    `Busy CPU per request: ${ms(c.busy.beforeMs)} → ${ms(c.busy.afterMs)} ` +
    `(${times(c.busy.speedup)}).`,
  ];
  if (c.latency) {
    verdict.push(
      `Median latency under ${f.before.result.run.workload.concurrency ?? 1} concurrent ` +
        `requests: ${ms(c.latency.beforeP50Ms)} → ${ms(c.latency.afterP50Ms)} ` +
        `(${times(c.latency.speedup)}).`,
    );
  }
  for (const h of hot.hints) verdict.push(`Likely cause at ${h.location.display}: \`${h.code}\`.`);
  const longest = hot.eventLoop?.longest[0];
  if (longest) {
    verdict.push(
      `The event loop was blocked for up to ${ms(longest.durationMs)} at a time (in ` +
        `${longest.entry}, on top ${longest.top}): every other request waited meanwhile.`,
    );
  }
  return {
    title: "Pattern B: where the bookshop search spends its CPU (scenario 2)",
    intro: `${f.hotSpots.app} profiled through the deno-debugger MCP server with profile_cpu ` +
      `while ${f.before.result.run.work.units} × ${f.endpoint} ran (` +
      `${hot.run.target}); the fixed twin ${f.after.app} profiled the same way and compared ` +
      `with compare_cpu_profiles. Every figure below is what the tools returned.`,
    verdict,
    functions: {
      head: ["Function", "Where", "Self", "Total"],
      rows: hot.bySelf.slice(0, TOP).map((fn) => [
        fn.name,
        fn.location.display,
        pct(fn.selfShare),
        pct(fn.totalShare),
      ]),
    },
    lines: {
      head: ["Function", "Line", "Of its own time", "Code"],
      rows: hot.bySelf.flatMap((fn) =>
        (fn.lines ?? []).slice(0, 2).map((l) => [
          fn.name,
          l.location.display,
          pct(l.share),
          `${l.code ?? ""}${l.inlinedFrom ? ` (in ${l.inlinedFrom}, inlined)` : ""}`,
        ])
      ).slice(0, TOP * 2),
    },
    hints: hot.hints.map((h) => `${h.location.display} \`${h.code}\`: ${h.advice}.`),
    eventLoop: eventLoopTable(hot),
    changes: {
      head: ["Function", "Before (per request)", "After", "Change"],
      rows: c.functions.slice(0, TOP + 4).map((fn) => [
        `${fn.name} ${fn.after?.location.display ?? fn.before?.location.display ?? ""}`.trim(),
        functionTimeText(fn.before),
        functionTimeText(fn.after),
        fn.change === "gone" || fn.change === "new"
          ? fn.change
          : fn.speedup !== undefined
          ? times(fn.speedup)
          : fn.change,
      ]),
    },
    notes: [...hot.notes, ...c.notes],
    toolText: f.hotSpots.text,
    compareText: f.comparison.text,
    steps: {
      head: ["#", "Step", "Time"],
      rows: f.steps.map((s, i) => [String(i + 1), s.name, formatDuration(s.ms)]),
    },
    reproduce: [
      "deno task demo --pattern=b",
      "# or by hand, with the inspector on 9229:",
      "deno run --inspect=127.0.0.1:9229 --allow-net=127.0.0.1 --allow-env=PORT " +
      "scenario-2/app.ts",
      `# then ask Claude with the investigate-slow-endpoint prompt, or call profile_cpu ` +
      `{port: 9229, workload: {kind: "http", url: "http://127.0.0.1:8087${
        f.endpoint.replace(/^GET /, "")
      }", count: 24, concurrency: 4}}`,
    ].join("\n"),
  };
}

function eventLoopTable(r: CpuReport): Table {
  return {
    head: ["Blocked for", "From", "Task", "On top most of the time"],
    rows: (r.eventLoop?.longest ?? []).map((s) => [
      ms(s.durationMs),
      `+${ms(s.startMs)}`,
      s.entry,
      `${s.top} (${pct(s.topShare)})`,
    ]),
  };
}

/** Markdown report; the flame graphs are linked by their file names. */
export function renderPatternBMarkdown(
  f: PatternBFindings,
  flameGraphs = { slow: "flame-graph.svg", fixed: "flame-graph-fixed.svg" },
): string {
  const m = buildModel(f);
  const out = [`# ${m.title}`, "", m.intro, ""];
  for (const v of m.verdict) out.push(`- ${v}`);
  out.push(
    "",
    `![CPU flame graph of ${f.hotSpots.app}](${flameGraphs.slow})`,
    "",
    `The fixed twin's flame graph: [${flameGraphs.fixed}](${flameGraphs.fixed}).`,
    "",
    "## Hottest functions (self time)",
    "",
    mdTable(m.functions),
    "",
    "## Hot lines",
    "",
    mdTable(m.lines),
    "",
  );
  if (m.hints.length) {
    out.push("## Likely causes", "");
    for (const h of m.hints) out.push(`- ${h}`);
    out.push("");
  }
  if (m.eventLoop.rows.length) {
    out.push("## Event loop: the longest busy stretches", "", mdTable(m.eventLoop), "");
  }
  out.push(
    "## Slow → fixed, per request",
    "",
    mdTable(m.changes),
    "",
    "## What profile_cpu said",
    "",
    fence(m.toolText),
    "",
    "## What compare_cpu_profiles said",
    "",
    fence(m.compareText),
    "",
    "## Steps",
    "",
    mdTable(m.steps),
    "",
    "## Reproduce",
    "",
    fence(m.reproduce, "sh"),
    "",
  );
  if (m.notes.length) {
    out.push("## Notes", "");
    for (const n of m.notes) out.push(`- ${n}`);
    out.push("");
  }
  return out.join("\n");
}

/** One self-contained HTML page with `flameGraph` (the slow service's SVG) inline. */
export function renderPatternBHtml(f: PatternBFindings, flameGraph: string): string {
  const m = buildModel(f);
  const e = escapeXml;
  const table = (t: Table) =>
    `<table><thead><tr>${t.head.map((h) => `<th>${e(h)}</th>`).join("")}</tr></thead><tbody>` +
    t.rows.map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join("")}</tr>`).join("") +
    "</tbody></table>";
  const list = (items: string[]) => `<ul>${items.map((i) => `<li>${e(i)}</li>`).join("")}</ul>`;
  const parts = [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8"><title>${e(m.title)}</title>`,
    "<style>body{font:14px/1.45 system-ui,sans-serif;max-width:1200px;margin:2em auto;" +
    "padding:0 1em}table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;" +
    "padding:.2em .5em;text-align:left;vertical-align:top}pre{background:#f6f6f6;padding:.8em;" +
    "overflow:auto;font-size:12px}.flame svg{max-width:100%;height:auto}</style></head><body>",
    `<h1>${e(m.title)}</h1>`,
    `<p>${e(m.intro)}</p>`,
    list(m.verdict),
    `<div class="flame">${flameGraph}</div>`,
    "<h2>Hottest functions (self time)</h2>",
    table(m.functions),
    "<h2>Hot lines</h2>",
    table(m.lines),
    m.hints.length ? `<h2>Likely causes</h2>${list(m.hints)}` : "",
    m.eventLoop.rows.length
      ? `<h2>Event loop: the longest busy stretches</h2>${table(m.eventLoop)}`
      : "",
    "<h2>Slow → fixed, per request</h2>",
    table(m.changes),
    `<h2>What profile_cpu said</h2><pre>${e(m.toolText)}</pre>`,
    `<h2>What compare_cpu_profiles said</h2><pre>${e(m.compareText)}</pre>`,
    "<h2>Steps</h2>",
    table(m.steps),
    `<h2>Reproduce</h2><pre>${e(m.reproduce)}</pre>`,
    m.notes.length ? `<h2>Notes</h2>${list(m.notes)}` : "",
    "</body></html>",
  ];
  return parts.filter(Boolean).join("\n") + "\n";
}

/** The closing lines in the terminal: hot spots, the event loop, the speed-up. */
export function renderPatternBSummary(f: PatternBFindings, reportPath: string): string {
  const m = buildModel(f);
  const out = ["", "Pattern B: where the CPU went", ""];
  for (const fn of f.hotSpots.result.bySelf.slice(0, 5)) {
    out.push(
      `  ${pct(fn.selfShare).padStart(6)} self  ${pct(fn.totalShare).padStart(6)} total  ` +
        `${fn.name}  ${fn.location.display}`,
    );
  }
  out.push("");
  for (const v of m.verdict) out.push(`  • ${v}`);
  out.push("", `Report: ${reportPath}`);
  return out.join("\n");
}

function mdTable(t: Table): string {
  const cell = (s: string) => s.replaceAll("|", "\\|").replaceAll("\n", " ");
  return [
    `| ${t.head.map(cell).join(" | ")} |`,
    `| ${t.head.map(() => "---").join(" | ")} |`,
    ...t.rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ].join("\n");
}

function fence(text: string, lang = ""): string {
  const ticks = text.includes("```") ? "````" : "```";
  return `${ticks}${lang}\n${text}\n${ticks}`;
}

function ms(v: number): string {
  return v >= 1000
    ? `${(v / 1000).toFixed(2)} s`
    : v >= 10
    ? `${v.toFixed(0)} ms`
    : `${v.toFixed(1)} ms`;
}
