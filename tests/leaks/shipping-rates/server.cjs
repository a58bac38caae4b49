"use strict";

const http = require("node:http");
const { ratesFor, cacheStats } = require("./rates.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/internal/cache") return send(res, 200, cacheStats());

  if (url.pathname === "/rates" && req.method === "GET") {
    const from = (url.searchParams.get("from") || "NL").toUpperCase();
    const to = (url.searchParams.get("to") || "").toUpperCase();
    const grams = Number(url.searchParams.get("grams"));
    if (!Number.isInteger(grams) || grams <= 0 || grams > 30000) {
      return send(res, 400, { error: "grams must be an integer between 1 and 30000" });
    }
    const quotes = ratesFor(from, to, grams);
    if (!quotes) return send(res, 422, { error: `no shipping from ${from} to ${to}` });
    return send(res, 200, { from, to, grams, quotes });
  }
  send(res, 404, { error: "not found" });
}).listen(port, "127.0.0.1", () => console.log(`shipping rates listening on 127.0.0.1:${port}`));
