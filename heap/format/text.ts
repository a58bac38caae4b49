/**
 * Text renderings of the engine's findings, written for a reader with a finite context (a
 * model or a terminal): a few KB, most important first — suspects, then groups, then notes.
 * The structured reports carry the detail.
 *
 * @module
 */

import type { AllocationReport } from "../analysis/allocation_profile.ts";
import {
  type CompareReport,
  DEFAULT_COMPARE_TOP,
  type GroupDiff,
  type LeakSuspect,
  type RetainersReport,
  type SnapshotSummary,
  type SourceStatement,
} from "../report.ts";
import { formatBytes } from "./bytes.ts";

function signed(n: number): string {
  return n > 0 ? `+${fmtNum(n)}` : fmtNum(n);
}

function fmtNum(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString("en-US") : n.toFixed(1);
}

function fileName(path: string): string {
  return path.split("/").pop() ?? path;
}

/** A snapshot as a label: its file name without `.heapsnapshot` (`baseline`). */
function snapshotLabel(path: string): string {
  return fileName(path).replace(/\.heapsnapshot$/, "");
}

/** Readable names for groups that an entry keeps (`system / Context` is its scope). */
function keptName(name: string): string {
  if (name.startsWith("system / Context")) return "scope";
  if (name === "(string)") return "strings";
  if (name === "(number)") return "numbers";
  if (name.startsWith("(object elements)") || name.startsWith("(internal array)")) return "storage";
  // V8's name for what `fn.bind(…)` returns.
  if (name === "native_bind()") return "bound function";
  return name;
}

/** The same for one entry (`each string keeps …`). */
function entryName(name: string): string {
  if (name === "(string)") return "string";
  if (name === "(number)") return "number";
  return keptName(name);
}

/** `tracking.mjs:44, 60; notifier.mjs:27`: each file's display once, then its lines. */
function callerList(callers: { url: string; line: number; display: string }[]): string {
  const byFile = new Map<string, { display: string; lines: number[] }>();
  for (const c of callers) {
    const f = byFile.get(c.url);
    if (f) f.lines.push(c.line);
    else byFile.set(c.url, { display: c.display, lines: [] });
  }
  return [...byFile.values()].map((f) => [f.display, ...f.lines].join(", ")).join("; ");
}

/** `(93%; 31 KB in no suspect)`: how much of the new objects the suspects leave unexplained. */
function remainder(newBytes: number, leakBytes: number): string {
  if (newBytes <= 0 || leakBytes <= 0) return "";
  const share = Math.min(100, Math.round((leakBytes / newBytes) * 100));
  return ` (${share}%; ${formatBytes(Math.max(0, newBytes - leakBytes))} in no suspect)`;
}

/** `+1.2 KB/cycle` when cycles are known, else the total. */
function perCycle(total: number, perCycleValue: number | undefined, unit: (n: number) => string) {
  return perCycleValue !== undefined ? `${unit(perCycleValue)}/cycle` : unit(total);
}

/**
 * `3/cycle`, `2.5/cycle`; under one a cycle, how many cycles one takes (`1 per 40 cycles`):
 * one decimal would read 0.0.
 */
function cycleRate(x: number): string {
  if (x > 0 && x < 0.5) return `1 per ${fmtNum(Math.round(1 / x))} cycles`;
  return `${Number.isInteger(x) ? fmtNum(x) : x.toFixed(1)}/cycle`;
}

/** Renders one suspect in at most five lines (≈ 600 characters). */
function suspectLines(s: LeakSuspect): string[] {
  if (s.insideOf !== undefined) {
    const lines = [`${s.rank}. ${s.name}  [${s.kind}, inside #${s.insideOf}] ${s.reason}`];
    if (s.statement) lines.push(`   ${s.statement.location.display}  ${s.statement.text}`);
    return lines;
  }
  const growth = s.kind === "timers"
    ? `+${fmtNum(s.added)} active timers`
    : s.valueBytes
    ? `value ${
      [s.valueBytes.before, s.valueBytes.after, s.valueBytes.final].filter((x) => x !== undefined)
        .map((x) => formatBytes(x!)).join(" → ")
    } (${s.valueBytes.class})`
    : s.kind === "growing value"
    ? `${fmtNum(s.added)} appends kept`
    : s.kind === "promise reactions"
    ? `+${fmtNum(s.added)} promises chained behind it`
    : s.kind === "queued calls"
    ? `+${fmtNum(s.added)} next() calls queued (${fmtNum(s.entriesBefore)} → ${
      fmtNum(s.entriesAfter)
    })`
    : s.added > 0 && s.drifts
    ? `+${fmtNum(s.added)} entries a run (${fmtNum(s.entriesBefore)} → ${
      fmtNum(s.entriesAfter)
    } → ${
      fmtNum(s.entriesFinal ?? s.entriesAfter)
    }), though it let go of what it took in the first run: its bound drifts`
    : s.added > 0 && s.onClock
    ? `+${fmtNum(s.added)} entries (${fmtNum(s.entriesBefore)} → ${fmtNum(s.entriesAfter)} → ${
      fmtNum(s.entriesFinal ?? s.entriesAfter)
    }), a few each run: added on a clock, not per cycle`
    : s.added > 0 && s.countsNodes
    ? `+${fmtNum(s.added)} nodes (entries ${fmtNum(s.entriesBefore)} → ${fmtNum(s.entriesAfter)})`
    : s.added > 0
    ? `+${fmtNum(s.added)} entries (${fmtNum(s.entriesBefore)} → ${fmtNum(s.entriesAfter)})`
    : `storage ${formatBytes(s.storeBytesBefore ?? 0)} → ${formatBytes(s.storeBytesAfter ?? 0)}`;
  const rate = s.addedPerCycle !== undefined && s.added > 0
    ? `, ${cycleRate(s.addedPerCycle)}`
    : "";
  // The same objects placed in several keys' collections: how many there are.
  const distinct = s.distinct !== undefined
    ? ` — ${fmtNum(s.distinct)} objects${
      s.addedPerCycle !== undefined && s.added > 0
        ? ` (${cycleRate(s.addedPerCycle * s.distinct / s.added)})`
        : ""
    }, each in several`
    : "";
  // Named by an object the program knows, grown in its internals: where, after the name.
  const inner = s.path.length > s.name.length && s.path.startsWith(s.name) &&
      /^[.[]/.test(s.path.slice(s.name.length))
    ? ` (${s.path.slice(s.name.length)})`
    : "";
  const lines = [
    `${s.rank}. ${s.name}${inner}  [${
      s.keys
        ? `${s.kind} under each of ${s.keys} keys`
        : s.instances
        ? `${s.kind} in each of ${s.instances} objects`
        : s.kind
    }]  ${growth}${rate}${distinct}, ${
      perCycle(s.bytes, s.bytesPerCycle, (x) => formatBytes(x, true))
    }`,
  ];
  // One field of many objects: which objects, by their names.
  if (s.instances) lines.push(`   ${s.reason}`);
  if (s.entry) {
    const e = s.entry;
    // Groups of one name (closures of many places) read as one; a share under 0.05 as none.
    const merged = new Map<string, { perEntry: number; bytes: number }>();
    for (const k of e.keeps) {
      const m = merged.get(keptName(k.name)) ?? { perEntry: 0, bytes: 0 };
      merged.set(keptName(k.name), { perEntry: m.perEntry + k.perEntry, bytes: m.bytes + k.bytes });
    }
    const keeps = [...merged].filter(([, k]) => k.bytes >= 64 && k.perEntry >= 0.05).map((
      [name, k],
    ) => `${name}${k.perEntry !== 1 ? ` ×${Math.round(k.perEntry * 10) / 10}` : ""}`);
    const made = s.timer?.made ? `; ${s.timer.made.name} made at ${s.timer.made.at.display}` : "";
    const what = s.kind === "timers" && s.timer?.captured.length
      ? `its callback's scope (${s.timer.captured.join(", ")}${made})`
      : keeps.join(", ");
    lines.push(
      `   each ${entryName(e.name)} keeps ${formatBytes(e.bytesEach)}${what ? `: ${what}` : ""}`,
    );
  }
  if (s.sampleKeys?.length) {
    lines.push(`   new keys like ${s.sampleKeys.map((k) => JSON.stringify(k)).join(", ")}`);
  }
  if (s.sample) lines.push(`   one of them: ${s.sample}`);
  if (s.sharedValues?.length) {
    const who = s.sharedBy
      ? `${fmtNum(s.sharedBy.count)} of ${fmtNum(s.sharedBy.of)} new ones`
      : "all new ones";
    lines.push(`   ${who}: ${s.sharedValues.map(([k, v]) => `${k}: ${v}`).join(", ")}`);
  }
  if (s.statement) {
    const decl = s.declaredAt && s.declaredAt.display !== s.statement.location.display
      ? `  (declared ${s.declaredAt.display})`
      : "";
    lines.push(`   ${s.statement.location.display}  ${s.statement.text}${decl}${ran(s.statement)}`);
    // In a package's code: the program's own object it is kept in, where the user made it.
    if (s.keptIn) {
      lines.push(`   in the program's ${s.keptIn.name}, declared at ${s.keptIn.location.display}`);
    }
    // Seen running (line check): the program's own line each add came from.
    const from = s.statement.reachedFrom;
    if (from) {
      const of = s.statement.ran ? ` of ${fmtNum(s.statement.ran.times)}` : "";
      lines.push(
        `   reached from the program at ${from.location.display}  ${from.text}  [${
          fmtNum(from.times)
        }${of} runs]`,
      );
    }
    // The first suspect's statement in its function: what a reader would open the file for.
    if (s.rank === 1) lines.push(...contextLines(s.statementContext, s.statement.location.line));
    if (s.calledWith) {
      const { location, field, value } = s.calledWith;
      const others = s.callers?.filter((c) => c !== location && c.display !== location.display);
      lines.push(
        `   called from ${location.display}, the only call that passes ${value} (every new ` +
          `entry's ${field})` + (others?.length ? `; also from ${callerList(others)}` : ""),
      );
    } else if (s.callers?.length) lines.push(`   called from ${callerList(s.callers)}`);
  } else if (s.location) {
    lines.push(`   at ${s.location.display}`);
  }
  if (s.createdAt && s.kind !== "timers") {
    lines.push(`   entries created at ${s.createdAt.display}`);
  }
  if (s.removals?.length) {
    const r = s.removals[0];
    const under = r.within ? `  (under: ${r.within})` : "";
    lines.push(
      `   removed at ${r.location.display}  ${r.text}${under}${
        ran(r, s.statement, s.sampleKeys, s.drifts)
      }`,
    );
    if (s.rank === 1) lines.push(...contextLines(s.removalContext, r.location.line));
    const call = r.calledUnder;
    const found = r.lookup?.keys;
    if (found && found.held !== undefined && found.held < found.handed) {
      const missed = found.handed - found.held;
      lines.push(
        `   its value comes from ${r.lookup!.text} (line ${
          r.lookup!.location.line
        }), which found ` +
          `nothing for ${
            missed === found.handed
              ? "any key"
              : `${fmtNum(missed)} of the ${fmtNum(found.handed)} keys`
          } it was handed${found.example ? ` (${found.example})` : ""}`,
      );
    }
    if (call) lines.push(`   reached only from ${call.location.display}, under: ${call.within}`);
    else if (r.callers?.length) lines.push(`   removal called from ${callerList(r.callers)}`);
  }
  lines.push(`   fix: ${s.fix}`);
  return lines;
}

/**
 * `  [ran 0× in 10 cycles]`: a statement's count from the line check, when it has one. For a
 * removal beside its add's count, what the two say together: never run, or run as often
 * as the add while the entries stay (it misses them); then what the keys it was handed say
 * (`keptKeys`: some of the kept entries' keys, to set beside one it missed).
 */
function ran(
  statement: SourceStatement,
  add?: SourceStatement,
  keptKeys?: string[],
  drifts?: boolean,
): string {
  const r = statement.ran;
  if (!r) return "";
  const count = `ran ${r.atLeast ? "≥" : ""}${fmtNum(r.times)}× in ${fmtNum(r.cycles)} cycles`;
  const keys = keysHanded(statement.keys, add?.keys?.example, keptKeys, drifts);
  const a = add?.ran;
  if (!a || a.times === 0) return `  [${count}${keys}]`;
  const reading = r.times === 0
    ? `: never ran while the add ran ${fmtNum(a.times)}×`
    : r.times >= a.times || r.atLeast
    ? ": runs as often as the add, yet these stay — it misses them"
    : "";
  return `  [${count}${reading}${keys}]`;
}

/**
 * What a keyed removal's collection held of the keys it was handed: none (the key misses: its
 * form, its case, its type or another object), all (the kept entries are never handed to it),
 * or some; beside one it missed, a key the add stored (`addedKey`) or else a kept one. For a
 * bound that drifts (`drifts`), all held means the removal stops too soon: what decides when
 * it stops is the total, not a lookup.
 */
function keysHanded(
  k: SourceStatement["keys"],
  addedKey: string | undefined,
  keptKeys?: string[],
  drifts?: boolean,
): string {
  if (!k || k.held === undefined) return "";
  const handed = k.handed === 1
    ? "the key it was handed"
    : `the ${fmtNum(k.handed)} keys it was handed`;
  if (k.held === k.handed) {
    return drifts
      ? `; each of ${handed} was there: it takes out what reaches it, and stops while more stay (the total it stops by says the bound is met: see the fix)`
      : `; each of ${handed} was there: it takes out what reaches it, and the kept ones never do (a lookup or condition before it misses them)`;
  }
  const kept = addedKey !== undefined
    ? `; the add stores ${addedKey}`
    : keptKeys?.length
    ? `; kept keys look like ${JSON.stringify(clipKey(keptKeys[0]))}`
    : "";
  const example = k.example ? ` (${k.example}${kept})` : "";
  return k.held === 0
    ? `; none of ${handed} was there${example}`
    : `; ${fmtNum(k.handed - k.held)} of ${handed} were not there${example}`;
}

function clipKey(key: string): string {
  return key.length > 60 ? `${key.slice(0, 59)}…` : key;
}

/** Numbered source lines around a statement (`>` marks it), a gap shown as `…`. */
function contextLines(context: { line: number; text: string }[] | undefined, at: number) {
  if (!context || context.length < 2) return [];
  const width = String(context.at(-1)!.line).length;
  const out: string[] = [];
  let last: number | undefined;
  for (const c of context) {
    if (last !== undefined && c.line > last + 1) out.push(`     ${"".padStart(width)} …`);
    out.push(`     ${String(c.line).padStart(width)} ${c.line === at ? ">" : "|"} ${c.text}`);
    last = c.line;
  }
  return out;
}

/**
 * Whether clearing a pool frees noticeably more than its instances' summed retained sizes
 * (they share what they keep alive): then both figures are shown.
 */
function sharesMore(freed: number, retained: number): boolean {
  return freed > retained * 1.1;
}

function groupLine(g: GroupDiff, threeWay: boolean): string {
  const cols = [
    signed(g.countDelta).padStart(8),
    `${fmtNum(g.countBefore)}→${fmtNum(g.countAfter)}`.padStart(15),
    formatBytes(g.sizeDelta, true).padStart(10),
    formatBytes(g.retainedAfter ?? 0).padStart(9),
  ];
  if (threeWay) {
    cols.push(`${fmtNum(g.leaked ?? 0)} (${formatBytes(g.leakedSize ?? 0)})`.padStart(14));
  }
  const name = g.name.length > 60 ? g.name.slice(0, 59) + "…" : g.name;
  const loc = g.location ? `  ${g.location.display}` : "";
  const kind = g.kind === "internal" ? " [internal]" : "";
  const via = g.via?.length ? `  via #${g.via.join(", #")}` : "";
  return `${cols.join(" ")}  ${name}${kind}${loc}${via}`;
}

/** `, +16.3 KB of it JIT-compiled code (not a leak)` when compiled code grew; else nothing. */
function codeShare(t: CompareReport["totals"]): string {
  // Older reports (JSON written before the field existed) have no code figure.
  if (!(t.codeSizeDelta > 0)) return "";
  // Code of scripts the program compiles as it runs is as alive as what keeps the functions.
  return `, ${formatBytes(t.codeSizeDelta, true)} of it JIT-compiled code${
    t.runtimeScripts
      ? ` (partly for ${fmtNum(t.runtimeScripts)} scripts compiled at run time)`
      : " (not a leak)"
  }`;
}

/** Compact text for a {@link CompareReport}: headline, suspects, growing groups, notes. */
export function formatCompareText(report: CompareReport, opts: { top?: number } = {}): string {
  const top = opts.top ?? DEFAULT_COMPARE_TOP;
  const t = report.totals;
  const threeWay = report.files.final !== undefined;
  const out: string[] = [];
  const files = [report.files.before, report.files.after, report.files.final].filter(Boolean).map((
    f,
  ) => snapshotLabel(f!));
  const cyc = t.cycles ? ` over ${t.cycles} cycles` : "";
  if (t.differentProcesses) {
    out.push(
      "Not comparable: these snapshots look like two processes' (node ids name other objects), " +
        "so no suspects are named — capture both from one running process",
    );
  } else if (t.leakBytes !== undefined) {
    const leakers = report.suspects.filter((x) => x.insideOf === undefined).length;
    const inside = report.suspects.length - leakers;
    out.push(
      leakers > 0
        ? `Leak${cyc}: ${formatBytes(t.leakBytes, true)}${
          t.leakBytesPerCycle !== undefined
            ? ` (${formatBytes(t.leakBytesPerCycle, true)}/cycle)`
            : ""
        } of new objects kept by ${leakers} suspect${leakers === 1 ? "" : "s"}${
          inside > 0 ? ` (and ${inside} inside them, counted there)` : ""
        }${leakers > 1 ? "; no object is counted under two of them" : ""}`
        : `No leak found${cyc}: nothing the program holds gained entries that stayed alive`,
    );
  }
  // A bound that drifts is costed by the entries it turned over, none of them alive at the end.
  const drifted = report.suspects.reduce(
    (sum, x) => sum + (x.drifts && x.insideOf === undefined ? x.bytes : 0),
    0,
  );
  const kept = (t.leakBytes ?? 0) - drifted;
  const alive = t.newBytes !== undefined && t.leakBytes !== undefined
    ? `; of the new objects still alive (${formatBytes(t.newBytes)}), ${
      formatBytes(kept)
    } are in the suspects${remainder(t.newBytes, kept)}${
      drifted > 0
        ? `; a bound that drifts keeps ${
          formatBytes(drifted)
        } more, counted by its entries (those it holds at the end replaced the first run's)`
        : ""
    }`
    : threeWay
    ? `; new since the baseline and alive at the end: ${fmtNum(t.leakedCount ?? 0)} objects, ${
      formatBytes(t.leakedSize ?? 0)
    }`
    : "";
  out.push(
    `Heap ${files.join(" → ")}: ${formatBytes(t.sizeBefore)} → ${formatBytes(t.sizeAfter)} (${
      formatBytes(t.sizeDelta, true)
    }${
      t.sizeDeltaPerCycle !== undefined ? `, ${formatBytes(t.sizeDeltaPerCycle, true)}/cycle` : ""
    }${codeShare(t)})${alive}`,
  );
  out.push("");
  if (report.suspects.length) {
    out.push("Leak suspects (where new objects accumulate, most bytes first):");
    for (const s of report.suspects.slice(0, top)) out.push(...suspectLines(s));
    if (report.suspects.length > top) {
      out.push(`   … ${report.suspects.length - top} more in the structured report`);
    }
  } else {
    out.push(
      "Leak suspects: none — no array, map, set, object, listener list or timer of the program gained entries that stayed alive.",
    );
  }
  out.push("");
  const shown = report.groups.slice(0, top);
  // Groups whose new objects the suspects account for are named in one line: the table is
  // what is left to explain.
  const explained = shown.filter((g) => g.via?.length);
  // A group that gained neither objects nor bytes has no growth to explain: its new objects
  // replaced as many old ones (a list rebuilt, a timer re-armed). With a final snapshot, one with
  // no more objects and none of its new ones alive at the end has nothing left either (storage
  // resized, objects replaced and gone).
  const rest = shown.filter((g) =>
    !g.via?.length && (g.countDelta > 0 || g.sizeDelta > 0) &&
    !(threeWay && (g.leaked ?? 0) === 0 && g.countDelta <= 0)
  );
  if (rest.length) {
    out.push(
      `Other groups that changed, by ${threeWay ? "new objects alive at the end, then " : ""}size:`,
    );
    const header = [
      "Δcount".padStart(8),
      "before→after".padStart(15),
      "Δsize".padStart(10),
      "retained".padStart(9),
    ];
    if (threeWay) header.push("new, alive".padStart(14));
    out.push(`${header.join(" ")}  group`);
    for (const g of rest) out.push(groupLine(g, threeWay));
  }
  // With one suspect (and those inside it) its own lines say what it keeps: the classes it
  // grew are not repeated.
  const oneSuspect = report.suspects.filter((s) => s.insideOf === undefined).length === 1;
  if (explained.length && !oneSuspect) {
    const names = explained.map((g) =>
      `${g.name.length > 40 ? g.name.slice(0, 39) + "…" : g.name} (#${g.via!.join(", #")})`
    );
    out.push(`Classes that grew through the suspects: ${names.join("; ")}`);
  }
  // Groups past the top may hold growth nothing explains; those left out above do not (a lone
  // suspect's classes, groups with nothing new left): saying they exist is noise.
  if (report.groups.length > top) {
    out.push(
      `   … ${report.groups.length - top} more groups not shown (in structuredContent.groups)`,
    );
  }
  if (report.notes.length) {
    if (out.at(-1) !== "") out.push("");
    for (const n of report.notes) out.push(`Note: ${n}`);
  }
  return out.join("\n");
}

/** Compact text for a {@link RetainersReport}. */
export function formatRetainersText(report: RetainersReport): string {
  const out: string[] = [
    `Retainers of ${report.target} in ${fileName(report.file)}: ${
      fmtNum(report.matched)
    } object(s) match`,
  ];
  for (const o of report.objects) {
    out.push("");
    out.push(
      `@${o.nodeId} ${o.name}  self ${formatBytes(o.selfSize)}, retains ${
        formatBytes(o.retainedSize)
      }, ` +
        `distance ${o.distance}${o.ownerPath ? `, held as ${o.ownerPath}` : ""}`,
    );
    out.push(`  path: ${o.rendered}`);
    if (o.directRetainers.length) {
      out.push(
        `  held by: ${
          o.directRetainers.slice(0, 5).map((r) =>
            `${r.node} (${r.edgeType} ${r.edge}, @${r.nodeId})`
          ).join("; ")
        }`,
      );
    }
  }
  for (const n of report.notes) out.push(`Note: ${n}`);
  return out.join("\n");
}

/** Compact text for a {@link SnapshotSummary}. */
export function formatSummaryText(summary: SnapshotSummary): string {
  const out: string[] = [
    `Snapshot ${fileName(summary.file)}: ${fmtNum(summary.nodeCount)} objects, ${
      formatBytes(summary.totalSize)
    } (user objects ${formatBytes(summary.userSize)})`,
  ];
  if (summary.holders.length) {
    out.push("", "Largest named collections and timers:");
    for (const h of summary.holders) {
      const inst = h.instances > 1 ? ` ×${h.instances}` : "";
      // A pool sharing what it keeps alive: what clearing it frees, then the summed figure.
      const size = h.freed !== undefined && sharesMore(h.freed, h.retained)
        ? `clearing frees ${formatBytes(h.freed)}, retained by the instances alone ${
          formatBytes(h.retained)
        }`
        : `retains ${formatBytes(h.retained)}`;
      out.push(
        `  ${h.path} [${h.holder}${inst}] ${fmtNum(h.entries)} entries, ${size}` +
          `${h.location ? `  ${h.location.display}` : ""}  (@${h.nodeId})`,
      );
    }
  }
  out.push("", `${"count".padStart(10)} ${"size".padStart(10)} ${"retained".padStart(10)}  group`);
  for (const g of summary.groups) {
    out.push(
      `${fmtNum(g.count).padStart(10)} ${formatBytes(g.size).padStart(10)} ${
        formatBytes(g.retained).padStart(10)
      }  ${g.name.length > 60 ? g.name.slice(0, 59) + "…" : g.name}${
        g.location ? `  ${g.location.display}` : ""
      }`,
    );
  }
  for (const n of summary.notes) out.push(`Note: ${n}`);
  return out.join("\n");
}

/** `file:///a/b/app.ts` → display path; re-exported for callers that print locations. */

/** Compact text for an {@link AllocationReport}: the program's functions, heaviest first. */
export function formatAllocationText(report: AllocationReport): string {
  const over = report.durationMs !== undefined
    ? ` over ${(report.durationMs / 1000).toFixed(1)} s`
    : "";
  const out: string[] = [
    `Allocations sampled${over} (one per ~${
      formatBytes(report.samplingInterval)
    }) still alive after a GC: ${formatBytes(report.totalBytes)}, of which ${
      formatBytes(report.programBytes)
    } allocated by the program's own functions:`,
  ];
  report.sites.forEach((site, i) => {
    const via = site.via ? ` via ${site.via}` : "";
    out.push(
      `  ${i + 1}. ${formatBytes(site.bytes).padStart(8)}  ${site.functionName} ` +
        `${site.location.display}${via}  (${fmtNum(site.samples)} sample${
          site.samples === 1 ? "" : "s"
        })`,
    );
    if (site.callers.length) out.push(`       called from ${site.callers.join(" ← ")}`);
  });
  if (report.runtimeBytes > 0) {
    out.push(
      `Allocated by the runtime with no program function on the stack: ${
        formatBytes(report.runtimeBytes)
      }`,
    );
  }
  out.push(
    "Note: sampled estimates; positions are where each function starts. Functions that keep " +
      "allocating what stays alive make a leak's objects; compare_snapshots says what holds them",
  );
  for (const n of report.notes) out.push(`Note: ${n}`);
  return out.join("\n");
}
