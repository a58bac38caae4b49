"use strict";
// A connection pool: `size` connections kept open, and up to `maxOverflow` more opened when
// all are busy (-1: as many as needed) and closed again once the burst is over.

class Pool {
  constructor(connect, { size = 5, maxOverflow = 0, acquireTimeoutMs = 500 } = {}) {
    this.connect = connect;
    this.size = size;
    this.maxOverflow = maxOverflow;
    this.acquireTimeoutMs = acquireTimeoutMs;
    this.idle = [];
    this.inUse = new Set();
    this.waiters = [];
    this.opening = 0;
  }

  get total() {
    return this.idle.length + this.inUse.size + this.opening;
  }

  async acquire() {
    let conn = this.idle.pop();
    if (!conn) {
      if (this.maxOverflow < 0 || this.total < this.size + this.maxOverflow) {
        this.opening++;
        try {
          conn = await this.connect();
        } finally {
          this.opening--;
        }
      } else {
        conn = await new Promise((resolve, reject) => {
          const waiter = { resolve, timer: undefined };
          waiter.timer = setTimeout(() => {
            this.waiters.splice(this.waiters.indexOf(waiter), 1);
            reject(new Error("timed out waiting for a connection"));
          }, this.acquireTimeoutMs);
          this.waiters.push(waiter);
        });
      }
    }
    this.inUse.add(conn);
    return conn;
  }

  release(conn) {
    this.inUse.delete(conn);
    const waiter = this.waiters.shift();
    if (waiter) {
      clearTimeout(waiter.timer);
      waiter.resolve(conn);
    } else if (this.idle.length < this.size) {
      this.idle.push(conn);
    } else {
      conn.close();
    }
  }

  stats() {
    return { idle: this.idle.length, inUse: this.inUse.size, waiting: this.waiters.length };
  }
}

module.exports = { Pool };
