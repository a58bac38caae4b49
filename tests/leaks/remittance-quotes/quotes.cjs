const memoizer = require("lru-memoizer");

// Mid-market rates per corridor (the treasury desk posts new ones through POST /rates).
const rates = new Map([
  ["EUR-PHP", 63.41],
  ["EUR-MAD", 10.87],
  ["GBP-INR", 107.9],
  ["USD-MXN", 17.06],
]);

// Fee tiers in cents, by amount sent.
const TIERS = [
  { upTo: 10_000, fixed: 299, pct: 0.009 },
  { upTo: 100_000, fixed: 399, pct: 0.006 },
  { upTo: Infinity, fixed: 499, pct: 0.004 },
];

function setRate(corridor, mid) {
  if (!rates.has(corridor)) return false;
  rates.set(corridor, mid);
  return true;
}

/**
 * Pricing a transfer asks the (slow) compliance engine for the corridor's margin, so quotes
 * are memoized: the 100 most recent (corridor, amount, rate) for a minute.
 */
const quote = memoizer({
  load(corridor, amountCents, mid, callback) {
    setImmediate(() => {
      const tier = TIERS.find((t) => amountCents <= t.upTo);
      const fee = Math.round(tier.fixed + amountCents * tier.pct);
      const margin = corridor.endsWith("INR") ? 0.011 : 0.008;
      const customerRate = Math.round(mid * (1 - margin) * 10_000) / 10_000;
      callback(null, {
        corridor,
        amountCents,
        feeCents: fee,
        customerRate,
        receives: Math.round((amountCents - fee) * customerRate) / 100,
        quotedAt: new Date().toISOString(),
      });
    });
  },
  hash: (corridor, amountCents, mid) => `${corridor}|${amountCents}|${mid}`,
  max: 100,
  ttl: 60_000,
});

/** Resolves with the quote for sending `amountCents` over `corridor` at today's rate. */
function quoteFor(corridor, amountCents) {
  const mid = rates.get(corridor);
  if (mid === undefined) return Promise.reject(new Error(`unknown corridor ${corridor}`));
  return new Promise((resolve, reject) => {
    quote(corridor, amountCents, mid, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

module.exports = { quoteFor, setRate, rates };
