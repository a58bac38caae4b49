"use strict";

const http = require("node:http");
const { tenants } = require("./tenants.cjs");
const { PricingError, priceBasket } = require("./pricing.cjs");
const { RateLimiter } = require("./lib/rate-limit.cjs");
const { sendToKitchen, display, queue } = require("./kitchen.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

// generous: a kiosk whose till is offline retries hard, and that is all this is for
const limiter = new RateLimiter({ burst: 2000, perSecond: 1000 });

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (text += c));
    req.on("end", () => {
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch {
        reject(new PricingError(400, "bad JSON"));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://kiosk.local");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });

  const [scope, tenantId, kind, id, action] = url.pathname.split("/").filter(Boolean);
  if (scope !== "t") return send(res, 404, { error: "not found" });
  const tenant = tenants.get(tenantId);
  if (!tenant) return send(res, 404, { error: `no store ${tenantId}` });

  const kiosk = req.headers["x-kiosk"] ?? "unknown";
  if (!limiter.take(`${tenant.id}:${kiosk}`)) {
    tenant.counters.limited++;
    return send(res, 429, { error: "slow down" });
  }

  if (kind === "menu" && req.method === "GET") {
    const { name, currency, items } = tenant.menu;
    return send(res, 200, { name, currency, items });
  }
  if (kind === "baskets" && id && action === "quote") {
    if (req.method === "GET") {
      const quote = tenant.quotes.get(id);
      return quote ? send(res, 200, quote) : send(res, 404, { error: "no quote for that basket" });
    }
    if (req.method === "POST") {
      const body = await readJson(req);
      const requote = tenant.quotes.get(id) !== undefined;
      const quote = priceBasket(tenant, { ...body, basketId: id, kiosk });
      tenant.quotes.set(id, quote);
      if (requote) tenant.counters.requotes++;
      else tenant.counters.quotes++;
      return send(res, 200, quote);
    }
  }
  if (kind === "orders" && !id && req.method === "POST") {
    const body = await readJson(req);
    const quote = tenant.quotes.get(body.basketId);
    if (!quote) return send(res, 409, { error: "quote expired, price the basket again" });
    if (!body.payment?.ref) return send(res, 402, { error: "payment missing" });
    const number = sendToKitchen(tenant, quote, body.payment);
    tenant.counters.orders++;
    return send(res, 201, { number, total: quote.total, currency: quote.currency });
  }
  if (kind === "stats" && req.method === "GET") {
    return send(res, 200, {
      counters: tenant.counters,
      quotes: tenant.quotes.stats(),
      kitchen: { waiting: queue.length, showing: display.filter((t) => t.tenant === tenant.id) },
    });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (!(err instanceof PricingError)) console.error(err);
    send(res, err instanceof PricingError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1");
