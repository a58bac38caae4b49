"use strict";

const http = require("node:http");
const { fetchCalendar, UpstreamError } = require("./channel-manager.cjs");
const { memoizeAsync } = require("./memo.cjs");
const { SizedCache } = require("./sized-cache.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4630;

const CLEANING_FEE_CENTS = 6500;
const TOURIST_TAX_CENTS_PER_GUEST_NIGHT = 310;

const calendar = memoizeAsync(fetchCalendar, {
  cache: new SizedCache({ maxBytes: 4 * 1024 * 1024 }),
  key: (propertyId, from, to) => `${propertyId}|${from}|${to}`,
});

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

function validRange(from, to) {
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  if (!iso.test(from ?? "") || !iso.test(to ?? "") || from >= to) return false;
  const nights = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  return nights >= 1 && nights <= 60;
}

function quote(cal, guests) {
  const nights = [...cal.nights.values()];
  const unavailable = nights.filter((n) => !n.available).map((n) => n.date);
  if (unavailable.length) return { bookable: false, unavailable };
  if (nights[0].closedToArrival) return { bookable: false, reason: "no arrivals on this day" };
  const minStay = Math.max(...nights.map((n) => n.minStay));
  if (nights.length < minStay) return { bookable: false, reason: `minimum stay ${minStay}` };
  const rentCents = nights.reduce((sum, n) => sum + n.priceCents, 0);
  const taxCents = TOURIST_TAX_CENTS_PER_GUEST_NIGHT * guests * nights.length;
  return {
    bookable: true,
    currency: cal.currency,
    nights: nights.length,
    rentCents,
    cleaningCents: CLEANING_FEE_CENTS,
    taxCents,
    totalCents: rentCents + CLEANING_FEE_CENTS + taxCents,
  };
}

async function route(req, res, url) {
  const m = /^\/properties\/([\w-]+)\/(availability|quote)$/.exec(url.pathname);
  if (m && req.method === "GET") {
    const [, propertyId, view] = m;
    const from = url.searchParams.get("from");
    const to = url.searchParams.get("to");
    if (!validRange(from, to)) return send(res, 400, { error: "from/to: 1 to 60 nights" });
    const cal = await calendar(propertyId, from, to);
    if (view === "availability") {
      return send(res, 200, {
        propertyId,
        currency: cal.currency,
        nights: [...cal.nights.values()],
        fetchedAt: cal.fetchedAt,
      });
    }
    const guests = Math.min(12, Math.max(1, Number(url.searchParams.get("guests")) || 2));
    return send(res, 200, { propertyId, from, to, guests, ...quote(cal, guests) });
  }

  // The channel manager calls this when a booking or a rate change touches a listing.
  if (url.pathname === "/webhooks/channel-manager" && req.method === "POST") {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    let body;
    try {
      body = JSON.parse(raw);
    } catch {
      return send(res, 400, { error: "body must be JSON" });
    }
    const id = String(body.propertyId ?? "");
    const dropped = calendar.cache.deleteWhere((key) => key.startsWith(`${id}|`));
    return send(res, 200, { propertyId: id, dropped });
  }

  if (url.pathname === "/cache/stats" && req.method === "GET") {
    return send(res, 200, { ...calendar.cache.stats(), ...calendar.stats });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => {
    if (err instanceof UpstreamError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`holiday-rentals on http://127.0.0.1:${port}`));
