"use strict";

// Buffers tracked events and ships them to the warehouse in batches, every 250 ms or when a
// batch is full. The ingest module pushes straight onto `pending` (no copy per event).

const FLUSH_EVERY_MS = 250;
const MAX_BATCH = 500;
const RECENT_BATCHES = 20;

let pending = [];
const stats = { shipped: 0, batches: 0, failedBatches: 0, lastFlushAt: null };
const recentBatches = [];

class WarehouseError extends Error {}

// Stand-in for the warehouse's bulk insert: it checks the rows as the real endpoint does.
async function insertRows(table, rows) {
  let bytes = 0;
  for (const row of rows) {
    if (!row.event || !row.anonymousId) throw new WarehouseError(`bad row in ${table}`);
    bytes += JSON.stringify(row).length;
  }
  await null;
  return { table, rows: rows.length, bytes };
}

async function flush() {
  if (pending.length === 0) return;
  const batch = pending;
  pending = [];
  try {
    for (let start = 0; start < batch.length; start += MAX_BATCH) {
      const result = await insertRows("events", batch.slice(start, start + MAX_BATCH));
      stats.shipped += result.rows;
      stats.batches++;
      recentBatches.push({ rows: result.rows, bytes: result.bytes, at: Date.now() });
      if (recentBatches.length > RECENT_BATCHES) recentBatches.shift();
    }
    stats.lastFlushAt = new Date().toISOString();
  } catch (err) {
    stats.failedBatches++;
    console.error("warehouse insert failed:", err.message);
  }
}

const timer = setInterval(() => {
  flush().catch((err) => console.error("flush:", err));
}, FLUSH_EVERY_MS);
timer.unref();

function flushIfFull() {
  if (pending.length >= MAX_BATCH) flush().catch((err) => console.error("flush:", err));
}

module.exports = { pending, stats, recentBatches, flush, flushIfFull, MAX_BATCH };
