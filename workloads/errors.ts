/**
 * The error the workloads raise when the program under investigation cannot be reached or
 * answers something unusable: a stable `code` and a `hint` with the next step, so a caller
 * (an MCP tool, the scenario's CLI) can show a specific message without knowing HTTP details.
 *
 * @module
 */

/** What went wrong, as a stable identifier. */
export type WorkloadErrorCode =
  | "unreachable" // no HTTP answer: refused, reset, DNS
  | "timeout" // no answer in time
  | "too_large" // the body passed the size limit
  | "http_status" // an answer other than 2xx
  | "not_json" // a body that does not parse as JSON
  | "unexpected_json"; // JSON, but not the shape asked for

/** A failure talking to the program, with a next step for the user. */
export class WorkloadError extends Error {
  /** Stable identifier of the failure kind. */
  readonly code: WorkloadErrorCode;
  /** One sentence: what the user should do next. */
  readonly hint: string;

  constructor(code: WorkloadErrorCode, message: string, hint: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "WorkloadError";
    this.code = code;
    this.hint = hint;
  }
}
