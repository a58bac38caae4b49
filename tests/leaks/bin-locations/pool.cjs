"use strict";

/**
 * A small connection pool in the style of pg.Pool: acquire() hands out an idle connection or
 * opens a new one up to `max`, release(conn) gives it back, and release(conn, err) takes a
 * connection that failed out of rotation so nobody gets a session in an unknown state.
 */
class ConnectionPool {
  constructor({ connect, max = 4, acquireTimeoutMs = 5000 }) {
    this.connect = connect;
    this.max = max;
    this.acquireTimeoutMs = acquireTimeoutMs;
    this.size = 0;
    this.idle = [];
    this.waiting = [];
    // Connections that errored, closed by the reaper (see reap()) so their sessions end
    // cleanly on the server instead of being cut off mid-transaction.
    this.broken = [];
    this.stats = { opened: 0, acquired: 0, released: 0, failed: 0, timeouts: 0 };
  }

  async acquire() {
    this.stats.acquired++;
    const conn = this.idle.pop();
    if (conn) return conn;
    if (this.size < this.max) {
      this.size++;
      try {
        const fresh = await this.connect();
        this.stats.opened++;
        return fresh;
      } catch (err) {
        this.size--;
        throw err;
      }
    }
    return new Promise((resolve, reject) => {
      const waiter = { resolve, reject, timer: null };
      waiter.timer = setTimeout(() => {
        const at = this.waiting.indexOf(waiter);
        if (at !== -1) this.waiting.splice(at, 1);
        this.stats.timeouts++;
        reject(new Error(`no connection within ${this.acquireTimeoutMs} ms`));
      }, this.acquireTimeoutMs);
      this.waiting.push(waiter);
    });
  }

  release(conn, err) {
    this.stats.released++;
    if (err) {
      this.stats.failed++;
      this.broken.push(conn);
      this.size--;
      this._openForWaiter();
      return;
    }
    const waiter = this.waiting.shift();
    if (waiter) {
      clearTimeout(waiter.timer);
      waiter.resolve(conn);
    } else {
      this.idle.push(conn);
    }
  }

  /** Closes the connections taken out of rotation. */
  async reap() {
    const broken = this.broken.splice(0);
    await Promise.all(broken.map((conn) => conn.close().catch(() => {})));
    return broken.length;
  }

  async end() {
    await this.reap();
    await Promise.all(this.idle.splice(0).map((conn) => conn.close()));
  }

  _openForWaiter() {
    const waiter = this.waiting.shift();
    if (!waiter) return;
    this.size++;
    this.connect().then((conn) => {
      this.stats.opened++;
      clearTimeout(waiter.timer);
      waiter.resolve(conn);
    }, (err) => {
      this.size--;
      clearTimeout(waiter.timer);
      waiter.reject(err);
    });
  }
}

module.exports = { ConnectionPool };
