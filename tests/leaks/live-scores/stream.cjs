"use strict";

// Server-sent event streams to browsers and partner widgets. A "live" subscriber keeps its
// stream open and gets every event; a "snapshot" subscriber (the embeddable widget, which
// polls) gets one frame and the stream ends.

const { EventEmitter } = require("node:events");

let nextId = 1;

class Subscriber extends EventEmitter {
  constructor(res, { mode = "live", lastEventId = null, client = "browser" } = {}) {
    super();
    this.id = nextId++;
    this.res = res;
    this.mode = mode;
    this.lastEventId = lastEventId;
    this.client = client;
    this.openedAt = Date.now();
    this.framesSent = 0;
    this.closed = false;
    res.on("close", () => this.close());
  }

  open() {
    this.res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      "x-accel-buffering": "no",
    });
    this.res.write(`retry: ${this.mode === "snapshot" ? 15000 : 3000}\n\n`);
  }

  /** Writes one event frame; a snapshot subscriber's stream ends after its first frame. */
  send(event, data, id) {
    if (this.closed) return false;
    this.res.write(`id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    this.framesSent++;
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

module.exports = { Subscriber };
