"use strict";

const http = require("node:http");
const tinyorm = require("./node_modules/tinyorm");
const { driver } = require("./db.cjs");
const { StoreSchema, OrderSchema } = require("./models.cjs");
const { warm, refresh, getStore, allStores } = require("./stores.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4730;

const orm = tinyorm.init({ driver, entities: [StoreSchema, OrderSchema] });

const SLOTS = { morning: "09:00–12:00", afternoon: "13:00–17:00", evening: "18:00–21:00" };
const STATUSES = new Set(["open", "in_progress", "out_for_delivery", "delivered", "cancelled"]);

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * One unit of work per request. The cached stores are attached to it, so `order.store`
 * resolves to the store we already have instead of a reference that would need a query.
 */
function requestContext() {
  const em = orm.fork();
  for (const store of allStores()) em.merge(store);
  return em;
}

function slipWithWindow(order) {
  const slip = order.toSlip();
  const tz = order.store?.timezone ?? "Europe/Amsterdam";
  const zone = new Intl.DateTimeFormat("en-GB", { timeZone: tz, timeZoneName: "short" })
    .formatToParts(new Date(`${order.deliverOn}T12:00:00Z`))
    .find((p) => p.type === "timeZoneName")?.value;
  slip.deliveryWindow = `${order.deliverOn} ${SLOTS[order.slot] ?? "any time"} ${zone ?? ""}`
    .trim();
  return slip;
}

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
    throw new HttpError(400, "body must be JSON");
  }
}

async function route(req, res, url) {
  const storeOrders = /^\/stores\/([\w-]+)\/orders$/.exec(url.pathname);
  if (storeOrders && req.method === "GET") {
    const store = getStore(storeOrders[1]);
    if (!store) throw new HttpError(404, "no such store");
    const status = url.searchParams.get("status") ?? "open";
    if (!STATUSES.has(status)) throw new HttpError(400, `unknown status ${status}`);
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 20) || 20, 100);
    const em = requestContext();
    const orders = await em.find("Order", { store: store.id, status }, {
      orderBy: { deliver_on: "asc" },
      limit,
    });
    return send(res, 200, { store: store.id, status, orders: orders.map(slipWithWindow) });
  }

  const storeRoute = /^\/stores\/([\w-]+)$/.exec(url.pathname);
  if (storeRoute && req.method === "GET") {
    const store = getStore(storeRoute[1]);
    if (!store) throw new HttpError(404, "no such store");
    const em = requestContext();
    return send(res, 200, {
      id: store.id,
      name: store.name,
      city: store.city,
      phone: store.phone,
      hours: store.openingHoursLabel,
      deliveryRadiusKm: store.deliveryRadiusKm,
      openOrders: await em.count("Order", { store: store.id, status: "open" }),
    });
  }

  const refreshRoute = /^\/admin\/stores\/([\w-]+)\/refresh$/.exec(url.pathname);
  if (refreshRoute && req.method === "POST") {
    const store = await refresh(refreshRoute[1]);
    if (!store) throw new HttpError(404, "no such store");
    return send(res, 200, { id: store.id, name: store.name });
  }

  const orderRoute = /^\/orders\/([\w-]+)$/.exec(url.pathname);
  if (orderRoute && (req.method === "GET" || req.method === "PATCH")) {
    const em = requestContext();
    const order = await em.findOne("Order", { id: orderRoute[1] });
    if (!order) throw new HttpError(404, "no such order");
    if (req.method === "PATCH") {
      const body = await readJson(req);
      if (body.cardMessage !== undefined) {
        const message = String(body.cardMessage).trim();
        if (message.length > 240) throw new HttpError(422, "card message is limited to 240 chars");
        order.cardMessage = message;
      }
      if (body.slot !== undefined) {
        if (!SLOTS[body.slot]) throw new HttpError(422, `unknown slot ${body.slot}`);
        order.slot = body.slot;
      }
      if (body.status !== undefined) {
        if (!STATUSES.has(body.status)) throw new HttpError(422, `unknown status ${body.status}`);
        order.status = body.status;
      }
      await em.flush();
    }
    return send(res, 200, slipWithWindow(order));
  }

  throw new HttpError(404, "not found");
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  try {
    await route(req, res, url);
  } catch (err) {
    if (err instanceof HttpError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

warm(orm).then((count) => {
  server.listen(port, "127.0.0.1", () => {
    console.log(`florist-orders on http://127.0.0.1:${port} (${count} stores)`);
  });
});
