"use strict";

const { ConnectionPool } = require("./pool.cjs");
const { connect } = require("./wms.cjs");

const pool = new ConnectionPool({ connect, max: 4, acquireTimeoutMs: 3000 });

/** Runs fn with a pooled connection; a connection whose query failed is not reused. */
async function withConnection(fn) {
  const conn = await pool.acquire();
  try {
    const result = await fn(conn);
    pool.release(conn);
    return result;
  } catch (err) {
    pool.release(conn, err);
    throw err;
  }
}

function poolStats() {
  return {
    size: pool.size,
    idle: pool.idle.length,
    waiting: pool.waiting.length,
    ...pool.stats,
  };
}

module.exports = { pool, withConnection, poolStats };
