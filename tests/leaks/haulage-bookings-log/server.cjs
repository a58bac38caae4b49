"use strict";

const http = require("node:http");
const { randomUUID } = require("node:crypto");
const { logger, tail } = require("./log.cjs");
const { BookingError, board, createBooking, markDelivered, updateBooking } = require(
  "./bookings.cjs",
);

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

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

async function route(req, res, url, log) {
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/bookings" && req.method === "POST") {
    return send(res, 201, createBooking(await readJson(req), log));
  }
  if (parts[0] === "bookings" && parts.length === 2 && req.method === "PATCH") {
    return send(res, 200, updateBooking(parts[1], await readJson(req), log));
  }
  if (parts[0] === "bookings" && parts[2] === "delivered" && req.method === "POST") {
    return send(res, 200, markDelivered(parts[1], await readJson(req), log));
  }
  if (url.pathname === "/board") return send(res, 200, board());
  if (url.pathname === "/debug/logs") return send(res, 200, tail.slice(-20));
  if (url.pathname === "/debug/log-level" && req.method === "PATCH") {
    const { level } = await readJson(req);
    logger.setLevel(level);
    return send(res, 200, { level: logger.level });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  const log = logger.child({
    reqId: req.headers["x-request-id"] ?? randomUUID(),
    method: req.method,
    path: url.pathname,
  });
  const started = process.hrtime.bigint();
  route(req, res, url, log)
    .catch((err) => {
      if (!(err instanceof BookingError)) log.error("request failed", { err: err.stack });
      send(res, err instanceof BookingError ? err.status : 500, { error: err.message });
    })
    .finally(() => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log.info("request done", { status: res.statusCode, ms: Math.round(ms * 10) / 10 });
      log.release();
    });
}).listen(port, "127.0.0.1", () => logger.info("listening", { port }));
