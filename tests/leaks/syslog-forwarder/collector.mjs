import { EventEmitter } from "node:events";

/**
 * The connection to the central log collector. Frames go out with an id and the collector acks
 * each one asynchronously: 200 stored, 413 frame over its size limit, 503 busy.
 *
 * `loopback:` (local runs, CI) is answered in-process by a collector with the production
 * limits, so the forwarder's batching behaves the same as against the real one.
 */
export class CollectorConnection extends EventEmitter {
  #maxFrameBytes;
  stored = 0;
  byService = new Map();

  constructor({ url = "loopback:", maxFrameBytes = 6144 } = {}) {
    super();
    if (!url.startsWith("loopback:")) throw new Error(`unsupported collector url ${url}`);
    this.#maxFrameBytes = maxFrameBytes;
  }

  send(frame) {
    const bytes = Buffer.byteLength(frame.payload);
    setImmediate(() => {
      if (bytes > this.#maxFrameBytes) {
        this.emit("ack", { id: frame.id, status: 413 });
        return;
      }
      for (const line of frame.payload.split("\n")) {
        const service = /"service":"([^"]+)"/.exec(line)?.[1] ?? "unknown";
        this.byService.set(service, (this.byService.get(service) ?? 0) + 1);
        this.stored++;
      }
      this.emit("ack", { id: frame.id, status: 200 });
    });
  }
}
