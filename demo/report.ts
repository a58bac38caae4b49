/**
 * The demo's written report: the same findings the terminal shows, as Markdown
 * (`out/report.md`, charts linked as `heap-growth.svg` and `growth.svg`) and as one self-contained HTML page
 * (`out/report.html`, chart inline). Pure: findings in, text out.
 *
 * @module
 */

import {
  type AllocationReport,
  type AllocationSite,
  formatBytes,
  type LeakSuspect,
} from "../heap/mod.ts";
import { escapeXml } from "./chart.ts";
import {
  causeLocation,
  codeGrowthPer100,
  type DemoFindings,
  heapGrowthPer100,
  leakPer100,
  type RootCause,
  type RunSummary,
} from "./findings.ts";
import { formatCount, formatDuration } from "./format.ts";

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
    formatBytes(leaky, true)
  }, fixed ${formatBytes(fixed, true)}` +
    ` (${findings.leaky.connections} and ${findings.fixed.connections} connect/send/disconnect cycles)`;
}

/**
 * A cause's title: `1. messageHistory (Array)`, `1. conn.heartbeat (setInterval timers)`; one
 * inside another says so with the engine's reason: `2. conn.messageBuffer — inside #1: …`.
 */
export function causeTitle(c: RootCause): string {
  const s = c.suspect;
  if (s.insideOf !== undefined) return `${s.rank}. ${s.name} — ${s.reason}`;
  return `${s.rank}. ${s.name}${s.name === s.path ? ` (${s.holder})` : ""}`;
}

/** `keeps 476 KB of new objects (4.8 KB per Timeout)`; one inside another: where it is counted. */
export function keepsText(s: LeakSuspect): string {
  if (s.insideOf !== undefined) return `counted in #${s.insideOf}`;
  return `keeps ${formatBytes(s.bytes)} of new objects` +
    (s.entry ? ` (${formatBytes(s.entry.bytesEach)} per ${s.entry.name})` : "");
}

/** The fixed run's figure per 100 connections: `+120 B`, or `not growing` when it had no such suspect. */
export function fixedText(c: RootCause): string {
  return c.fixedPer100 === null ? "not growing" : formatBytes(c.fixedPer100, true);
}

/** A run's leak per 100 connections: `+656 KB of new objects kept by 4 suspects`, or `no leak found`. */
export function leakText(run: RunSummary): string {
  const leakers = run.compare.suspects.filter((s) => s.insideOf === undefined).length;
  if (!leakers) return "no leak found";
  return `${formatBytes(leakPer100(run), true)} of new objects kept by ${leakers} suspect` +
    (leakers === 1 ? "" : "s");
}

/** What the per-cause figures add up to, in the engine's terms. */
export function figuresNote(f: DemoFindings): string {
  return "The figures do not overlap: each new object is counted under one suspect (one inside " +
    "another is counted in it), so together they are the leak compare_snapshots reports: " +
    `${formatBytes(leakPer100(f.leaky), true)} per 100 connections.`;
}

/**
 * The one sentence that says the heap figures leave JIT-compiled code out, and how much it was
 * per 100 connections on each server.
 */
export function codeExcludedNote(f: DemoFindings): string {
  return "Heap figures leave out JIT-compiled code (V8 compiling the handlers as they get hot: " +
    `leaky ${formatBytes(codeGrowthPer100(f.leaky), true)}, fixed ${
      formatBytes(codeGrowthPer100(f.fixed), true)
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
  const verdict = [
    `${f.causes.length} root causes found in \`${f.leaky.app}\`, as \`compare_snapshots\` ranks ` +
    "them by the new objects each keeps: " +
    f.causes.map((c) => {
      const s = c.suspect;
      const inside = s.insideOf !== undefined ? `, inside #${s.insideOf}` : "";
      return `\`${s.path}\` (\`${causeLocation(s) ?? "no line"}\`${inside})`;
    }).join(", ") + ".",
    `Leak per 100 connections before the fix (\`${f.leaky.app}\`): ${leakText(f.leaky)}; heap ` +
    `${formatBytes(leakyHeap, true)}.`,
    `After the fix (\`${f.fixed.app}\`): ${leakText(f.fixed)}; heap ${
      formatBytes(fixedHeap, true)
    } — ${improvementText(leakyHeap, fixedHeap)}.`,
    codeExcludedNote(f),
  ];
  const causes: Table = {
    head: [
      "#",
      "What leaks",
      "Where",
      "Entries before → after",
      "New objects it keeps ²",
      "Per 100 conn.: leaky → fixed",
      "Fix",
    ],
    rows: f.causes.map((c) => {
      const s = c.suspect;
      const inside = s.insideOf !== undefined;
      return [
        inside ? `${s.rank} (inside #${s.insideOf})` : String(s.rank),
        s.name,
        causeLocation(s) ?? "—",
        `${formatCount(s.entriesBefore)} → ${formatCount(s.entriesAfter)}`,
        inside ? `counted in #${s.insideOf}` : formatBytes(s.bytes),
        inside ? "—" : `${formatBytes(c.leakyPer100, true)} → ${fixedText(c)}`,
        s.fix,
      ];
    }),
  };
  const details = f.causes.map((c) => {
    const s = c.suspect;
    const where = causeLocation(s);
    const lines = [s.reason + "."];
    if (s.insideOf === undefined) {
      lines.push(
        `${capitalized(keepsText(s))}${entryKeeps(s)}; per 100 connections ` +
          `${formatBytes(c.leakyPer100, true)}, on the fixed server ${fixedText(c)}.`,
      );
    }
    if (s.timer) {
      lines.push(
        `A ${s.timer.kind} timer` +
          (s.timer.captured.length
            ? `; its callback keeps ${s.timer.captured.map((v) => `\`${v}\``).join(", ")} alive`
            : "") +
          ".",
      );
    }
    if (s.declaredAt) lines.push(`Declared at \`${s.declaredAt.display}\`.`);
    if (s.createdAt) lines.push(`Entries created at \`${s.createdAt.display}\`.`);
    lines.push(`Fix: ${s.fix}.`, `Held by: \`${s.retainerPath}\``);
    // The statement goes in the code block (it may hold backticks), read_source's lines around it.
    if (s.statement) lines.push(`Added by the statement at \`${where}\`:`);
    return {
      heading: `${causeTitle(c).replace(/ — .*$/, "")}${where ? ` at \`${where}\`` : ""}` +
        (s.insideOf !== undefined ? ` (inside #${s.insideOf})` : ""),
      lines,
      code: c.sourceExcerpt ?? s.statement?.text,
    };
  });
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
        "New objects alive at the end ¹",
        "Kept by the suspects",
      ],
      rows: [f.leaky, f.fixed].map((r) => {
        const t = r.compare.totals;
        return [
          r.app,
          `${r.connections} (${r.simulated.connected} connected, ${r.simulated.failed} failed)`,
          r.snapshots.map((s) =>
            `${s.label} ${formatBytes(s.bytes)} in ${formatDuration(s.durationMs)}`
          ).join("; "),
          `${formatBytes(t.sizeDelta, true)} (${formatBytes(t.codeSizeDelta, true)})`,
          formatBytes(heapGrowthPer100(r), true),
          t.newObjects === undefined || t.newBytes === undefined
            ? "—"
            : `${formatCount(t.newObjects)} objects, ${formatBytes(t.newBytes)}`,
          formatBytes(t.leakBytes ?? 0),
        ];
      }),
    },
    steps: {
      head: ["Step", "Time"],
      rows: f.steps.map((s) => [s.name, formatDuration(s.ms)]),
    },
    reproduce: reproduceText(f),
    notes: [
      "¹ Objects allocated after the baseline and still alive in the final snapshot. On the " +
      "fixed server these are replacements: new messages that pushed old ones out of the capped " +
      "history, new console entries that pushed out old ones — so no suspect holds them.",
      `² ${figuresNote(f)}`,
      ...f.leaky.compare.notes.map((n) => `engine (leaky run): ${n}`),
    ],
  };
}

/** What each new entry keeps, as the engine listed it: `; each Timeout keeps with it 5 × (object elements), …`. */
function entryKeeps(s: LeakSuspect): string {
  if (!s.entry?.keeps.length) return "";
  return `; each ${s.entry.name} keeps with it ` +
    s.entry.keeps.map((k) => `${k.perEntry} × ${k.name}`).join(", ");
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function chartAlt(file: string): string {
  return file.includes("heap")
    ? "Leak and heap growth per 100 connections, leaky vs fixed"
    : "New objects each root cause keeps per 100 connections, leaky vs fixed";
}

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

/** Every counter either run's `/stats` reported, before → after, leaky and fixed side by side. */
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
