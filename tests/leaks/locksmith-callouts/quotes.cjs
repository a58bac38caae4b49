"use strict";

/** Price quotes shown on the website, valid for a moment (prices move with the time of day). */

const QUOTE_MS = 200;
const BASE = { lockout: 8900, "lock-change": 12500, "break-in-repair": 17500 };

const quotes = new Map();
let quoteNumber = 0;

function quote(kind, postcode, now) {
  const base = BASE[kind];
  if (!base) return undefined;
  const hour = new Date(now).getHours();
  const night = hour < 7 || hour >= 22;
  const q = {
    id: `Q${++quoteNumber}`,
    kind,
    postcode,
    cents: Math.round(base * (night ? 1.5 : 1)),
    expiresAt: now + QUOTE_MS,
  };
  quotes.set(q.id, q);
  return q;
}

function sweepQuotes(now) {
  for (const [id, q] of quotes) if (q.expiresAt <= now) quotes.delete(id);
}

setInterval(() => sweepQuotes(Date.now()), 100).unref();

module.exports = { quote };
