"use strict";
// Customer lookups against the shop's CRM (simulated), cached in a small LRU.

const MAX_CACHED = 50;
const cached = new Map();
let crmCalls = 0;

function fetchFromCrm(id) {
  crmCalls++;
  return new Promise((resolve) => {
    setImmediate(() =>
      resolve({
        id,
        name: `Customer ${id.slice(2)}`,
        phone: `+31 6 ${String(id.length * 1234567).padStart(8, "0")}`,
        loyaltyTier: id.length % 2 ? "silver" : "bronze",
      })
    );
  });
}

async function lookupCustomer(id) {
  const hit = cached.get(id);
  if (hit) {
    cached.delete(id);
    cached.set(id, hit);
    return hit;
  }
  const customer = await fetchFromCrm(id);
  cached.set(id, customer);
  while (cached.size > MAX_CACHED) cached.delete(cached.keys().next().value);
  return customer;
}

function customerStats() {
  return { cached: cached.size, crmCalls };
}

module.exports = { lookupCustomer, customerStats };
