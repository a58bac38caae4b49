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

/** Starts an edges worker meant to serve a parser in another worker (see {@link startEdgesJob}). */
export function startEdgesWorker(): { worker: Worker; port: MessagePort } {
  const worker = new Worker(new URL("./parse_edges_worker.ts", import.meta.url), {
    type: "module",
  });
  const channel = new MessageChannel();
  worker.postMessage({ port: channel.port2 }, [channel.port2]);
  return { worker, port: channel.port1 };
}

/**
 * Parses the `edges` section of `request.path` in a new Worker, or through `port` in an
 * edges worker some other thread started (and will terminate).
 */
export function startEdgesJob(request: EdgesJobRequest, port?: MessagePort): EdgesJob {
  if (port) return jobThroughPort(request, port);
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

/** One job through a port; cancelling stops listening (the worker's owner terminates it). */
function jobThroughPort(request: EdgesJobRequest, port: MessagePort): EdgesJob {
  let settleSplit: (split: EdgesSplit | undefined) => void = () => {};
  let settle: (reply: EdgesJobReply) => void = () => {};
  const split = new Promise<EdgesSplit | undefined>((resolve) => settleSplit = resolve);
  const reply = new Promise<EdgesJobReply>((resolve) => settle = resolve);
  const finish = (last: EdgesJobReply) => {
    settleSplit(undefined);
    settle(last);
    port.onmessage = null;
    port.close();
  };
  port.onmessage = (event: MessageEvent<EdgesSplit | EdgesJobReply>) => {
    if (event.data.kind === "split") settleSplit(event.data);
    else finish(event.data);
  };
  port.postMessage(request);
  return { split, reply, cancel: () => finish({ kind: "skipped", reason: "cancelled" }) };
}
