/**
 * A capped pool of connections to the rates provider. Connections are opened
 * lazily up to `max`; callers beyond that wait in line.
 */
export class ConnectionPool {
  #max;
  #open;
  #idle = [];
  #waiting = [];
  #all = new Set();
  #opening = 0;
  stats = { opened: 0, acquired: 0, waited: 0 };

  constructor({ max, open }) {
    this.#max = max;
    this.#open = open;
  }

  async acquire() {
    this.stats.acquired++;
    const idle = this.#idle.pop();
    if (idle) return idle;
    if (this.#all.size + this.#opening < this.#max) {
      this.#opening++;
      try {
        const conn = await this.#open(this.#all.size + this.#opening);
        this.#all.add(conn);
        this.stats.opened++;
        return conn;
      } finally {
        this.#opening--;
      }
    }
    this.stats.waited++;
    return await new Promise((resolve) => this.#waiting.push(resolve));
  }

  release(conn) {
    const next = this.#waiting.shift();
    if (next) next(conn);
    else this.#idle.push(conn);
  }

  async use(fn) {
    const conn = await this.acquire();
    try {
      return await fn(conn);
    } finally {
      this.release(conn);
    }
  }

  get size() {
    return this.#all.size;
  }

  get idleCount() {
    return this.#idle.length;
  }
}
