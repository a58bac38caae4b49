/**
 * One snapshot file summarised: analysed in a worker, then the program's largest groups and
 * named collections and timers with their source lines.
 *
 * @module
 */

import {
  DEFAULT_SUMMARY_TOP,
  type SnapshotSummary,
  type SourceLocation,
  type SummaryHolder,
} from "../report.ts";
import { analyzeFiles } from "./analyze_files.ts";
import { findDeclaration, findGrowthSites, SourceResolver } from "../analysis/attribution.ts";
import type { HolderRecord } from "../analysis/holders.ts";
import { shownDistance } from "../graph/distances.ts";

/** A fast-mode plain object is listed in a summary from this many keys on. */
const DICTIONARY_LISTED_KEYS = 32;
/** The runtimes' own namespaces on the global object: big, never the program's collections. */
const RUNTIME_GLOBALS = new Set(["Deno", "process"]);

/** What one snapshot holds: largest user groups and named collections/timers. */
export async function summarizeSnapshotFile(
  file: string,
  opts: {
    top?: number;
    includeInternals?: boolean;
    /** Stops the analysis (its worker is terminated) and rejects with the signal's reason. */
    signal?: AbortSignal;
    /** Phase messages, as for {@link compareSnapshotFiles}. */
    onProgress?: (message: string) => void;
  } = {},
): Promise<SnapshotSummary> {
  const top = opts.top ?? DEFAULT_SUMMARY_TOP;
  const [a] = await analyzeFiles([file], { signal: opts.signal, onProgress: opts.onProgress });
  const resolver = await SourceResolver.forSnapshot(file, a.scriptUrls);
  const notes = [...resolver.notes];
  // DevTools' Summary: its classes, their counts, self, retained sizes and distances.
  const g = a.classes;
  let userSize = 0;
  const groups = g.names.map((name, i) => {
    if (g.kinds[i] === "user") userSize += g.size[i];
    const loc = g.locations[i];
    const distance = g.distance?.[i];
    return {
      name,
      kind: g.kinds[i],
      count: g.count[i],
      size: g.size[i],
      retained: g.retained[i],
      ...(distance !== undefined && Number.isFinite(distance)
        ? { distance: shownDistance(distance) }
        : {}),
      ...(loc ? { location: resolver.resolve(loc) } : {}),
    };
  }).filter((x) => x.count > 0 && (opts.includeInternals || x.kind === "user"))
    .sort((x, y) => y.retained - x.retained).slice(0, top);
  const sources = await resolver.programSources();
  // Where to look: a timer's callback; otherwise the line that adds to the holder, or where
  // the variable is declared, or (last) the closure that holds its scope.
  const locate = (h: HolderRecord): SourceLocation | undefined => {
    const scopeLocation = h.location ? resolver.resolve(h.location) : undefined;
    if (h.holder === "Timeout") return scopeLocation;
    return findGrowthSites(sources, h.path, 1)[0] ?? findDeclaration(sources, h.path) ??
      scopeLocation;
  };
  const holders: SummaryHolder[] = a.holders
    .filter((h) =>
      opts.includeInternals ||
      (h.scope === "global" ? !RUNTIME_GLOBALS.has(h.path) : !resolver.isRuntime(h.location))
    )
    // Plain records (`connectionStats`) are walked through, not listed; maps-as-objects are.
    .filter((h) => h.holder !== "Object" || h.entries / h.instances >= DICTIONARY_LISTED_KEYS)
    .sort((x, y) => (y.freed ?? y.retained) - (x.freed ?? x.retained)).slice(0, Math.min(top, 10))
    .map((h) => {
      const location = locate(h);
      return {
        path: h.path,
        holder: h.holder,
        instances: h.instances,
        entries: h.entries,
        retained: h.retained,
        ...(h.freed !== undefined ? { freed: h.freed } : {}),
        nodeId: h.nodeId,
        ...(location ? { location } : {}),
      };
    });
  if (!opts.includeInternals) {
    notes.push("internal groups and the runtime's own collections are hidden");
  }
  return {
    file,
    nodeCount: a.nodeCount,
    totalSize: a.totalSize,
    userSize,
    groups,
    holders,
    notes,
    timings: a.timings,
  };
}
