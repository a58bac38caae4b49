/**
 * Text renderings of the engine's findings, written for a reader with a finite context (a
 * model or a terminal): a few KB, most important first — suspects, then groups, then notes.
 * The structured reports carry the detail.
 *
 * @module
 */

import type { AllocationReport } from "../analysis/allocation_profile.ts";
import type {
  CompareReport,
  GroupDiff,
  LeakSuspect,
  RetainersReport,
  SnapshotSummary,
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

/** Renders one suspect in two or three lines. */
function suspectLines(s: LeakSuspect, i: number, cycles?: number): string[] {
  const per = (delta: number, unit: (n: number) => string) =>
    cycles ? ` (${unit(delta / cycles)}/cycle)` : "";
  const entries = s.holder === "Timeout"
    ? `alive ${fmtNum(s.entriesBefore)} → ${fmtNum(s.entriesAfter)}${
      per(s.entriesAfter - s.entriesBefore, (n) => `+${n.toFixed(1)}`)
    }`
    : (s.instancesAfter ?? 1) > 1 || (s.instancesBefore ?? 1) > 1
    ? `${fmtNum(s.instancesBefore ?? 0)} → ${fmtNum(s.instancesAfter ?? 0)} instances, entries ${
      fmtNum(s.entriesBefore)
    } → ${fmtNum(s.entriesAfter)}`
    : s.entriesAfter === 0 && s.storeBytesAfter !== undefined
    ? `storage ${formatBytes(s.storeBytesBefore ?? 0)} → ${formatBytes(s.storeBytesAfter)}`
    : `entries ${fmtNum(s.entriesBefore)} → ${fmtNum(s.entriesAfter)}${
      per(s.entriesAfter - s.entriesBefore, (n) => `+${n.toFixed(1)}`)
    }`;
  const retained = s.freedAfter !== undefined && s.freedBefore !== undefined
    ? freedText(s.freedBefore, s.freedAfter, s.retainedAfter, per)
    : `retained ${formatBytes(s.retainedBefore)} → ${formatBytes(s.retainedAfter)}${
      per(s.retainedAfter - s.retainedBefore, (n) => formatBytes(n, true))
    }`;
  const lines = [`${i + 1}. ${s.path}  [${s.holder}]  ${entries}, ${retained}`];
  const where: string[] = [];
  if (s.holder === "Timeout" && s.location) where.push(`callback at ${s.location.display}`);
  else if (s.growthSites?.length) {
    where.push(`grows at ${s.growthSites.map((g) => g.display).join(", ")}`);
  } else if (s.location) where.push(`at ${s.location.display}`);
  if (s.declaredAt) where.push(`declared ${s.declaredAt.display}`);
  if (s.entryTypes?.length) {
    where.push(`holds ${s.entryTypes.map((e) => `${e.name} ×${e.count}`).join(", ")}`);
  }
  lines.push(`   ${s.reason}${where.length ? "; " + where.join("; ") : ""}`);
  lines.push(`   path: ${s.retainerPath}  (@${s.nodeId})`);
  return lines;
}

/**
 * `clearing frees 4.2 MB → 4.7 MB (+5.3 KB/cycle)`; when the instances' own retained sizes
 * add up to much less (a pool sharing what it keeps alive), that figure too, so a reader
 * comparing with DevTools' retained column sees why they differ.
 */
function freedText(
  before: number,
  after: number,
  retainedAfter: number,
  per: (delta: number, unit: (n: number) => string) => string,
): string {
  const text = `clearing frees ${formatBytes(before)} → ${formatBytes(after)}${
    per(after - before, (n) => formatBytes(n, true))
  }`;
  return sharesMore(after, retainedAfter)
    ? `${text}, retained by the instances alone ${formatBytes(retainedAfter)}`
    : text;
}

/**
 * Whether clearing a pool frees noticeably more than its instances' summed retained sizes
 * (they share what they keep alive): then both figures are shown.
 */
export function sharesMore(freed: number, retained: number): boolean {
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
  return `${cols.join(" ")}  ${name}${kind}${loc}`;
}

/** `, +16.3 KB of it JIT-compiled code (not a leak)` when compiled code grew; else nothing. */
function codeShare(t: CompareReport["totals"]): string {
  // Older reports (JSON written before the field existed) have no code figure.
  if (!(t.codeSizeDelta > 0)) return "";
  return `, ${formatBytes(t.codeSizeDelta, true)} of it JIT-compiled code (not a leak)`;
}

/** Compact text for a {@link CompareReport}: headline, suspects, growing groups, notes. */
export function formatCompareText(report: CompareReport, opts: { top?: number } = {}): string {
  const top = opts.top ?? 10;
  const t = report.totals;
  const threeWay = report.files.final !== undefined;
  const out: string[] = [];
  const files = [report.files.before, report.files.after, report.files.final].filter(Boolean).map((
    f,
  ) => fileName(f!));
  out.push(
    `Heap compare ${files.join(" → ")}${t.cycles ? ` over ${t.cycles} cycles` : ""}: ` +
      `${formatBytes(t.sizeBefore)} → ${formatBytes(t.sizeAfter)} (${
        formatBytes(t.sizeDelta, true)
      }` +
      `${
        t.sizeDeltaPerCycle !== undefined ? `, ${formatBytes(t.sizeDeltaPerCycle, true)}/cycle` : ""
      }${codeShare(t)}; ` +
      `user objects ${formatBytes(t.userSizeDelta, true)}), ${fmtNum(t.nodesBefore)} → ${
        fmtNum(t.nodesAfter)
      } objects`,
  );
  if (threeWay) {
    out.push(
      `Leaked (allocated between the first two snapshots, still alive in the third): ${
        fmtNum(t.leakedCount ?? 0)
      } objects, ${formatBytes(t.leakedSize ?? 0)}`,
    );
  }
  out.push("");
  if (report.suspects.length) {
    const by = report.suspects.some((s) => s.freedAfter !== undefined)
      ? "growth of what clearing them frees"
      : "retained growth";
    out.push(`Leak suspects (collections and timers that grew, by ${by}):`);
    report.suspects.slice(0, top).forEach((s, i) => out.push(...suspectLines(s, i, t.cycles)));
    if (report.suspects.length > top) {
      out.push(`   … ${report.suspects.length - top} more in the structured report`);
    }
  } else {
    out.push("Leak suspects: none — no named collection or timer grew between the snapshots.");
  }
  out.push("");
  if (report.groups.length) {
    out.push(`Groups that changed, by ${threeWay ? "leaked size, then " : ""}size growth:`);
    const header = [
      "Δcount".padStart(8),
      "count".padStart(15),
      "Δsize".padStart(10),
      "retained".padStart(9),
    ];
    if (threeWay) header.push("leaked".padStart(14));
    out.push(`${header.join(" ")}  group`);
    for (const g of report.groups.slice(0, top)) out.push(groupLine(g, threeWay));
    if (report.groups.length > top) {
      out.push(`   … ${report.groups.length - top} more groups in the structured report`);
    }
  }
  if (report.notes.length) {
    out.push("");
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
