/**
 * The one lock every change of the inspector session takes: `connect_inspector`,
 * `disconnect_inspector` and `capture_snapshot` run one at a time, in the order they arrive, so
 * two connects cannot both answer "Connected" while only one survives, and a capture sent
 * right after a connect runs on the session that connect made.
 *
 * A capture can take minutes on a big heap, so calls never queue behind one: while a capture
 * runs or waits, another capture, connect or disconnect is refused at once, saying so. Every
 * holder is bounded in time (the inspector layer's target timeout), and a waiting call leaves
 * the queue as soon as its client cancels it: the lock cannot stay stuck.
 *
 * @module
 */

import { cancelled } from "../inspector/mod.ts";
import { ToolError } from "./errors.ts";

/** Which change of the session a call makes. */
export type SessionChange = "connect" | "disconnect" | "capture";

interface Waiter {
  kind: SessionChange;
  start: () => void;
}

/** A first-come, first-served lock over session changes; see the module doc. */
export class SessionLock {
  /** Set from the moment a call is handed the lock until it releases it. */
  #holder?: { kind: SessionChange; since: number; done?: Promise<unknown> };
  readonly #waiting: Waiter[] = [];

  /** What holds the lock now, if anything. */
  get holder(): { kind: SessionChange; since: number } | undefined {
    return this.#holder && { kind: this.#holder.kind, since: this.#holder.since };
  }

  /**
   * Runs `change` once the calls before it are done; refuses at once (a {@link ToolError}) when
   * a capture holds or waits for the lock. Rejects with the inspector's `aborted` error when
   * `signal` aborts while waiting.
   */
  async run<T>(kind: SessionChange, change: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    this.#refuseBehindCapture(kind);
    if (signal?.aborted) throw cancelled(`${kind} (waiting for the session)`);
    // A newcomer queues behind waiters too: first come, first served.
    if (this.#holder || this.#waiting.length) await this.#wait(kind, signal);
    else this.#holder = { kind, since: Date.now() };
    try {
      const done = change();
      this.#holder!.done = done;
      return await done;
    } finally {
      // Hand the lock straight to the next waiter, so no newcomer slips in between.
      const next = this.#waiting.shift();
      this.#holder = next && { kind: next.kind, since: Date.now() };
      next?.start();
    }
  }

  /** Resolves when nothing holds the lock, or after `ms` (for shutdown). */
  async idle(ms: number): Promise<void> {
    const running = this.#holder?.done;
    if (!running) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      running.catch(() => {}),
      new Promise((resolve) => timer = setTimeout(resolve, ms)),
    ]);
    clearTimeout(timer);
  }

  #refuseBehindCapture(kind: SessionChange): void {
    const capture = this.#holder?.kind === "capture"
      ? this.#holder
      : this.#waiting.some((w) => w.kind === "capture")
      ? { since: Date.now() }
      : undefined;
    if (!capture) return;
    const seconds = Math.round((Date.now() - capture.since) / 1000);
    const when = this.#holder?.kind === "capture" ? `started ${seconds} s ago` : "about to start";
    if (kind === "capture") {
      throw new ToolError(
        `Another capture_snapshot is running (${when}); only one capture runs at a time.`,
        "Wait for it to finish (it reports progress) or cancel it, then capture again.",
      );
    }
    throw new ToolError(
      `A snapshot capture is running on the current session (${when}); ${kind}_inspector ` +
        "would cut it off.",
      `Wait for capture_snapshot to finish or cancel it (it gives up by itself when the ` +
        `target stays silent), then ${kind} again.`,
    );
  }

  #wait(kind: SessionChange, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        kind,
        start: () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        const at = this.#waiting.indexOf(waiter);
        if (at >= 0) this.#waiting.splice(at, 1);
        reject(cancelled(`${kind} (waiting for the session)`));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.#waiting.push(waiter);
    });
  }
}
