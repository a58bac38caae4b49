import http from "node:http";
import merge from "./node_modules/objmerge/index.js";
import { quote, RateError, validateShipping, zoneFor } from "./rates.mjs";
import { recentSaves, recordSave, shops } from "./shops.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4750;

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  if (!raw) return {};
  try {
    return JSON.parse(raw);
  } catch {
    throw new RateError(400, "body must be JSON");
  }
}

function shopOf(id) {
  const shop = shops.get(id);
  if (!shop) throw new RateError(404, "no such shop");
  return shop;
}

/** The settings page: one row per zone, as the merchant last saved it. */
function settingsView(shop) {
  const zones = new Map();
  for (const zone of shop.shipping.zones) zones.set(zone.id, zone);
  return {
    shop: shop.id,
    handlingDays: shop.shipping.handlingDays,
    freeShippingOverCents: shop.shipping.freeShippingOverCents,
    cutoffLocal: shop.shipping.cutoffLocal,
    zones: [...zones.values()].map((z) => ({
      id: z.id,
      name: z.name,
      countries: z.countries,
      carrier: z.carrier,
      tiers: z.tiers,
    })),
    history: recentSaves(shop.id),
  };
}

async function route(req, res, url) {
  const settingsRoute = /^\/shops\/([\w-]+)\/shipping$/.exec(url.pathname);
  if (settingsRoute && req.method === "GET") {
    return send(res, 200, settingsView(shopOf(settingsRoute[1])));
  }
  if (settingsRoute && (req.method === "PUT" || req.method === "PATCH" || req.method === "POST")) {
    const shop = shopOf(settingsRoute[1]);
    const form = validateShipping(await readJson(req));
    // Saving the form: fields the form leaves out keep their current value.
    merge(shop.shipping, form);
    recordSave(shop.id, String(req.headers["x-actor"] ?? "merchant"), {
      zones: (form.zones ?? []).map((z) => z.id),
      freeShippingOverCents: form.freeShippingOverCents,
    });
    return send(res, 200, settingsView(shop));
  }

  const rateRoute = /^\/shops\/([\w-]+)\/shipping\/rate$/.exec(url.pathname);
  if (rateRoute && req.method === "GET") {
    const shop = shopOf(rateRoute[1]);
    const country = (url.searchParams.get("country") ?? "").toUpperCase();
    const grams = Number(url.searchParams.get("grams") ?? 1000);
    const cartCents = Number(url.searchParams.get("cartCents") ?? 0);
    return send(res, 200, quote(shop, { country, grams, cartCents }));
  }

  const optionsRoute = /^\/shops\/([\w-]+)\/checkout-options$/.exec(url.pathname);
  if (optionsRoute && req.method === "GET") {
    const shop = shopOf(optionsRoute[1]);
    const country = (url.searchParams.get("country") ?? "").toUpperCase();
    const zone = zoneFor(shop.shipping, country);
    return send(res, 200, {
      shipsTo: Boolean(zone),
      carrier: zone?.carrier ?? null,
      cutoff: shop.shipping.cutoffLocal,
      freeShippingOverCents: shop.shipping.freeShippingOverCents,
    });
  }

  throw new RateError(404, "not found");
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  try {
    await route(req, res, url);
  } catch (err) {
    if (err instanceof RateError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`shipping-zones on http://127.0.0.1:${port}`);
});
