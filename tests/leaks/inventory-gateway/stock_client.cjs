"use strict";

const { ConnectionPool } = require("./pool.cjs");

let pool;
let nextId = 1;

function configure(address) {
  pool = new ConnectionPool({ host: address.address, port: address.port, maxSockets: 16 });
}

/** One request/reply over a pooled connection. */
async function call(payload, timeoutMs = 1000) {
  const socket = await pool.acquire();
  const id = nextId++;
  try {
    return await new Promise((resolve, reject) => {
      let buffered = "";
      const timer = setTimeout(() => reject(new Error("stock daemon timeout")), timeoutMs);
      socket.on("data", (chunk) => {
        buffered += chunk;
        const nl = buffered.indexOf("\n");
        if (nl < 0) return;
        clearTimeout(timer);
        const reply = JSON.parse(buffered.slice(0, nl));
        // The daemon is about to hang up: finish our side so this connection is not reused.
        if (reply.closing) socket.end();
        if (reply.ok) resolve(reply.stock);
        else reject(new Error(reply.error));
      });
      socket.write(JSON.stringify({ id, ...payload }) + "\n");
    });
  } finally {
    pool.release(socket);
  }
}

function getStock(sku, warehouse) {
  return call({ op: "stock", sku, warehouse });
}

function poolStats() {
  return pool.stats();
}

module.exports = { configure, getStock, poolStats };
