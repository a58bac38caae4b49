"use strict";

const http = require("node:http");
const fx = require("./fx.cjs");
const { PriceError, priceCart, priceList } = require("./pricing.cjs");
const { shippingQuote } = require("./shipping.cjs");
const { findTenant, tenantIds } = require("./tenants.cjs");

const portArg = process.argv.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4171;

const ADMIN_TOKEN = "treasury-dev-token";
const PRICES = /^\/t\/([a-z-]{2,32})\/prices$/;
const QUOTE = /^\/t\/([a-z-]{2,32})\/cart\/quote$/;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) {
    raw += chunk;
    if (raw.length > 64 * 1024) throw new PriceError(413, "body too large");
  }
  try {
    return JSON.parse(raw || "{}");
  } catch {
    throw new PriceError(400, "invalid JSON");
  }
}

function tenantOf(id) {
  const tenant = findTenant(id);
  if (!tenant) throw new PriceError(404, `no storefront ${id}`);
  return tenant;
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true, storefronts: tenantIds });
  if (req.method === "GET" && url.pathname === "/fx") return send(res, 200, fx.fxStatus());
  if (req.method === "POST" && url.pathname === "/admin/fx") {
    if (req.headers.authorization !== `Bearer ${ADMIN_TOKEN}`) {
      throw new PriceError(401, "treasury token required");
    }
    const body = await readJson(req);
    return send(res, 200, { rates: fx.publish(body.rates ?? {}, "manual") });
  }
  let m;
  if (req.method === "GET" && (m = PRICES.exec(url.pathname))) {
    const tenant = tenantOf(m[1]);
    const skus = (url.searchParams.get("skus") ?? "").split(",").filter(Boolean).slice(0, 50);
    if (skus.length === 0) throw new PriceError(422, "skus= is required");
    return send(res, 200, {
      storefront: tenant.id,
      currency: tenant.currency,
      prices: priceList(tenant, skus),
    });
  }
  if (req.method === "POST" && (m = QUOTE.exec(url.pathname))) {
    const tenant = tenantOf(m[1]);
    const body = await readJson(req);
    const cart = priceCart(tenant, body.lines);
    const shipping = shippingQuote(tenant, cart, body.shipTo);
    return send(res, 200, {
      storefront: tenant.id,
      reference: body.reference ?? null,
      ...cart,
      shipping,
      totalCents: cart.subtotal + shipping.cents,
    });
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://prices.local");
  try {
    await route(req, res, url);
  } catch (err) {
    if (err instanceof PriceError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`tenant prices on 127.0.0.1:${port}`));
