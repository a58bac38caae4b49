import http from "node:http";
import { TtlCache } from "./cache.mjs";
import { renderPriceList } from "./pricing.mjs";
import {
  bench,
  collect,
  createOrder,
  getOrder,
  markStrung,
  OrderError,
  ticket,
} from "./orders.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const HOUR = 3600_000;
const responseCache = new TtlCache({ defaultTtl: 200 });
responseCache.set("GET /pricelist", renderPriceList(), HOUR);

function send(res, status, body, type = "application/json") {
  res.writeHead(status, { "content-type": type });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const raw = Buffer.concat(chunks).toString("utf8");
  return raw ? JSON.parse(raw) : {};
}

function cached(res, key, type, render, ttl) {
  let body = responseCache.get(key);
  if (body === undefined) {
    body = render();
    responseCache.set(key, body, ttl);
  }
  send(res, 200, body, type);
}

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  if (pathname === "/healthz") return send(res, 200, { ok: true });
  if (pathname === "/pricelist") {
    return cached(res, "GET /pricelist", "application/json", renderPriceList, HOUR);
  }
  if (pathname === "/bench") return send(res, 200, { ...bench(), cache: responseCache.stats() });
  if (pathname === "/orders" && req.method === "POST") {
    const order = createOrder(await readJson(req));
    return send(res, 201, order);
  }
  const parts = pathname.split("/").filter(Boolean);
  if (parts[0] !== "orders" || !parts[1]) return send(res, 404, { error: "not found" });
  const ref = decodeURIComponent(parts[1]);
  const action = parts[2];

  if (req.method === "GET" && !action) {
    return cached(
      res,
      `GET /orders/${ref}`,
      "application/json",
      () => JSON.stringify(getOrder(ref)),
    );
  }
  if (req.method === "GET" && action === "ticket") {
    return cached(res, `GET /orders/${ref}/ticket`, "text/plain", () => ticket(getOrder(ref)));
  }
  if (req.method === "POST" && action === "strung") {
    return send(res, 200, markStrung(ref, await readJson(req)));
  }
  if (req.method === "POST" && action === "collect") {
    return send(res, 200, collect(ref));
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (err instanceof OrderError) return send(res, err.status, { error: err.message });
    if (err instanceof RangeError || err instanceof SyntaxError) {
      return send(res, 400, { error: err.message });
    }
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`stringing desk on :${port}`));
