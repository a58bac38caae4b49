/**
 * bus: in-process request/reply between the broker and its underwriter adapters (the
 * adapters used to be separate services; the API stayed when they were folded in).
 *
 *   bus.handle("rate.acme", async (body) => reply);   // return undefined to send no reply
 *   const reply = await bus.request("rate.acme", body, { timeoutMs: 500 });
 *
 * A request with no timeoutMs waits for its reply.
 */
import { EventEmitter } from "node:events";

export class BusTimeout extends Error {
  constructor(topic, ms) {
    super(`no reply on ${topic} within ${ms} ms`);
    this.name = "BusTimeout";
    this.topic = topic;
  }
}

export class Bus {
  #emitter = new EventEmitter();
  #pending = new Map();
  #seq = 0;
  #stats = { requests: 0, replies: 0, timeouts: 0, late: 0 };

  constructor() {
    this.#emitter.setMaxListeners(0);
    this.#emitter.on("reply", (msg) => this.#settle(msg.seq, msg.error, msg.body));
  }

  handle(topic, fn) {
    this.#emitter.on(`req:${topic}`, async (msg) => {
      let body;
      let error = null;
      try {
        body = await fn(msg.body, msg);
      } catch (err) {
        error = err;
      }
      if (body === undefined && error === null) return;
      this.#emitter.emit("reply", { seq: msg.seq, error, body });
    });
  }

  request(topic, body, options = {}) {
    const seq = ++this.#seq;
    this.#stats.requests++;
    return new Promise((resolve, reject) => {
      const entry = { topic, body, resolve, reject, sentAt: Date.now(), timer: null };
      if (options.timeoutMs > 0) {
        entry.timer = setTimeout(() => {
          this.#stats.timeouts++;
          this.#settle(seq, new BusTimeout(topic, options.timeoutMs));
        }, options.timeoutMs);
      }
      this.#pending.set(seq, entry);
      setImmediate(() => this.#emitter.emit(`req:${topic}`, { seq, topic, body }));
    });
  }

  #settle(seq, error, body) {
    const entry = this.#pending.get(seq);
    if (!entry) {
      this.#stats.late++;
      return;
    }
    this.#pending.delete(seq);
    clearTimeout(entry.timer);
    if (error) entry.reject(error);
    else {
      this.#stats.replies++;
      entry.resolve(body);
    }
  }

  get stats() {
    return { ...this.#stats, waiting: this.#pending.size };
  }
}
