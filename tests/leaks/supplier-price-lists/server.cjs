const http = require("node:http");
const schedule = require("node-schedule");
const { parsePriceList, quote, cheapestBySku, quoteCacheSize } = require("./pricing.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

// The buyers' dashboard reads a summary recomputed every few seconds, not per request.
let summary = { computedAt: null, skus: 0, cheapest: {} };
schedule.scheduleJob("cheapest-summary", "*/2 * * * * *", () => {
  const cheapest = cheapestBySku();
  summary = { computedAt: new Date().toISOString(), skus: Object.keys(cheapest).length, cheapest };
});

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readText(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw;
}

async function route(req, res, url) {
  const m = /^\/suppliers\/([a-z0-9-]{2,32})\/price-list$/.exec(url.pathname);
  if (m && req.method === "POST") {
    return send(res, 200, parsePriceList(m[1], await readText(req)));
  }
  if (url.pathname === "/quote" && req.method === "GET") {
    const sku = url.searchParams.get("sku") ?? "";
    const qty = Number(url.searchParams.get("qty") ?? "1");
    if (!sku || !Number.isInteger(qty) || qty < 1) return send(res, 400, { error: "sku, qty" });
    return send(res, 200, quote(sku.toUpperCase(), qty));
  }
  if (url.pathname === "/summary") {
    return send(res, 200, { ...summary, cachedQuotes: quoteCacheSize() });
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((e) => send(res, 500, { error: String(e.message ?? e) }));
}).listen(port, "127.0.0.1", () => console.log(`supplier-price-lists on http://127.0.0.1:${port}`));
