"use strict";

// Tracking lookups at the carriers' APIs (simulated), with the last answers kept in an LRU so
// a customer refreshing the tracking page does not cost a carrier call.
const config = require("./config.cjs");

const cache = new Map();
const calls = { carrier: 0, cached: 0 };
const STEPS = ["announced", "received", "sorted", "out_for_delivery", "delivered"];

async function askCarrier(carrier, barcode) {
  calls.carrier++;
  await new Promise((resolve) => setTimeout(resolve, 2));
  const step = barcode.length % STEPS.length;
  return {
    carrier,
    barcode,
    status: STEPS[step],
    events: STEPS.slice(0, step + 1).map((s, n) => ({ status: s, hub: `hub-${n + 1}` })),
    fetchedAt: Date.now(),
  };
}

async function track(carrier, barcode) {
  const key = `${carrier}:${barcode}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.fetchedAt < 30_000) {
    calls.cached++;
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const result = await askCarrier(carrier, barcode);
  cache.delete(key);
  cache.set(key, result);
  if (cache.size > config.trackingCacheSize) cache.delete(cache.keys().next().value);
  return result;
}

// Status pushes from carriers become customer notifications, sent in batches.
let batch = [];
let timer;
let notified = 0;

function flush() {
  clearTimeout(timer);
  timer = undefined;
  notified += batch.length;
  batch = [];
}

function notify(update) {
  batch.push(update);
  if (batch.length >= config.notifyBatchSize) flush();
  else timer ??= setTimeout(flush, 150);
}

module.exports = {
  track,
  notify,
  carrierStats: () => ({ ...calls, entries: cache.size, notified, waiting: batch.length }),
};
