/**
 * Starts and stops the edges worker (`parse_edges_worker.ts`) for the loader.
 *
 * @module
 */

import type { EdgesJobReply, EdgesJobRequest } from "./parse_edges_worker.ts";

export type { EdgesJobReply, EdgesJobRequest } from "./parse_edges_worker.ts";

/** A running edges parse: its one reply, and a way to stop it early. */
export interface EdgesJob {
  /** Never rejects: a worker that cannot start or crashes answers `skipped`. */
  readonly reply: Promise<EdgesJobReply>;
  /** Terminates the worker (idempotent). */
  cancel(): void;
}

/** Parses the `edges` section of `request.path` in a new Worker. */
export function startEdgesJob(request: EdgesJobRequest): EdgesJob {
  let worker: Worker | undefined;
  let settle: (reply: EdgesJobReply) => void = () => {};
  const reply = new Promise<EdgesJobReply>((resolve) => settle = resolve);
  const cancel = () => {
    worker?.terminate();
    worker = undefined;
    settle({ kind: "skipped", reason: "cancelled" });
  };
  try {
    worker = new Worker(new URL("./parse_edges_worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<EdgesJobReply>) => {
      settle(event.data);
      cancel();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      settle({ kind: "skipped", reason: `edges worker failed: ${event.message}` });
      cancel();
    };
    worker.postMessage(request);
  } catch (e) {
    settle({ kind: "skipped", reason: `cannot start the edges worker: ${(e as Error).message}` });
  }
  return { reply, cancel };
}
