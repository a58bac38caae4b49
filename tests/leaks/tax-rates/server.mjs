import http from "node:http";
import { BoundedCache } from "./bounded_cache.mjs";
import { computeTax } from "./tax.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

// Quotes for identical baskets repeat a lot during checkout; keep the latest few.
const quotes = new BoundedCache(40);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true, cached: quotes.size });

  if (url.pathname === "/tax" && req.method === "GET") {
    const country = (url.searchParams.get("country") ?? "").toUpperCase();
    const postcode = url.searchParams.get("postcode") ?? "";
    const amount = Number(url.searchParams.get("amount"));
    if (!/^[A-Z]{2}$/.test(country)) {
      return send(res, 400, { error: "country must be ISO 3166-1 alpha-2" });
    }
    if (!(amount > 0)) return send(res, 400, { error: "amount must be positive" });

    const key = `${country}:${postcode}:${amount}`;
    let quote = quotes.get(key);
    if (!quote) {
      quote = computeTax(country, postcode, amount);
      if (!quote) return send(res, 422, { error: `no tax rules for ${country}` });
      quotes.set(key, quote);
    }
    return send(res, 200, quote);
  }
  send(res, 404, { error: "not found" });
}).listen(port, "127.0.0.1", () => console.log(`tax rates listening on 127.0.0.1:${port}`));
