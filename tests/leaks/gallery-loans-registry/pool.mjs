import { Connection } from "./db.mjs";

// A fixed pool: `size` connections; callers beyond that wait in line (up to a timeout) and
// withConnection() hands the connection back however the work ends.
export class Pool {
  constructor(size, acquireTimeoutMs = 800) {
    this.idle = Array.from({ length: size }, () => new Connection());
    this.size = size;
    this.waiting = [];
    this.acquireTimeoutMs = acquireTimeoutMs;
  }

  acquire() {
    const conn = this.idle.pop();
    if (conn) return Promise.resolve(conn);
    return new Promise((resolve, reject) => {
      const waiter = {
        resolve,
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(new Error("no connection available"));
        }, this.acquireTimeoutMs),
      };
      this.waiting.push(waiter);
    });
  }

  release(conn) {
    const waiter = this.waiting.shift();
    if (!waiter) return void this.idle.push(conn);
    clearTimeout(waiter.timer);
    waiter.resolve(conn);
  }

  async withConnection(work) {
    const conn = await this.acquire();
    try {
      return await work(conn);
    } finally {
      this.release(conn);
    }
  }

  stats() {
    return { size: this.size, idle: this.idle.length, waiting: this.waiting.length };
  }
}
