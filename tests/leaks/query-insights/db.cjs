"use strict";

/** A stand-in connection pool with a pg-like query(). */
class Pool {
  constructor(config) {
    this.config = config;
    this.totalCount = config.max;
    this.onQuery = null;
  }

  async query(sql, params) {
    const started = process.hrtime.bigint();
    await new Promise((resolve) => setImmediate(resolve)); // the round trip
    const rows = fakeRows(sql, params);
    if (this.onQuery) {
      this.onQuery(this, sql, params, Number(process.hrtime.bigint() - started) / 1e6);
    }
    return { rows, rowCount: rows.length };
  }
}

function fakeRows(sql, params) {
  if (sql.startsWith("SELECT id, name, email FROM customers")) {
    return [{ id: params[0], name: `Customer ${params[0]}`, email: `c${params[0]}@example.com` }];
  }
  if (sql.startsWith("SELECT id, total_cents, status FROM orders")) {
    return [1, 2, 3].map((n) => ({
      id: `${params[0]}-${n}`,
      total_cents: 1999 * n,
      status: "paid",
    }));
  }
  return [];
}

const pool = new Pool({ host: "db.internal", database: "shop", max: 10 });

module.exports = { pool };
