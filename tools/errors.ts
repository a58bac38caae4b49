/**
 * The error a tool handler throws for bad input or an unmet precondition: a specific message
 * plus the next step, rendered to the client as an `isError` result.
 *
 * @module
 */

/** A failure the user can act on. */
export class ToolError extends Error {
  /** One sentence: what to do next. */
  readonly hint: string;
  constructor(message: string, hint: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "ToolError";
    this.hint = hint;
  }
}
