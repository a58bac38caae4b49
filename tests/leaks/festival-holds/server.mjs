import http from "node:http";
import { randomUUID } from "node:crypto";
import { HoldBook } from "./holds.mjs";
import { DAYS, HOUSE_HOLDS } from "./days.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4977;

const HOLD_MS = 1_500; // how long a basket keeps its tickets (ten minutes in the shop's settings)
const holds = new HoldBook();
const sales = { orders: 0, tickets: 0, revenueCents: 0 };

for (const h of HOUSE_HOLDS) {
  const now = Date.now();
  holds.place({
    id: randomUUID(),
    day: h.day,
    quantity: h.quantity,
    customer: { name: h.name, email: "tickets@festival.example" },
    createdAt: now,
    expiresAt: now + h.ttlMs,
  });
}
setInterval(() => holds.sweep(), 200).unref();

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res, url) {
  if (url.pathname === "/holds" && req.method === "POST") {
    const b = await readJson(req);
    const day = DAYS.get(b.day);
    const quantity = Math.trunc(Number(b.quantity));
    if (!day || !(quantity >= 1 && quantity <= 6)) {
      return send(res, 422, { error: "day, quantity 1-6" });
    }
    if (!/^[\w-]{6,64}$/.test(String(b.basket))) return send(res, 422, { error: "basket id" });
    if (day.sold + holds.heldFor(b.day) + quantity > day.capacity) {
      return send(res, 409, { error: "sold out" });
    }
    const now = Date.now();
    const hold = {
      id: b.basket,
      day: b.day,
      quantity,
      customer: {
        name: String(b.name ?? "").slice(0, 80),
        email: String(b.email ?? "").slice(0, 120),
      },
      createdAt: now,
      expiresAt: now + HOLD_MS,
    };
    holds.place(hold);
    return send(res, 201, { hold: hold.id, expiresAt: new Date(hold.expiresAt).toISOString() });
  }
  const pay = /^\/baskets\/([\w-]{6,64})\/pay$/.exec(url.pathname);
  if (pay && req.method === "POST") {
    const hold = holds.take(pay[1]);
    if (!hold) return send(res, 410, { error: "hold expired" });
    const day = DAYS.get(hold.day);
    day.sold += hold.quantity;
    sales.orders++;
    sales.tickets += hold.quantity;
    sales.revenueCents += day.priceCents * hold.quantity;
    return send(res, 200, { paid: day.priceCents * hold.quantity, tickets: hold.quantity });
  }
  if (url.pathname === "/availability") {
    const days = [...DAYS].map(([id, d]) => ({
      id,
      label: d.label,
      left: d.capacity - d.sold - holds.heldFor(id),
    }));
    return send(res, 200, { days });
  }
  if (url.pathname === "/stats") {
    return send(res, 200, { holds: holds.size, expired: holds.expired, sales });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => send(res, 400, { error: String(err.message) }));
}).listen(port, "127.0.0.1", () => console.log(`festival-holds on 127.0.0.1:${port}`));
