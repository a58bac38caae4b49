// Live commission feed (server-sent events). Snapshot subscribers get one frame and end.

import { EventEmitter } from "node:events";

export class FeedClient extends EventEmitter {
  constructor(res, mode) {
    super();
    this.res = res;
    this.mode = mode;
    this.closed = false;
    res.on("close", () => this.close());
  }

  start() {
    this.res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  }

  push(event, data) {
    if (this.closed) return false;
    this.res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    if (this.mode === "snapshot") this.close();
    return true;
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    if (!this.res.writableEnded) this.res.end();
    this.emit("close");
  }
}

export class Feed {
  #clients = new Map();

  /** Registers the client (and its close handler) before anything is written to it. */
  attach(topic, client) {
    let set = this.#clients.get(topic);
    if (!set) this.#clients.set(topic, set = new Set());
    set.add(client);
    client.once("close", () => {
      set.delete(client);
      if (set.size === 0 && this.#clients.get(topic) === set) this.#clients.delete(topic);
    });
  }

  publish(topic, event, data) {
    let sent = 0;
    for (const client of this.#clients.get(topic) ?? []) if (client.push(event, data)) sent++;
    return sent;
  }

  size() {
    let n = 0;
    for (const set of this.#clients.values()) n += set.size;
    return n;
  }
}
