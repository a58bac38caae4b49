/**
 * The demo's written report: the same findings the terminal shows, as Markdown
 * (`out/report.md`, charts linked as `heap-growth.svg` and `growth.svg`) and as one self-contained HTML page
 * (`out/report.html`, chart inline). Pure: findings in, text out.
 *
 * @module
 */

import { escapeXml } from "./chart.ts";
import {
  anyFreed,
  causeCost,
  codeGrowthPer100,
  costText,
  type DemoFindings,
  entriesText,
  heapGrowthPer100,
  type RootCause,
  type RunSummary,
} from "./findings.ts";
import { formatBytes, formatCount, formatDelta, formatDuration } from "./format.ts";
import type { AllocationReport, AllocationSite } from "../heap/mod.ts";

/** A table: header cells and body rows, cells as plain text (renderers escape them). */
interface Table {
  head: string[];
  rows: string[][];
}

/** Everything both renderers print, computed once so Markdown and HTML cannot disagree. */
interface ReportModel {
  title: string;
  intro: string;
  verdict: string[];
  causes: Table;
  details: { heading: string; lines: string[]; code?: string }[];
  retainers?: { heading: string; code: string };
  allocations?: { heading: string; intro: string; table: Table };
  stats: Table;
  runs: Table;
  steps: Table;
  reproduce: string;
  notes: string[];
}

/** Markdown report. `chartFiles` are the SVGs' paths relative to the report, in order. */
export function renderMarkdownReport(
  findings: DemoFindings,
  chartFiles = ["heap-growth.svg", "growth.svg"],
): string {
  const m = buildModel(findings);
  const out: string[] = [];
  out.push(`# ${m.title}`, "", m.intro, "");
  for (const v of m.verdict) out.push(`- ${v}`);
  out.push("");
  for (const file of chartFiles) out.push(`![${chartAlt(file)}](${file})`, "");
  out.push("## Root causes", "", mdTable(m.causes), "");
  for (const d of m.details) {
    out.push(`### ${d.heading}`, "");
    for (const line of d.lines) out.push(line, "");
    if (d.code) out.push(fence(d.code, "ts"), "");
  }
  if (m.retainers) out.push(`## ${m.retainers.heading}`, "", fence(m.retainers.code), "");
  if (m.allocations) {
    const a = m.allocations;
    out.push(`## ${a.heading}`, "", a.intro, "", mdTable(a.table), "");
  }
  out.push("## `/stats` counters", "", mdTable(m.stats), "");
  out.push("## Runs", "", mdTable(m.runs), "");
  out.push("## Steps", "", mdTable(m.steps), "");
  out.push("## Reproduce", "", fence(m.reproduce, "sh"), "");
  if (m.notes.length) {
    out.push("## Notes", "");
    for (const n of m.notes) out.push(`- ${n}`);
    out.push("");
  }
  return out.join("\n");
}

/** One self-contained HTML page with the charts inline (opens from disk, no network). */
export function renderHtmlReport(findings: DemoFindings, chartSvgs: string[]): string {
  const m = buildModel(findings);
  const h = escapeXml;
  const out: string[] = [];
  out.push(
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${h(m.title)}</title>`,
    "<style>",
    "body{font:15px/1.5 -apple-system,'Segoe UI',Helvetica,Arial,sans-serif;color:#1f2933;" +
      "max-width:980px;margin:2em auto;padding:0 1em}",
    "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #d9dde2;" +
      "padding:4px 8px;text-align:left;vertical-align:top}th{background:#f5f7fa}",
    "td.num{text-align:right;font-variant-numeric:tabular-nums}td.where{white-space:nowrap}",
    "pre{background:#f5f7fa;padding:10px;overflow-x:auto;font-size:13px}",
    "code{font-size:13px}.chart svg{max-width:100%;height:auto}",
    "</style></head><body>",
  );
  out.push(`<h1>${h(m.title)}</h1>`, `<p>${inlineCode(m.intro)}</p>`, "<ul>");
  for (const v of m.verdict) out.push(`<li>${inlineCode(v)}</li>`);
  out.push("</ul>");
  for (const svg of chartSvgs) {
    out.push(`<div class="chart">${svg.replace(/<\?xml[^>]*>/, "")}</div>`);
  }
  out.push("<h2>Root causes</h2>", htmlTable(m.causes));
  for (const d of m.details) {
    out.push(`<h3>${inlineCode(d.heading)}</h3>`);
    for (const line of d.lines) out.push(`<p>${inlineCode(line)}</p>`);
    if (d.code) out.push(`<pre><code>${h(d.code)}</code></pre>`);
  }
  if (m.retainers) {
    out.push(`<h2>${inlineCode(m.retainers.heading)}</h2>`);
    out.push(`<pre><code>${h(m.retainers.code)}</code></pre>`);
  }
  if (m.allocations) {
    const a = m.allocations;
    out.push(`<h2>${inlineCode(a.heading)}</h2>`, `<p>${inlineCode(a.intro)}</p>`);
    out.push(htmlTable(a.table));
  }
  out.push("<h2><code>/stats</code> counters</h2>", htmlTable(m.stats));
  out.push("<h2>Runs</h2>", htmlTable(m.runs));
  out.push("<h2>Steps</h2>", htmlTable(m.steps));
  out.push("<h2>Reproduce</h2>", `<pre><code>${h(m.reproduce)}</code></pre>`);
  if (m.notes.length) {
    out.push("<h2>Notes</h2>", "<ul>");
    for (const n of m.notes) out.push(`<li>${inlineCode(n)}</li>`);
    out.push("</ul>");
  }
  out.push("</body></html>", "");
  return out.join("\n");
}

/** The chart's caption line: heap growth (JIT-compiled code excluded) per 100 connections, leaky vs fixed. */
export function chartSubtitle(findings: DemoFindings): string {
  const leaky = heapGrowthPer100(findings.leaky);
  const fixed = heapGrowthPer100(findings.fixed);
  return `Heap per 100 connections, JIT-compiled code excluded: leaky ${
    formatDelta(leaky)
  }, fixed ${formatDelta(fixed)}` +
    ` (${findings.leaky.connections} and ${findings.fixed.connections} connect/send/disconnect cycles)`;
}

/**
 * Why the per-cause figures do not add up to the heap growth: each is what clearing that one
 * cause frees, and what several causes keep alive together counts under each of them.
 */
export const OVERLAP_NOTE =
  "The figures overlap: each is what clearing that one cause frees (a timer's includes what " +
  "its callback keeps alive, such as each connection's buffers), so they do not add up to the " +
  "heap growth.";

/**
 * The one sentence that says the heap figures leave JIT-compiled code out, and how much it was
 * per 100 connections on each server.
 */
export function codeExcludedNote(f: DemoFindings): string {
  return "Heap figures leave out JIT-compiled code (V8 compiling the handlers as they get hot: " +
    `leaky ${formatDelta(codeGrowthPer100(f.leaky))}, fixed ${
      formatDelta(codeGrowthPer100(f.fixed))
    } per 100 connections); it is bounded by the program's code, not a leak.`;
}

/** How many times less the fixed server grows, as text (`"312× less"`, or a plain comparison). */
export function improvementText(leakyBytes: number, fixedBytes: number): string {
  if (leakyBytes <= 0) return "the leaky server did not grow";
  if (fixedBytes <= 0) return "no growth at all after the fix";
  const ratio = leakyBytes / fixedBytes;
  return ratio >= 1 ? `${ratio >= 10 ? Math.round(ratio) : ratio.toFixed(1)}× less` : "no better";
}

function buildModel(f: DemoFindings): ReportModel {
  const leakyHeap = heapGrowthPer100(f.leaky);
  const fixedHeap = heapGrowthPer100(f.fixed);
  const freed = anyFreed(f);
  const verdict = [
    `${f.causes.length} root causes found in \`${f.leaky.app}\`, ranked by ` +
    (freed ? "what clearing them frees" : "retained growth") + ": " +
    f.causes.map((c) => `\`${c.path}\` (\`${c.location ?? "no line"}\`)`).join(", ") + ".",
    `Leak per 100 connections before the fix (\`${f.leaky.app}\`): ${formatDelta(leakyHeap)} heap.`,
    `After the fix (\`${f.fixed.app}\`): ${formatDelta(fixedHeap)} heap — ` +
    `${improvementText(leakyHeap, fixedHeap)}.`,
    codeExcludedNote(f),
  ];
  const causes: Table = {
    head: [
      "#",
      "What leaks",
      "Where",
      "Entries before → after",
      freed ? "Clearing frees, before → after ²" : "Retained before → after",
      "Per connection",
      "Per 100 conn.: leaky → fixed",
    ],
    rows: f.causes.map((c) => [
      String(c.rank),
      `${c.path} (${c.holder})`,
      c.location ?? "—",
      entriesText(c, formatBytes).replace(/^entries /, ""),
      costCell(c, freed),
      `${formatDelta(c.bytesPerConnection)}, ${signed(c.entriesPerConnection)} entries`,
      `${formatDelta(c.leakyPer100)} → ${fixedText(c)}`,
    ]),
  };
  const details = f.causes.map((c) => ({
    heading: `${c.rank}. \`${c.path}\` — ${c.holder}${c.location ? ` at \`${c.location}\`` : ""}`,
    lines: [
      c.reason +
      (c.statsCounter
        ? ` The app's own counter agrees: \`/stats\` ${c.statsCounter.name} ${
          formatCount(c.statsCounter.before)
        } → ${formatCount(c.statsCounter.after)}.`
        : ""),
      `Cost: ${costText(c, formatBytes, true)}, ${
        formatDelta(c.bytesPerConnection)
      } per connection.`,
      `Held by: \`${c.retainerPath}\``,
      `Fixed server: ${fixedText(c)} per 100 connections` +
      (c.fixedEntries
        ? ` (entries ${formatCount(c.fixedEntries.before)} → ${formatCount(c.fixedEntries.after)})`
        : "") +
      ".",
    ],
    code: c.sourceExcerpt,
  }));
  return {
    title: "Memory leak investigation — scenario 6 chat server",
    intro: `Generated ${f.generatedAt} by \`deno task demo\` in ${formatDuration(f.elapsedMs)}` +
      (f.runtime ? ` against ${f.runtime}` : "") +
      ", through the deno-debugger MCP server's tools over stdio (Pattern A).",
    verdict,
    causes,
    details,
    retainers: f.retainers
      ? {
        heading: `Retainers of the top suspect (\`find_retainers ${f.retainers.target}\`)`,
        code: f.retainers.text,
      }
      : undefined,
    allocations: allocationsSection(f),
    stats: statsTable(f.leaky, f.fixed),
    runs: {
      head: [
        "Server",
        "Connections",
        "Snapshots",
        "Heap growth (of it JIT-compiled code)",
        "Per 100 connections, code excluded",
        "New objects still alive after idle ¹",
      ],
      rows: [f.leaky, f.fixed].map((r) => [
        r.app,
        `${r.connections} (${r.simulated.connected} connected, ${r.simulated.failed} failed)`,
        r.snapshots.map((s) =>
          `${s.label} ${formatBytes(s.bytes)} in ${formatDuration(s.durationMs)}`
        )
          .join("; "),
        `${formatDelta(r.compare.totals.sizeDelta)} (${
          formatDelta(r.compare.totals.codeSizeDelta ?? 0)
        })`,
        formatDelta(heapGrowthPer100(r)),
        r.compare.totals.leakedSize === undefined
          ? "—"
          : `${formatCount(r.compare.totals.leakedCount ?? 0)} objects, ${
            formatBytes(r.compare.totals.leakedSize)
          }`,
      ]),
    },
    steps: {
      head: ["Step", "Time"],
      rows: f.steps.map((s) => [s.name, formatDuration(s.ms)]),
    },
    reproduce: reproduceText(f),
    notes: [
      "¹ Objects allocated between the baseline and the after snapshot that are still alive in " +
      "the final one (memlab's definition of a leak). On the fixed server these are mostly " +
      "replacements: new messages that pushed old ones out of the capped history, new console " +
      "entries that pushed out old ones — so the heap did not grow.",
      freed
        ? `² ${OVERLAP_NOTE} A cause marked "retained" was not measured that way; its figure is ` +
          "what it alone keeps alive (the dominator tree, as in Chrome DevTools' Retained column)."
        : "Retained sizes count what each holder alone keeps alive (the dominator tree, as in " +
          "Chrome DevTools). Objects reachable along more than one path count under none of " +
          "them, so the bars per root cause add up to less than the heap growth.",
      ...f.notes,
      ...f.leaky.compare.notes.map((n) => `engine (leaky run): ${n}`),
    ],
  };
}

function chartAlt(file: string): string {
  return file.includes("heap")
    ? "Heap growth per 100 connections, leaky vs fixed"
    : "What clearing each root cause frees per 100 connections, leaky vs fixed";
}

/** The cost cell: `4.2 MB → 4.7 MB`, marked `(retained)` in a freed column when not measured. */
function costCell(c: RootCause, freedColumn: boolean): string {
  const cost = causeCost(c);
  const text = `${formatBytes(cost.before)} → ${formatBytes(cost.after)}`;
  return freedColumn && cost.measure === "retained" ? `${text} (retained)` : text;
}

function fixedText(c: RootCause): string {
  return c.fixedPer100 === null ? "not growing" : formatDelta(c.fixedPer100);
}

function signed(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return rounded > 0 ? `+${rounded}` : String(rounded);
}

/** Every counter either run's `/stats` reported, before → after, leaky and fixed side by side. */
/** Functions listed in the allocation table. */
const ALLOCATION_ROWS = 8;

/**
 * What the sampling heap profiler saw survive the load, leaky beside fixed: the leaky run's
 * heaviest functions, each looked up in the fixed run by function, place and runtime call.
 */
function allocationsSection(f: DemoFindings): ReportModel["allocations"] {
  const leaky = f.leaky.allocations;
  const fixed = f.fixed.allocations;
  if (!leaky || !fixed) return undefined;
  const key = (s: AllocationSite) => `${s.functionName} ${s.location.display} ${s.via ?? ""}`;
  const fixedBytes = new Map(fixed.sites.map((s) => [key(s), s.bytes]));
  const alive = (a: AllocationReport) =>
    `${formatBytes(a.totalBytes)} (${formatBytes(a.programBytes)} by the program's functions)`;
  return {
    heading: "Where what survived was allocated (`start/stop_allocation_sampling`)",
    intro:
      `Sampled during the ${f.leaky.connections} connections (one sample per ~${
        formatBytes(leaky.samplingInterval)
      } allocated), then a GC: still alive on the leaky server ${alive(leaky)}, on the fixed ` +
      `one ${alive(fixed)}. V8 records functions, not statements: the place is where each ` +
      'function starts; "via" is the runtime call that allocated for it.',
    table: {
      head: ["Function", "Where it starts", "Via", "Leaky: still alive", "Fixed: still alive"],
      rows: leaky.sites.slice(0, ALLOCATION_ROWS).map((s) => {
        const inFixed = fixedBytes.get(key(s));
        return [
          s.functionName,
          s.location.display,
          s.via ?? "—",
          formatBytes(s.bytes),
          inFixed === undefined ? "— (none sampled)" : formatBytes(inFixed),
        ];
      }),
    },
  };
}

function statsTable(leaky: RunSummary, fixed: RunSummary): Table {
  const keys = new Set<string>();
  for (const s of [leaky.statsBefore, leaky.statsAfter, fixed.statsBefore, fixed.statsAfter]) {
    for (const [k, v] of Object.entries(s ?? {})) if (typeof v === "number") keys.add(k);
  }
  const cell = (r: RunSummary, k: string) =>
    `${valueText(r.statsBefore?.[k])} → ${valueText(r.statsAfter?.[k])}`;
  return {
    head: ["Counter", `${leaky.app} before → after`, `${fixed.app} before → after`],
    rows: [...keys].map((k) => [k, cell(leaky, k), cell(fixed, k)]),
  };
}

function valueText(v: unknown): string {
  return typeof v === "number" ? formatCount(v) : "—";
}

function reproduceText(f: DemoFindings): string {
  const snaps = f.leaky.snapshots;
  const lines = ["npx -y deno@2.9.6 task demo"];
  if (snaps.length >= 2) {
    const final = snaps[2] ? ` --final=${snaps[2].path}` : "";
    lines.push(
      "# the engine alone, on the leaky run's snapshots:",
      `deno task compare ${snaps[0].path} ${snaps[1].path}${final} --cycles=${f.leaky.connections}`,
    );
  }
  return lines.join("\n");
}

function mdTable(t: Table): string {
  const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const lines = [
    `| ${t.head.map(cell).join(" | ")} |`,
    `| ${t.head.map(() => "---").join(" | ")} |`,
    ...t.rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ];
  return lines.join("\n");
}

function htmlTable(t: Table): string {
  const h = escapeXml;
  const numeric = (s: string) => /^[+\-±]?[\d,.]+/.test(s) && !/[a-z]{3,}/i.test(s);
  // `file:line` cells stay on one line so the location reads as one token.
  const cellClass = (s: string) =>
    numeric(s) ? ' class="num"' : /^[\w./-]+:\d+$/.test(s) ? ' class="where"' : "";
  return [
    "<table>",
    `<tr>${t.head.map((c) => `<th>${h(c)}</th>`).join("")}</tr>`,
    ...t.rows.map((r) => `<tr>${r.map((c) => `<td${cellClass(c)}>${h(c)}</td>`).join("")}</tr>`),
    "</table>",
  ].join("\n");
}

/** Escapes text, then turns Markdown-style `code` spans into <code> elements. */
function inlineCode(text: string): string {
  return escapeXml(text).replace(/`([^`]+)`/g, "<code>$1</code>");
}

/** A fenced block whose fence is longer than any backtick run inside it. */
function fence(code: string, lang = ""): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const f = "`".repeat(longest + 1);
  return `${f}${lang}\n${code.replace(/\n+$/, "")}\n${f}`;
}
