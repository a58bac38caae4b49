"use strict";

// Paper used per print run, reported to the supplier's replenishment API in batches: 20
// runs at a time, or whatever is waiting every 100 ms.
const BATCH_SIZE = 20;
const FLUSH_MS = 100;

let pending = [];
const supplier = { batches: 0, sheets: 0 };

function flush() {
  if (!pending.length) return;
  const batch = pending;
  pending = [];
  supplier.batches++;
  for (const run of batch) supplier.sheets += run.sheets;
}

setInterval(flush, FLUSH_MS).unref();

function reportUsage(orderId, stock, sheets) {
  pending.push({ orderId, stock, sheets, at: Date.now() });
  if (pending.length >= BATCH_SIZE) flush();
}

module.exports = { reportUsage, paperStats: () => ({ ...supplier, waiting: pending.length }) };
