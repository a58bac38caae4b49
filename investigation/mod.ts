/**
 * Investigations: Pattern A end to end on a connected target (warm-up, three snapshots around
 * two runs of a workload, the engine's comparison), the record each leaves for later, and the
 * verification of a fix against an earlier record. Knows nothing of MCP; `investigate_leak`
 * is a thin tool over it.
 *
 * @module
 */

export { InvestigationError, type InvestigationErrorCode } from "./errors.ts";
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
