import http from "node:http";
import { fetchPrice } from "./supplier.mjs";
import { SwrCache } from "./swr-cache.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

let warnings = 0;
const quiet = { warn: () => warnings++ };
const prices = new SwrCache(async (sku) => {
  const { price, maxAgeMs } = await fetchPrice(sku);
  return { value: price, maxAgeMs };
}, { max: 50, log: quiet });

const baskets = new Map();

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

async function route(req, res, url) {
  const parts = url.pathname.split("/").filter(Boolean);
  if (parts[0] === "wines" && parts.length === 2 && req.method === "GET") {
    const { value, stale } = await prices.get(parts[1]);
    res.setHeader("x-price-stale", String(stale));
    return send(res, 200, value);
  }
  if (parts[0] === "baskets" && parts[2] === "lines" && req.method === "POST") {
    const body = await readJson(req);
    const { value } = await prices.get(body.sku);
    const account = parts[1];
    // one open basket per trade account; a new one replaces it
    const basket = baskets.get(account) ?? { account, lines: [] };
    basket.lines.push({ sku: value.sku, cases: body.cases ?? 1, inBondGbp: value.inBondGbp });
    if (basket.lines.length > 20) basket.lines.shift();
    baskets.set(account, basket);
    const total = basket.lines.reduce((n, l) => n + l.cases * l.inBondGbp, 0);
    return send(res, 201, { account, lines: basket.lines.length, totalInBondGbp: total });
  }
  if (url.pathname === "/debug/cache") return send(res, 200, { ...prices.stats(), warnings });
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => send(res, 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`trade prices on :${port}`));
