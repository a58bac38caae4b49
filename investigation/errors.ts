/**
 * The error an investigation stops with when it cannot go on — the workload reached nothing, a
 * capture is already running — with a next step, like the lower layers' errors.
 *
 * @module
 */

/** What stopped the investigation. */
export type InvestigationErrorCode =
  | "workload_unanswered" // not one request answered / client connected
  | "session_changed" // the session ended or was replaced mid-investigation
  | "no_earlier_result"; // verify asked for, nothing to verify against

/** A failure the user can act on. */
export class InvestigationError extends Error {
  readonly code: InvestigationErrorCode;
  /** One sentence: what to do next. */
  readonly hint: string;

  constructor(code: InvestigationErrorCode, message: string, hint: string) {
    super(message);
    this.name = "InvestigationError";
    this.code = code;
    this.hint = hint;
  }
}
