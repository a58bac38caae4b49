"use strict";

// The legacy stock daemon, started in-process for staging: newline-delimited JSON over TCP. Like
// the real one, it closes a connection after serving MAX_REQUESTS_PER_CONNECTION requests.

const net = require("node:net");

const MAX_REQUESTS_PER_CONNECTION = 3;

function stockFor(sku, warehouse) {
  let h = 0;
  for (const ch of `${sku}@${warehouse}`) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return { sku, warehouse, onHand: h % 500, reserved: h % 17, updatedAt: Date.now() };
}

function startStockDaemon() {
  const server = net.createServer((socket) => {
    let served = 0;
    let buffered = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk) => {
      buffered += chunk;
      let nl;
      while ((nl = buffered.indexOf("\n")) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        let reply;
        try {
          const { id, sku, warehouse } = JSON.parse(line);
          reply = { id, ok: true, stock: stockFor(sku, warehouse) };
        } catch {
          reply = { ok: false, error: "bad request" };
        }
        served++;
        if (served >= MAX_REQUESTS_PER_CONNECTION) {
          socket.end(JSON.stringify({ ...reply, closing: true }) + "\n");
          return;
        }
        socket.write(JSON.stringify(reply) + "\n");
      }
    });
    socket.on("error", () => {});
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve(server.address()));
  });
}

module.exports = { startStockDaemon };
