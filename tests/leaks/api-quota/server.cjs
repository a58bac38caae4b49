"use strict";

const http = require("node:http");
const { bucketCount, take, CAPACITY } = require("./ratelimit.cjs");
const { geocode } = require("./geocode.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

function sendJson(res, status, body, headers = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true, buckets: bucketCount() });

  if (url.pathname === "/v1/geocode" && req.method === "GET") {
    const apiKey = req.headers["x-api-key"] ?? url.searchParams.get("key");
    if (!apiKey) return sendJson(res, 401, { error: "missing API key" });
    const verdict = take(String(apiKey));
    if (!verdict.ok) {
      return sendJson(res, 429, { error: "rate limited" }, {
        "retry-after": String(verdict.retryAfter),
      });
    }
    const q = url.searchParams.get("q");
    if (!q) return sendJson(res, 400, { error: "q is required" });
    return sendJson(res, 200, geocode(q), {
      "x-ratelimit-limit": String(CAPACITY),
      "x-ratelimit-remaining": String(verdict.remaining),
    });
  }
  sendJson(res, 404, { error: "not found" });
}).listen(port, "127.0.0.1", () => console.log(`geocoder listening on 127.0.0.1:${port}`));
