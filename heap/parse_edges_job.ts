/**
 * Starts and stops the edges worker (`parse_edges_worker.ts`) for the loader.
 *
 * @module
 */

import type { EdgesJobReply, EdgesJobRequest, EdgesSplit } from "./parse_edges_worker.ts";

export type { EdgesJobReply, EdgesJobRequest, EdgesSplit } from "./parse_edges_worker.ts";

/** A running edges parse: where it stops, its reply, and a way to stop it early. */
export interface EdgesJob {
  /** Where the worker found `edges` and where it stops; undefined if it gave up first. */
  readonly split: Promise<EdgesSplit | undefined>;
  /** Never rejects: a worker that cannot start or crashes answers `skipped`. */
  readonly reply: Promise<EdgesJobReply>;
  /** Terminates the worker (idempotent). */
  cancel(): void;
}

/** Parses the `edges` section of `request.path` in a new Worker. */
export function startEdgesJob(request: EdgesJobRequest): EdgesJob {
  let worker: Worker | undefined;
  let settleSplit: (split: EdgesSplit | undefined) => void = () => {};
  let settle: (reply: EdgesJobReply) => void = () => {};
  const split = new Promise<EdgesSplit | undefined>((resolve) => settleSplit = resolve);
  const reply = new Promise<EdgesJobReply>((resolve) => settle = resolve);
  const finish = (last: EdgesJobReply) => {
    settleSplit(undefined); // no effect once the split was announced
    settle(last);
    worker?.terminate();
    worker = undefined;
  };
  try {
    worker = new Worker(new URL("./parse_edges_worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<EdgesSplit | EdgesJobReply>) => {
      if (event.data.kind === "split") settleSplit(event.data);
      else finish(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish({ kind: "skipped", reason: `edges worker failed: ${event.message}` });
    };
    worker.postMessage(request);
  } catch (e) {
    finish({ kind: "skipped", reason: `cannot start the edges worker: ${(e as Error).message}` });
  }
  return { split, reply, cancel: () => finish({ kind: "skipped", reason: "cancelled" }) };
}
