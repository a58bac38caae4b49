import http from "node:http";
import { Registry } from "./metrics.mjs";
import { addToCart, productFor, reviewsFor } from "./catalog.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3100;

const registry = new Registry();
const httpRequests = registry.counter("http_requests_total", "Requests by method and status");
const httpDuration = registry.histogram(
  "http_request_duration_seconds",
  "Request latency by method, route and status",
);

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json" });
  res.end(text);
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch (e) {
        reject(e);
      }
    });
    req.on("error", reject);
  });
}

// Records every response once it has been written.
function instrument(req, res, url) {
  const started = process.hrtime.bigint();
  res.on("finish", () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const labels = { method: req.method, route: url.pathname, status: res.statusCode };
    httpRequests.inc({ method: req.method, status: res.statusCode });
    httpDuration.observe(labels, seconds);
  });
}

async function route(req, res, url) {
  if (req.method === "GET" && url.pathname === "/metrics") {
    res.writeHead(200, { "content-type": "text/plain; version=0.0.4" });
    return res.end(registry.render());
  }
  let m = /^\/products\/([\w-]+)$/.exec(url.pathname);
  if (req.method === "GET" && m) return send(res, 200, productFor(m[1]));
  m = /^\/products\/([\w-]+)\/reviews$/.exec(url.pathname);
  if (req.method === "GET" && m) return send(res, 200, { sku: m[1], reviews: reviewsFor(m[1]) });
  if (req.method === "POST" && url.pathname === "/cart/items") {
    const { sku, qty = 1 } = await readJson(req);
    if (typeof sku !== "string") return send(res, 400, { error: "sku required" });
    const cart = addToCart(req.headers["x-cart"] ?? "guest", sku, Number(qty));
    return send(res, 201, { lines: cart.lines.length });
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  instrument(req, res, url);
  route(req, res, url).catch((err) => send(res, 500, { error: String(err.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`shop on 127.0.0.1:${port}`));
