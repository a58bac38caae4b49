"use strict";

const { Pool } = require("./db.cjs");

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const MAX_OPEN_POOLS = 24;

/**
 * Tenant accounts and a database pool per tenant, opened on first use; the least recently used
 * pool is closed when too many are open. Every open pool is also closed on shutdown.
 */
class Tenants {
  #accounts = new Map();
  #pools = new Map();

  constructor(app) {
    this.app = app;
  }

  signUp({ id, company, plan = "trial", timezone = "Europe/London" }) {
    if (!/^[a-z0-9-]{3,40}$/.test(id ?? "")) throw new HttpError(400, "bad tenant id");
    if (this.#accounts.has(id)) throw new HttpError(409, `${id} exists`);
    const account = { id, company, plan, timezone, createdAt: new Date().toISOString() };
    this.#accounts.set(id, account);
    return account;
  }

  account(id) {
    const account = this.#accounts.get(id);
    if (!account) throw new HttpError(404, `no tenant ${id}`);
    return account;
  }

  pool(id) {
    this.account(id);
    let pool = this.#pools.get(id);
    if (pool) {
      this.#pools.delete(id);
      this.#pools.set(id, pool);
      return pool;
    }
    pool = new Pool({ database: `ts_${id.replace(/-/g, "_")}`, size: 4 });
    this.app.onClose(() => pool.end());
    this.#pools.set(id, pool);
    if (this.#pools.size > MAX_OPEN_POOLS) this.#dropPool(this.#pools.keys().next().value);
    return pool;
  }

  #dropPool(id) {
    const pool = this.#pools.get(id);
    if (!pool) return;
    this.#pools.delete(id);
    this.app.offClose(pool.end);
    pool.end();
  }

  cancel(id) {
    this.account(id);
    this.#dropPool(id);
    this.#accounts.delete(id);
  }

  stats() {
    return { accounts: this.#accounts.size, openPools: this.#pools.size };
  }
}

module.exports = { HttpError, Tenants };
