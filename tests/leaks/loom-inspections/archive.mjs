import { Writable } from "node:stream";

// The QC archive: every defect found on the inspection frames goes to the mill's quality data
// lake, for the weavers' defect maps and the customers' claims. Records are shipped in
// batches every 200 ms.

const SHIP_EVERY_MS = 200;

const shipped = { batches: 0, records: 0, lastBatchAt: null };
const recentIds = [];
let batch = [];

function ship() {
  if (batch.length === 0) return;
  const records = batch;
  batch = [];
  shipped.batches++;
  shipped.records += records.length;
  shipped.lastBatchAt = new Date().toISOString();
  for (const record of records) recentIds.push(record.id);
  if (recentIds.length > 20) recentIds.splice(0, recentIds.length - 20);
}

/** One writer for the life of the process: each inspection's records are appended to it. */
export const qcArchive = new Writable({
  objectMode: true,
  highWaterMark: 64,
  write(record, _encoding, callback) {
    batch.push(record);
    callback();
  },
  final(callback) {
    ship();
    callback();
  },
});
// Many inspection frames write to it at once.
qcArchive.setMaxListeners(0);

setInterval(ship, SHIP_EVERY_MS);

export function archiveStats() {
  return { ...shipped, waiting: batch.length, recent: recentIds.slice(-5) };
}
