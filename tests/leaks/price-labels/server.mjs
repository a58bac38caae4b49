import http from "node:http";
import { label, priceParts } from "./format.mjs";
import { productFor } from "./products.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const MARKETS = {
  nl: { currency: "EUR", locale: "nl-NL" },
  de: { currency: "EUR", locale: "de-DE" },
  uk: { currency: "GBP", locale: "en-GB" },
};

function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
  if (url.pathname === "/debug/labels") {
    return sendJson(res, 200, { cached: priceParts.cache.size });
  }
  const m = /^\/labels\/(nl|de|uk)$/.exec(url.pathname);
  if (m) {
    const skus = (url.searchParams.get("skus") ?? "").split(",").filter(Boolean).slice(0, 20);
    const qty = Math.max(1, Number(url.searchParams.get("qty") ?? 1) | 0);
    const labels = skus.map((sku) => label(productFor(sku), qty, MARKETS[m[1]]));
    return sendJson(res, 200, { market: m[1], labels });
  }
  sendJson(res, 404, { error: "not found" });
});

server.listen(port, "127.0.0.1", () => console.log(`price labels listening on 127.0.0.1:${port}`));
