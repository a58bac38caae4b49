import http from "node:http";
import { LatencyHistogram, RateCache } from "./lib/rate-cache.mjs";
import { quoteLane } from "./carrier.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4977;

const rates = new RateCache({ maxEntries: 64, ttlMs: 5 * 60_000, negativeTtlMs: 500 });
const latency = new LatencyHistogram();

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function route(req, res, url) {
  if (url.pathname === "/rates" && req.method === "GET") {
    const from = (url.searchParams.get("from") ?? "NL").toUpperCase();
    const to = (url.searchParams.get("to") ?? "").toUpperCase();
    const grams = Math.max(1, Math.round(Number(url.searchParams.get("grams")) || 1000));
    const quote = await rates.get(`${from}-${to}|${grams}`, quoteLane);
    return send(res, 200, quote ? { available: true, ...quote } : { available: false, from, to });
  }
  if (url.pathname === "/rates/stats") {
    return send(res, 200, { cache: rates.size(), stats: rates.stats, latency: latency.toJSON() });
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const started = performance.now();
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  res.on("finish", () => latency.observe(url.pathname, performance.now() - started));
  route(req, res, url).catch((err) => {
    console.error(err);
    send(res, 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`lane-rates on 127.0.0.1:${port}`));
