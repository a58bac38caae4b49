"use strict";
// Rolling page-view counters: per-minute buckets for the last hour, and per browser family,
// OS and device class (small fixed vocabularies).
const BUCKET_MS = 60_000;
const KEEP_BUCKETS = 60;

const buckets = [];
const byFamily = new Map();
const byOs = new Map();
const byDevice = new Map();
let bots = 0;
let total = 0;

function bump(map, key) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function record(event, agent) {
  total++;
  if (agent.bot) {
    bots++;
    return;
  }
  const minute = Math.floor(event.at / BUCKET_MS) * BUCKET_MS;
  let bucket = buckets[buckets.length - 1];
  if (!bucket || bucket.minute !== minute) {
    bucket = { minute, views: 0, conversions: 0 };
    buckets.push(bucket);
    if (buckets.length > KEEP_BUCKETS) buckets.shift();
  }
  if (event.type === "pageview") bucket.views++;
  else if (event.type === "conversion") bucket.conversions++;
  bump(byFamily, agent.family);
  bump(byOs, agent.os);
  bump(byDevice, agent.device);
}

function snapshot() {
  return {
    total,
    bots,
    lastHour: buckets.map((b) => ({ ...b, minute: new Date(b.minute).toISOString() })),
    families: Object.fromEntries(byFamily),
    systems: Object.fromEntries(byOs),
    devices: Object.fromEntries(byDevice),
  };
}

module.exports = { record, snapshot };
