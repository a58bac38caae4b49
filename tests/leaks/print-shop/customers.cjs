"use strict";

// Customer profiles from the CRM, the 40 most recently used kept in memory.
const MAX = 40;
const cache = new Map();
let lookups = 0;

async function lookupCustomer(id) {
  const hit = cache.get(id);
  if (hit) {
    cache.delete(id);
    cache.set(id, hit);
    return hit;
  }
  lookups++;
  await new Promise((resolve) => setImmediate(resolve));
  const profile = { id, name: `Customer ${id}`, invoiceByEmail: id.length % 2 === 0, since: 2019 };
  cache.set(id, profile);
  if (cache.size > MAX) cache.delete(cache.keys().next().value);
  return profile;
}

module.exports = { lookupCustomer, customerStats: () => ({ cached: cache.size, lookups }) };
