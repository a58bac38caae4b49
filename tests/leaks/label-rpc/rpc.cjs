const { attachRenderer } = require("./renderer.cjs");

/** One MessageChannel to the renderer, with the calls it is waiting on. */
class Lane {
  #pending = new Map();
  #nextId = 0;

  constructor(n) {
    const { port1, port2 } = new MessageChannel();
    attachRenderer(port2);
    this.n = n;
    this.port = port1;
    port1.on("message", (reply) => this.#settle(reply));
  }

  call(method, params, timeoutMs = 2_000) {
    const id = ++this.#nextId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new Error(`${method} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.#pending.set(id, { resolve, reject, timer });
      this.port.postMessage({ id, method, params });
    });
  }

  #settle({ id, result, error }) {
    const call = this.#pending.get(id);
    if (!call) return; // already timed out
    this.#pending.delete(id);
    clearTimeout(call.timer);
    if (error) call.reject(new Error(error));
    else call.resolve(result);
  }

  get pending() {
    return this.#pending.size;
  }
}

/** At most `max` lanes, made on demand; a caller waits for one when all are busy. */
class LanePool {
  #idle = [];
  #all = [];
  #waiters = [];

  constructor(max) {
    this.max = max;
  }

  acquire() {
    const lane = this.#idle.pop();
    if (lane) return Promise.resolve(lane);
    if (this.#all.length < this.max) {
      const fresh = new Lane(this.#all.length);
      this.#all.push(fresh);
      return Promise.resolve(fresh);
    }
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  release(lane) {
    const next = this.#waiters.shift();
    if (next) next(lane);
    else this.#idle.push(lane);
  }

  async use(fn) {
    const lane = await this.acquire();
    try {
      return await fn(lane);
    } finally {
      this.release(lane);
    }
  }

  get stats() {
    return {
      lanes: this.#all.length,
      idle: this.#idle.length,
      waiting: this.#waiters.length,
      pending: this.#all.reduce((n, l) => n + l.pending, 0),
    };
  }
}

module.exports = { LanePool };
