"use strict";

const http = require("node:http");
const { randomUUID } = require("node:crypto");
const { HttpMetrics } = require("./metrics.cjs");
const { IdempotencyCache } = require("./idempotency.cjs");
const { crumbs, log, withContext } = require("./context.cjs");
const { BookingError, book, checkIn, reception, recordResult } = require("./bookings.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const metrics = new HttpMetrics();
const idempotency = new IdempotencyCache(64);

function readJson(req) {
  return new Promise((resolve, reject) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (text += c));
    req.on("end", () => {
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch {
        reject(new BookingError(400, "body is not JSON"));
      }
    });
    req.on("error", reject);
  });
}

function routeOf(parts) {
  if (parts[0] === "bookings" && parts.length === 1) return "/bookings";
  if (parts[0] === "bookings" && parts.length === 2) return "/bookings/:id";
  if (parts[0] === "bookings" && parts[2] === "result") return "/bookings/:id/result";
  if (parts[0] === "reception" || parts[0] === "metrics" || parts[0] === "debug") {
    return `/${parts[0]}`;
  }
  return "unmatched";
}

async function handle(req, route, parts) {
  switch (`${req.method} ${route}`) {
    case "POST /bookings": {
      const key = req.headers["idempotency-key"];
      const seen = key && idempotency.get(key);
      if (seen) return [seen.status, seen.body];
      const booking = book(await readJson(req));
      if (key) idempotency.put(key, 201, booking);
      return [201, booking];
    }
    case "PATCH /bookings/:id":
      return [200, checkIn(parts[1], await readJson(req))];
    case "POST /bookings/:id/result":
      return [200, recordResult(parts[1], await readJson(req))];
    case "GET /reception":
      return [200, reception()];
    case "GET /debug":
      return [200, { crumbs: crumbs.slice(-10), idempotencyKeys: idempotency.size }];
  }
  return [404, { error: "not found" }];
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") {
    res.writeHead(200, { "content-type": "text/plain" });
    return res.end("ok");
  }
  const parts = url.pathname.split("/").filter(Boolean);
  const route = routeOf(parts);
  if (route === "/metrics") {
    res.writeHead(200, { "content-type": "text/plain" });
    return res.end(metrics.expose());
  }
  const started = performance.now();
  const ctx = { requestId: req.headers["x-request-id"] ?? randomUUID(), route };
  withContext(ctx, async () => {
    let status = 500;
    let body;
    try {
      [status, body] = await handle(req, route, parts);
    } catch (err) {
      status = err instanceof BookingError ? err.status : 500;
      body = { error: err.message };
      if (status === 500) log("error", "request failed", { stack: err.stack });
    }
    res.writeHead(status, { "content-type": "application/json", "x-request-id": ctx.requestId });
    res.end(JSON.stringify(body));
    metrics.observe(req.method, route, status, performance.now() - started);
  });
}).listen(port, "127.0.0.1", () => console.log(`MOT bookings on :${port}`));
