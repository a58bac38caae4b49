"use strict";

const LRUMap = require("lru-map-lite");
const { HireError, addBooking, changes, classOf, freeUnits } = require("./fleet.cjs");

const QUOTE_VALID_MS = 250;
const DAY = 86_400_000;

const quotes = new Map();
// Week availability is asked for far more often than bookings change.
const weekCache = new LRUMap(64);

changes.on("changed", (classId) => {
  for (const key of [...weekCache.keys()]) if (key.startsWith(`${classId}|`)) weekCache.delete(key);
});

function parseDay(value, name) {
  const t = Date.parse(`${value}T00:00:00Z`);
  if (Number.isNaN(t)) throw new HireError(422, `${name} must be YYYY-MM-DD`);
  return t;
}

function createQuote(body) {
  const craneClass = classOf(body.craneClass);
  const from = parseDay(body.from, "from");
  const to = parseDay(body.to, "to");
  const days = Math.round((to - from) / DAY) + 1;
  if (days < 1 || days > 60) throw new HireError(422, "hire must be 1 to 60 days");
  if (freeUnits(body.craneClass, from, to).length === 0) {
    throw new HireError(409, "no crane of that class is available");
  }
  const operated = body.operated !== false;
  const quote = {
    id: String(body.ref),
    craneClass: body.craneClass,
    site: String(body.site ?? "").slice(0, 120),
    from,
    to,
    days,
    total: days * craneClass.dayRate + (operated ? days * 420 : 0) + (body.liftPlan ? 350 : 0),
    expiresAt: Date.now() + QUOTE_VALID_MS,
  };
  if (quotes.has(quote.id)) throw new HireError(409, "quote ref in use");
  quote.timer = setTimeout(() => quotes.delete(quote.id), QUOTE_VALID_MS);
  quotes.set(quote.id, quote);
  const { timer: _timer, ...view } = quote;
  return view;
}

function acceptQuote(id) {
  const quote = quotes.get(id);
  if (!quote) throw new HireError(410, "quote expired or unknown");
  clearTimeout(quote.timer);
  quotes.delete(id);
  const { timer: _timer, ...terms } = quote;
  return addBooking(terms);
}

// Days a unit needs to travel from the Leeds yard before it can lift on site.
const MOBILISATION_DAYS = { LS: 0, BD: 0, WF: 0, HX: 1, HD: 1, YO: 1 };

function weekAvailability(classId, week, postcode) {
  const craneClass = classOf(classId);
  const area = /^[A-Z]{1,2}/.exec(postcode.toUpperCase())?.[0] ?? "";
  const travel = MOBILISATION_DAYS[area] ?? 2;
  const key = `${classId}|${week}|${postcode}`;
  let days = weekCache.get(key);
  if (!days) {
    const m = /^(\d{4})-W(\d{1,2})$/.exec(week);
    if (!m) throw new HireError(422, "week must look like 2025-W23");
    const jan4 = Date.UTC(Number(m[1]), 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY +
      (Number(m[2]) - 1) * 7 * DAY;
    days = Array.from({ length: 7 }, (_, n) => {
      const day = monday + n * DAY;
      return {
        date: new Date(day).toISOString().slice(0, 10),
        free: freeUnits(classId, day - travel * DAY, day).length,
      };
    });
    weekCache.set(key, days);
  }
  return { craneClass: classId, model: craneClass.model, week, travelDays: travel, days };
}

module.exports = { acceptQuote, createQuote, weekAvailability };
