"use strict";

// Client for the channel manager that owns rates and availability for every listing. Its API
// is slow (a few hundred ms at peak), which is why the calendar is cached in front of it. In
// this build the API is simulated from the listing id.

const CURRENCY = "EUR";

function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function* nightsBetween(from, to) {
  const d = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  while (d < end) {
    yield d.toISOString().slice(0, 10);
    d.setUTCDate(d.getUTCDate() + 1);
  }
}

class UpstreamError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function fetchCalendar(propertyId, from, to) {
  await new Promise((resolve) => setTimeout(resolve, 4));
  if (propertyId.startsWith("x-")) throw new UpstreamError(404, `unknown listing ${propertyId}`);
  const seed = hash(propertyId);
  const base = 9000 + (seed % 16000);
  const nights = new Map();
  for (const date of nightsBetween(from, to)) {
    const day = new Date(`${date}T00:00:00Z`).getUTCDay();
    const weekend = day === 5 || day === 6;
    nights.set(date, {
      date,
      priceCents: Math.round(base * (weekend ? 1.25 : 1)),
      minStay: weekend ? 2 : 1,
      available: hash(propertyId + date) % 29 !== 0,
      closedToArrival: day === 0,
    });
  }
  return { propertyId, from, to, currency: CURRENCY, nights, fetchedAt: new Date().toISOString() };
}

module.exports = { UpstreamError, fetchCalendar, nightsBetween };
