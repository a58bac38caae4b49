"use strict";

const { ConnectionPool } = require("./pool.cjs");
const { connect } = require("./dms.cjs");

const pool = new ConnectionPool({ connect, max: 3 });

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

module.exports = { pool, withConnection };
