"use strict";

const http = require("node:http");
const { RelayError, notifySeller, recent, totals } = require("./relay.cjs");
const { breakerStatus, breakers } = require("./breakers.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch (err) {
        reject(new RelayError(400, `bad JSON: ${err.message}`));
      }
    });
    req.on("error", reject);
  });
}

function orderSummary(order) {
  const lines = Array.isArray(order.lines) ? order.lines : [];
  return {
    orderId: order.id,
    lines: lines.map((l) => ({ sku: l.sku, qty: l.qty })),
    shipTo: order.shipTo ? { city: order.shipTo.city, country: order.shipTo.country } : null,
  };
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/deliveries") {
    return send(res, 200, { totals, hosts: breakers.size, recent: recent.slice(0, 10) });
  }
  if (parts[0] === "hosts" && parts[1]) return send(res, 200, breakerStatus(parts[1]));

  // an order routed to a seller: tell the seller to fulfil it
  if (url.pathname === "/orders" && req.method === "POST") {
    const order = await readJson(req);
    if (!order.id) throw new RelayError(400, "order.id is required");
    const result = await notifySeller(order.seller, "order.created", orderSummary(order));
    return send(res, 202, { order: order.id, ...result });
  }
  // carrier scans (picked up, delivered): pass them on to the seller
  if (parts[0] === "orders" && parts[2] === "tracking" && req.method === "POST") {
    const scan = await readJson(req);
    if (!["shipped", "delivered"].includes(scan.status)) {
      throw new RelayError(400, "status must be shipped or delivered");
    }
    const result = await notifySeller(scan.seller, `order.${scan.status}`, {
      orderId: parts[1],
      carrier: scan.carrier,
      tracking: scan.tracking,
    });
    return send(res, 202, { order: parts[1], ...result });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof RelayError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`dropship relay on :${port}`));
