/**
 * Errors the inspector layer raises. Each carries a stable `code` (for callers that branch on
 * the kind of failure) and a `hint` telling the user what to do next, so the MCP tools can
 * return a specific, actionable message without knowing inspector internals.
 *
 * @module
 */

/** What went wrong, as a stable identifier. */
export type InspectorErrorCode =
  | "not_listening" // nothing accepted a TCP connection on host:port
  | "not_inspector" // something answered, but not a V8 inspector
  | "no_target" // the inspector lists no debuggable target
  | "target_busy" // the target has no free debugger slot (another client attached)
  | "remote_refused" // a non-loopback address without the allow-remote opt-in
  | "bad_url" // the url argument could not be used
  | "timeout" // the inspector did not answer in time
  | "unresponsive" // the connected target stopped answering (busy loop, SIGSTOP, paused)
  | "not_permitted" // Deno's permissions do not allow the connection
  | "disconnected" // the target went away (exited, crashed, closed the socket)
  | "capture_busy" // a capture is already running on this session
  | "capture_failed" // the snapshot could not be taken or written
  | "sampling_state" // allocation sampling started twice, or stopped when not running
  | "profiling_state" // the CPU profiler started twice, or stopped when not running
  | "no_script" // no loaded script is the file named (or several are)
  | "no_code" // the line named has no code to stop at
  | "no_breakpoint" // no breakpoint or logpoint has the id given
  | "not_paused" // the action needs a paused program and it runs
  | "debug_state" // catching exceptions already, or a step while one runs
  | "aborted" // the caller cancelled
  | "closed"; // the session was closed by us

/** An inspector failure with a next step for the user. */
export class InspectorError extends Error {
  /** Stable identifier of the failure kind. */
  readonly code: InspectorErrorCode;
  /** One sentence: what the user should do next. */
  readonly hint: string;

  constructor(code: InspectorErrorCode, message: string, hint: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "InspectorError";
    this.code = code;
    this.hint = hint;
  }
}
