"use strict";

const http = require("node:http");
const { placeOrder, collect, getOrder, slips, collected, CounterError } = require("./counter.cjs");
const { part } = require("./parts.cjs");
const { flushPending, pendingCount } = require("./later.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch {
        reject(new CounterError(400, "body is not JSON"));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://counter.local");
  const [first, id, action] = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true, deferred: pendingCount() });
  if (url.pathname === "/orders" && req.method === "POST") {
    return send(res, 201, placeOrder(await readJson(req)));
  }
  if (first === "orders" && id && action === "collect" && req.method === "POST") {
    return send(res, 200, collect(id));
  }
  if (first === "orders" && id && !action) return send(res, 200, getOrder(id));
  if (first === "parts" && id) {
    const p = part(id);
    return p ? send(res, 200, p) : send(res, 404, { error: `unknown part ${id}` });
  }
  if (url.pathname === "/slips") return send(res, 200, slips);
  if (url.pathname === "/collected") return send(res, 200, collected);
  return send(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof CounterError ? err.status : 500, { error: err.message });
  });
});
server.listen(port, "127.0.0.1", () => console.log(`parts counter on :${port}`));

process.on("SIGTERM", () => {
  flushPending();
  server.close(() => process.exit(0));
});
