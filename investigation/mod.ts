/**
 * Investigations: Pattern A end to end on a connected target (warm-up, three snapshots around
 * two runs of a workload, the engine's comparison), the record each leaves for later, and the
 * verification of a fix against an earlier record; Pattern B, the CPU profiler around a
 * workload with its files written. Knows nothing of MCP; `investigate_leak` and `profile_cpu`
 * are thin tools over it.
 *
 * @module
 */

export { InvestigationError, type InvestigationErrorCode } from "./errors.ts";
export { statusList } from "./status_counts.ts";
export {
  type CaptureLock,
  investigateLeak,
  type InvestigateOptions,
  type Investigation,
  type PhaseWork,
  recordOf,
  type TakenSnapshot,
} from "./investigate.ts";
export {
  digestSuspects,
  type InvestigationRecord,
  latestRecord,
  loadRecord,
  newInvestigationId,
  releaseInvestigationId,
  saveRecord,
  type SuspectDigest,
} from "./record.ts";
export { type Growth, type Verification, type VerifiedSuspect, verifyAgainst } from "./verify.ts";
export {
  type CpuProfileRun,
  newProfileId,
  profileCpu,
  type ProfileCpuOptions,
  type ProfiledPhase,
  type ProfileFilesWritten,
  releaseProfileId,
} from "./cpu_profile.ts";
export { CHECK_CYCLES, checkLines, type LineCheck, type LineCheckOptions } from "./line_check.ts";
export {
  catchExceptions,
  type CatchOptions,
  type ExceptionCatch,
  SETTLE_MS,
} from "./exceptions.ts";
