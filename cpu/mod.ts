/**
 * The CPU profile engine: V8 CPU profiles (`.cpuprofile`, CDP `Profiler.stop`) analysed — the
 * hottest functions by self and total time at their original `file:line`, the lines inside
 * them, the hottest call paths, the event loop's longest busy stretches, hints on hot lines —
 * compared before and after a fix, and drawn as a flame graph (SVG). Pure analysis of profiles
 * in memory or on disk (no MCP, no inspector); the tools and the demo are thin layers over it.
 *
 * One job per module: `profile.ts` the shape and its checks, `model.ts` the indexed profile,
 * `functions.ts`, `paths.ts`, `blocking.ts` and `hints.ts` the questions, `analyze.ts` the
 * report, `compare.ts` two of them, `flame_graph.ts` the SVG, `format.ts` the text,
 * `sidecar.ts` and `files.ts` what lies on disk. `report.ts` holds the shapes that leave it.
 *
 * @module
 */

export {
  checkCpuProfile,
  type CpuCallFrame,
  type CpuProfile,
  type CpuProfileNode,
  MAX_PROFILE_NODES,
  MAX_PROFILE_SAMPLES,
  type PositionTick,
} from "./profile.ts";
export { CpuProfileError } from "./errors.ts";
export { analyzeCpuProfile, type AnalyzeOptions } from "./analyze.ts";
export { compareCpuProfiles, type ProfileInput } from "./compare.ts";
export { type FlameGraphOptions, renderFlameGraph } from "./flame_graph.ts";
export {
  type CpuTextOptions,
  formatCpuComparisonText,
  formatCpuText,
  functionTimeText,
  speedupText,
} from "./format.ts";
export {
  compareCpuProfileFiles,
  MAX_PROFILE_BYTES,
  type ProfileFiles,
  readCpuProfileFile,
  readCpuSidecar,
} from "./files.ts";
export {
  type CpuSidecar,
  cpuSidecarPathFor,
  CpuSidecarSchema,
  type ProfiledWork,
  ProfiledWorkSchema,
} from "./sidecar.ts";
export * from "./report.ts";
