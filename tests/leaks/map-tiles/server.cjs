"use strict";

const http = require("node:http");
const { tenantForKey } = require("./tenants.cjs");
const { checkRate, rateStats } = require("./ratelimit.cjs");
const { renderTile, validTile } = require("./tiles.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const TILE = /^\/v1\/tiles\/(\d+)\/(\d+)\/(\d+)\.png$/;
const tileCache = new Map();
const TILE_CACHE_MAX = 64;

function sendJson(res, status, body, headers = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

function cachedTile(z, x, y) {
  const key = `${z}/${x}/${y}`;
  let png = tileCache.get(key);
  if (!png) {
    png = renderTile(z, x, y);
    if (tileCache.size >= TILE_CACHE_MAX) tileCache.delete(tileCache.keys().next().value);
    tileCache.set(key, png);
  }
  return png;
}

function handle(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
  if (url.pathname === "/v1/stats") return sendJson(res, 200, rateStats());

  const m = TILE.exec(url.pathname);
  if (!m || req.method !== "GET") return sendJson(res, 404, { error: "not found" });

  const tenant = tenantForKey(url.searchParams.get("api_key") ?? req.headers["x-api-key"]);
  if (!tenant) return sendJson(res, 401, { error: "invalid api key" });

  const clientId = req.headers["x-client-id"] ?? req.socket.remoteAddress;
  const rate = checkRate(tenant, clientId, {
    userAgent: req.headers["user-agent"] ?? "unknown",
    ip: req.socket.remoteAddress,
  });
  const rateHeaders = {
    "x-ratelimit-limit": String(rate.limit),
    "x-ratelimit-remaining": String(rate.remaining),
    "x-ratelimit-reset": String(rate.resetSeconds),
  };
  if (!rate.allowed) {
    return sendJson(res, 429, { error: "rate limit exceeded" }, {
      ...rateHeaders,
      "retry-after": String(rate.resetSeconds),
    });
  }

  const [z, x, y] = m.slice(1).map(Number);
  if (!validTile(z, x, y, tenant.plan.maxZoom)) {
    return sendJson(res, 400, { error: "tile out of range for plan" }, rateHeaders);
  }
  const png = cachedTile(z, x, y);
  res.writeHead(200, {
    "content-type": "image/png",
    "content-length": png.length,
    "cache-control": "public, max-age=86400",
    ...rateHeaders,
  });
  res.end(png);
}

const server = http.createServer((req, res) => {
  try {
    handle(req, res);
  } catch (err) {
    console.error(err);
    if (!res.headersSent) sendJson(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`map tiles on 127.0.0.1:${port}`));
