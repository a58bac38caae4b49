import { insertRows } from "./warehouse.mjs";

// Rows are sent to the warehouse in batches: one insert per FLUSH_MS instead of one per event.
const FLUSH_MS = 2000;
let batch = Buffer.alloc(0);
let flushing = false;
let failures = 0;

export function enqueue(rows) {
  const lines = Buffer.from(rows.map((row) => JSON.stringify(row)).join("\n") + "\n");
  batch = Buffer.concat([batch, lines]);
}

async function flush() {
  if (flushing || batch.length === 0) return;
  flushing = true;
  const sending = batch;
  try {
    await insertRows(sending);
    // Keep only what arrived while the insert was in flight.
    batch = Buffer.from(batch.subarray(sending.length));
  } catch (err) {
    // Keep the rows: they go out with the next flush, so no telemetry is lost while the
    // warehouse restarts.
    failures++;
    if (failures % 10 === 1) console.warn(`telemetry flush failed (${failures}×): ${err.message}`);
  } finally {
    flushing = false;
  }
}

export function pendingBytes() {
  return batch.length;
}

setInterval(flush, FLUSH_MS).unref();
