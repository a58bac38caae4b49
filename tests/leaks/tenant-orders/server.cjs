"use strict";

const http = require("node:http");
const { lookup, remember } = require("./idempotency.cjs");
const { placeOrder } = require("./orders.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const TENANT_ORDERS = /^\/t\/([a-z0-9-]{1,32})\/orders$/;

function readBody(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => resolve(raw));
    req.on("error", reject);
  });
}

function send(res, status, body, extra = {}) {
  res.writeHead(status, { "content-type": "application/json", ...extra }).end(body);
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, '{"ok":true}');

  const match = TENANT_ORDERS.exec(url.pathname);
  if (!match || req.method !== "POST") return send(res, 404, '{"error":"not found"}');

  const tenant = match[1];
  let input;
  try {
    input = JSON.parse(await readBody(req));
  } catch {
    return send(res, 400, '{"error":"invalid JSON"}');
  }
  // Header first; older SDKs send the key in the body.
  const key = req.headers["idempotency-key"] ?? input.clientReference;
  if (key) {
    const replay = lookup(tenant, key);
    if (replay) return send(res, replay.status, replay.body, { "idempotent-replayed": "true" });
  }

  let status, body;
  try {
    status = 201;
    body = JSON.stringify(placeOrder(tenant, input));
  } catch (err) {
    status = err.status ?? 500;
    body = JSON.stringify({ error: err.status ? err.message : "internal error" });
  }
  if (key) remember(tenant, key, status, body);
  send(res, status, body);
});

server.listen(port, "127.0.0.1", () => console.log(`orders listening on 127.0.0.1:${port}`));
