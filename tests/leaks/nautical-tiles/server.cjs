"use strict";

const http = require("node:http");
const { take, bucketStats } = require("./buckets.cjs");
const { getTile, tileStats } = require("./tiles.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

function sendJson(res, status, body, headers = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

function clientOf(req) {
  const forwarded = req.headers["x-forwarded-for"];
  if (typeof forwarded === "string" && forwarded) return forwarded.split(",")[0].trim();
  return req.socket.remoteAddress ?? "unknown";
}

function handle(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
  if (url.pathname === "/stats") {
    return sendJson(res, 200, { buckets: bucketStats(), tiles: tileStats() });
  }

  const m = /^\/tiles\/(\d{1,2})\/(\d+)\/(\d+)\.svg$/.exec(url.pathname);
  if (!m) return sendJson(res, 404, { error: "not found" });
  const [z, x, y] = m.slice(1).map(Number);
  if (z > 18 || x >= 2 ** z || y >= 2 ** z) return sendJson(res, 400, { error: "no such tile" });

  const decision = take(clientOf(req));
  if (!decision.allowed) {
    return sendJson(res, 429, { error: "too many tile requests" }, {
      "retry-after": String(Math.max(1, Math.ceil(decision.waitMs / 1000))),
    });
  }
  res.writeHead(200, {
    "content-type": "image/svg+xml",
    "cache-control": "public, max-age=3600",
    "x-ratelimit-remaining": String(decision.remaining),
  });
  res.end(getTile(z, x, y));
}

http.createServer(handle).listen(
  port,
  "127.0.0.1",
  () => console.log(`nautical tiles on 127.0.0.1:${port}`),
);
