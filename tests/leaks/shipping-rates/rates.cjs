"use strict";

const TinyCache = require("tiny-cache");
const { quoteCarriers, knownCountry } = require("./carriers.cjs");

// Carrier APIs are slow and rate limited; quotes are good for ten minutes.
const rateCache = new TinyCache({ max: 500, ttl: 10 * 60 * 1000 });

function ratesFor(from, to, grams) {
  if (!knownCountry(from) || !knownCountry(to)) return null;
  const key = `${from}>${to}:${grams}`;
  let quotes = rateCache.get(key);
  if (!quotes) {
    quotes = quoteCarriers(from, to, grams);
    rateCache.set(key, quotes);
  }
  return quotes;
}

function cacheStats() {
  return { ...rateCache.stats, size: rateCache.entries.size };
}

module.exports = { ratesFor, cacheStats };
