"use strict";

/**
 * Connection pool (pg.Pool-style): release(conn, err) closes a connection whose query failed
 * and lets the next acquire() open a fresh one, so the pool never hands out a session in an
 * unknown state and never holds more than `max` connections, broken or not.
 */
class ConnectionPool {
  constructor({ connect, max = 3, acquireTimeoutMs = 5000 }) {
    this.connect = connect;
    this.max = max;
    this.acquireTimeoutMs = acquireTimeoutMs;
    this.size = 0;
    this.idle = [];
    this.waiting = [];
    this.stats = { opened: 0, closed: 0, acquired: 0, failed: 0 };
  }

  async acquire() {
    this.stats.acquired++;
    const conn = this.idle.pop();
    if (conn) return conn;
    if (this.size < this.max) return await this.#open();
    return new Promise((resolve, reject) => {
      const waiter = { resolve, reject, timer: null };
      waiter.timer = setTimeout(() => {
        const at = this.waiting.indexOf(waiter);
        if (at !== -1) this.waiting.splice(at, 1);
        reject(new Error(`no connection within ${this.acquireTimeoutMs} ms`));
      }, this.acquireTimeoutMs);
      this.waiting.push(waiter);
    });
  }

  release(conn, err) {
    if (err) {
      this.stats.failed++;
      this.size--;
      conn.close().then(() => this.stats.closed++, () => {});
      const waiter = this.waiting.shift();
      if (waiter) {
        clearTimeout(waiter.timer);
        this.#open().then(waiter.resolve, waiter.reject);
      }
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

  async #open() {
    this.size++;
    try {
      const conn = await this.connect();
      this.stats.opened++;
      return conn;
    } catch (err) {
      this.size--;
      throw err;
    }
  }
}

module.exports = { ConnectionPool };
