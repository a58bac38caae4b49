"use strict";

/**
 * Stand-in for the Postgres driver: a pool of connections to one tenant database, each with its
 * prepared statements. The tables live with the pool (a tenant's data is its database).
 */
class Connection {
  constructor(pool, n) {
    this.pool = pool;
    this.name = `${pool.database}#${n}`;
    this.prepared = new Map();
    this.busy = false;
    this.queries = 0;
  }

  prepare(sql) {
    let stmt = this.prepared.get(sql);
    if (!stmt) {
      stmt = {
        sql,
        name: `s${this.prepared.size + 1}`,
        plan: sql.replace(/\s+/g, " ").toUpperCase(),
      };
      this.prepared.set(sql, stmt);
    }
    return stmt;
  }
}

class Pool {
  constructor({ database, size = 4 }) {
    this.database = database;
    this.connections = Array.from({ length: size }, (_, n) => new Connection(this, n + 1));
    this.tables = { entries: [], projects: new Map() };
    this.ended = false;
  }

  async query(sql, fn) {
    if (this.ended) throw new Error(`pool for ${this.database} has ended`);
    const conn = this.connections.find((c) => !c.busy) ?? this.connections[0];
    conn.busy = true;
    try {
      conn.prepare(sql);
      conn.queries++;
      await null;
      return fn(this.tables);
    } finally {
      conn.busy = false;
    }
  }

  end() {
    if (this.ended) return;
    this.ended = true;
    for (const c of this.connections) c.prepared.clear();
  }
}

module.exports = { Pool };
