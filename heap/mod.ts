/**
 * The heap snapshot engine's public API: compare two or three snapshots and name the leak,
 * summarise one snapshot, find why an object is alive; and the program lines that allocated
 * what survived, from a sampling heap profile. Pure analysis of files on disk (no MCP, no
 * inspector); the CLI (`heap/cli.ts`), the MCP tools and the demo are thin layers over it and
 * import nothing else of `heap/`.
 *
 * Layout, one job per folder: `parse/` reads a `.heapsnapshot` into the typed-array graph of
 * `graph/`; `analysis/` asks the graph questions (groups, holders, suspects, retainers, source
 * lines); `run/` runs analyses in workers and plans them by memory; `format/` renders findings
 * as text. `report.ts` and `sidecar.ts` are the shapes that leave the engine.
 *
 * @module
 */

export { type CompareOptions, compareSnapshotFiles } from "./run/compare_files.ts";
export { summarizeSnapshotFile } from "./run/summarize_file.ts";
export { findRetainers } from "./run/find_retainers.ts";
export { keepWorkersWarm, stopWarmWorkers } from "./run/worker_pool.ts";
export type { Schedule } from "./run/plan.ts";
export { parseSnapshotFile, SnapshotParseError } from "./parse/parse.ts";
export type { HeapSnapshot } from "./graph/snapshot.ts";
export {
  formatAllocationText,
  formatCompareText,
  formatRetainersText,
  formatSummaryText,
} from "./format/text.ts";
export { formatBytes } from "./format/bytes.ts";
export {
  type AllocationReport,
  type AllocationSite,
  allocationSites,
  type SamplingHeapProfile,
} from "./analysis/allocation_profile.ts";
export { sourceLocation, SourceResolver } from "./analysis/attribution.ts";
export { isDependencyUrl, isRuntimeUrl } from "./analysis/script_urls.ts";
export { REMOVAL_MISSES } from "./analysis/suspect_statements.ts";
export { sidecarPathFor, type SidecarScript, type SnapshotSidecar } from "./sidecar.ts";
export * from "./report.ts";
