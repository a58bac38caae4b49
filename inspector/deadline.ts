/**
 * Waiting on the target with a deadline and cancellation. A target stuck in a synchronous loop
 * or stopped (SIGSTOP, Ctrl-Z, a debugger pause) never answers a CDP command; without a bound,
 * the tool call that sent it — and every lock it holds — would wait as long as the target.
 *
 * @module
 */

import { InspectorError } from "./errors.ts";

/** How long the target may stay silent before a command is given up, unless told otherwise. */
export const DEFAULT_TARGET_TIMEOUT_MS = 30_000;

/** What to do next when the target does not answer (shared by every "unresponsive" error). */
export const UNRESPONSIVE_HINT =
  "Check the program: resume it if it is stopped (kill -CONT <pid>, or fg in its terminal), or " +
  "let its synchronous work finish, then retry. The other tools keep working meanwhile " +
  "(disconnect_inspector, or connect_inspector to another target).";

/** The sentence every "did not answer" message shares: what the silence means. */
export function silenceMeaning(seconds: number): string {
  return `within ${seconds} s: it is busy (a long synchronous loop keeps V8 from answering) ` +
    "or stopped (SIGSTOP, Ctrl-Z, paused in a debugger)";
}

/** The error for a cancelled wait (the client cancelled the tool call). */
export function cancelled(what: string): InspectorError {
  return new InspectorError(
    "aborted",
    `${what} was cancelled.`,
    "Call the tool again when ready.",
  );
}

/**
 * `work`'s result, or an {@link InspectorError}: `unresponsive` after `timeoutMs` (naming
 * `what`), `aborted` as soon as `signal` aborts — also when it already has. `work` itself
 * cannot be stopped (the command stays sent); only the wait ends.
 */
export function waitForTarget<T>(
  work: Promise<T>,
  o: { what: string; timeoutMs: number; signal?: AbortSignal },
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      o.signal?.removeEventListener("abort", onAbort);
      f();
    };
    const onAbort = () => finish(() => reject(cancelled(o.what)));
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new InspectorError(
              "unresponsive",
              `The target did not answer ${o.what} ${silenceMeaning(o.timeoutMs / 1000)}.`,
              UNRESPONSIVE_HINT,
            ),
          )
        ),
      o.timeoutMs,
    );
    o.signal?.addEventListener("abort", onAbort, { once: true });
    // An abort listener added to an already-aborted signal never fires.
    if (o.signal?.aborted) onAbort();
    work.then(
      (value) => finish(() => resolve(value)),
      (error) => finish(() => reject(error)),
    );
  });
}
