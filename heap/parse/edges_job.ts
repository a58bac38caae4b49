/**
 * Starts and stops the edges worker (`parse_edges_worker.ts`) for the loader.
 *
 * @module
 */

import type { EdgesJobReply, EdgesJobRequest, EdgesSplit } from "./edges_worker.ts";

export type { EdgesJobReply, EdgesJobRequest, EdgesSplit } from "./edges_worker.ts";

/** A running edges parse: where it stops, its reply, and a way to stop it early. */
export interface EdgesJob {
  /** Where the worker found `edges` and where it stops; undefined if it gave up first. */
  readonly split: Promise<EdgesSplit | undefined>;
  /** Never rejects: a worker that cannot start or crashes answers `skipped`. */
  readonly reply: Promise<EdgesJobReply>;
  /** Stops listening, and terminates the worker when this job started it (idempotent). */
  cancel(): void;
}

/**
 * Starts an edges worker and the port it takes requests on. Started by an idle thread (the
 * main one) for a parser in another worker: Deno starts a worker from inside a worker much
 * more slowly than from the main thread. `onError` hears of a crash.
 */
export function startEdgesWorker(
  onError: (message: string) => void = () => {},
): { worker: Worker; port: MessagePort } {
  const worker = new Worker(new URL("./edges_worker.ts", import.meta.url), {
    type: "module",
  });
  worker.onerror = (event) => {
    event.preventDefault();
    onError(event.message);
  };
  const channel = new MessageChannel();
  worker.postMessage({ port: channel.port2 }, [channel.port2]);
  return { worker, port: channel.port1 };
}

/**
 * Parses the `edges` section of `request.path` through `port`, an edges worker some other
 * thread started (and will terminate); without a port, in an edges worker of its own.
 */
export function startEdgesJob(request: EdgesJobRequest, port?: MessagePort): EdgesJob {
  let settleSplit: (split: EdgesSplit | undefined) => void = () => {};
  let settle: (reply: EdgesJobReply) => void = () => {};
  const split = new Promise<EdgesSplit | undefined>((resolve) => settleSplit = resolve);
  const reply = new Promise<EdgesJobReply>((resolve) => settle = resolve);
  let own: Worker | undefined;
  const finish = (last: EdgesJobReply) => {
    settleSplit(undefined); // no effect once the split was announced
    settle(last);
    port?.close();
    own?.terminate();
  };
  try {
    if (!port) {
      const started = startEdgesWorker((message) =>
        finish({ kind: "skipped", reason: `edges worker failed: ${message}` })
      );
      own = started.worker;
      port = started.port;
    }
    port.onmessage = (event: MessageEvent<EdgesSplit | EdgesJobReply>) => {
      if (event.data.kind === "split") settleSplit(event.data);
      else finish(event.data);
    };
    port.postMessage(request);
  } catch (e) {
    finish({ kind: "skipped", reason: `cannot start the edges worker: ${(e as Error).message}` });
  }
  return { split, reply, cancel: () => finish({ kind: "skipped", reason: "cancelled" }) };
}
