import { randomUUID } from "node:crypto";

/** Per-request bookkeeping: id, timings and log lines, shown by /debug/requests/:id. */
export class RequestContext {
  static all = [];

  constructor(req) {
    this.id = req.headers["x-request-id"] ?? randomUUID();
    this.method = req.method;
    this.url = req.url;
    this.startedAt = performance.now();
    this.lines = [];
    RequestContext.all.push(this);
  }

  log(message) {
    this.lines.push(`${(performance.now() - this.startedAt).toFixed(1)}ms ${message}`);
  }

  static find(id) {
    return RequestContext.all.find((ctx) => ctx.id === id);
  }

  toJSON() {
    return { id: this.id, method: this.method, url: this.url, lines: this.lines };
  }
}
