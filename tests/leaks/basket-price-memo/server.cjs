"use strict";
const http = require("node:http");
const { priceBasket, setUnitPrice } = require("./pricing.cjs");
const { clearMemoized, memoStats } = require("./memo.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  try {
    if (url.pathname === "/healthz") return send(res, 200, { ok: true });
    if (req.method === "POST" && url.pathname === "/basket/price") {
      const basket = await readJson(req);
      if (!Array.isArray(basket.lines)) return send(res, 422, { error: "lines required" });
      return send(res, 200, priceBasket(basket));
    }
    if (req.method === "POST" && url.pathname === "/quotes") {
      const basket = await readJson(req);
      const priced = priceBasket(basket);
      const validUntil = new Date(Date.now() + 7 * 86400_000).toISOString();
      return send(res, 201, { quote: `Q-${Date.now().toString(36)}`, validUntil, ...priced });
    }
    const price = /^\/admin\/prices\/([\w-]+)$/.exec(url.pathname);
    if (req.method === "PATCH" && price) {
      const body = await readJson(req);
      if (!setUnitPrice(price[1], Number(body.unit))) return send(res, 404, { error: "no sku" });
      return send(res, 200, { sku: price[1], unit: Number(body.unit), dropped: clearMemoized() });
    }
    if (req.method === "GET" && url.pathname === "/admin/memo") return send(res, 200, memoStats());
    send(res, 404, { error: "not found" });
  } catch (err) {
    send(res, 400, { error: String(err.message ?? err) });
  }
});

server.listen(port, "127.0.0.1");
