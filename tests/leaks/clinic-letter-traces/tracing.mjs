import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";

const hex = (bytes) => randomBytes(bytes).toString("hex");

export class Span {
  constructor(name, parent, attributes = {}) {
    this.name = name;
    this.traceId = parent ? parent.traceId : hex(16);
    this.spanId = hex(8);
    this.parent = parent;
    this.children = [];
    this.attributes = { ...attributes };
    this.events = [];
    this.startedAt = Date.now();
    this.start = performance.now();
    this.end = undefined;
    this.status = "unset";
  }

  setAttribute(key, value) {
    this.attributes[key] = value;
    return this;
  }

  addEvent(name, attributes = {}) {
    this.events.push({ name, at: performance.now() - this.start, ...attributes });
  }

  get durationMs() {
    return this.end === undefined ? undefined : this.end - this.start;
  }

  traceparent() {
    return `00-${this.traceId}-${this.spanId}-01`;
  }

  toJSON() {
    return {
      name: this.name,
      spanId: this.spanId,
      status: this.status,
      durationMs: this.durationMs && Math.round(this.durationMs * 100) / 100,
      attributes: this.attributes,
      events: this.events,
      children: this.children,
    };
  }
}

/**
 * Minimal in-process tracer. Spans nest through AsyncLocalStorage; a finished request trace is
 * kept in a small ring for /debug/traces (there is no collector in this deployment).
 */
export class Tracer {
  #als = new AsyncLocalStorage();
  #recent = [];
  #maxRecent;

  constructor(service, { maxRecent = 20 } = {}) {
    this.service = service;
    this.#maxRecent = maxRecent;
    // startup work (template loading, warm-up) is recorded under the process span
    this.root = new Span(`${service} process`, undefined, {
      "service.name": service,
      "process.pid": process.pid,
    });
  }

  active() {
    return this.#als.getStore() ?? this.root;
  }

  /** A span under the active one (or under `parent` when given). */
  startSpan(name, attributes, parent = this.active()) {
    const span = new Span(name, parent, attributes);
    parent.children.push(span);
    return span;
  }

  /** The server span of an incoming request: a trace of its own. */
  startRequestSpan(name, attributes) {
    return new Span(name, undefined, attributes);
  }

  endSpan(span, status = "ok") {
    span.end = performance.now();
    if (span.status === "unset") span.status = status;
    if (span.parent === undefined) {
      this.#recent.unshift(span);
      if (this.#recent.length > this.#maxRecent) this.#recent.length = this.#maxRecent;
    }
  }

  run(span, fn) {
    return this.#als.run(span, fn);
  }

  async trace(name, attributes, fn) {
    const span = this.startSpan(name, attributes);
    try {
      return await this.run(span, () => fn(span));
    } catch (err) {
      span.status = "error";
      span.addEvent("exception", { type: err.name, message: err.message });
      throw err;
    } finally {
      this.endSpan(span);
    }
  }

  recent(limit = 5) {
    return this.#recent.slice(0, limit).map((s) => ({ traceId: s.traceId, root: s }));
  }
}
