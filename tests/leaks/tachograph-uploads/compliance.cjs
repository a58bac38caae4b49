"use strict";

const { PassThrough, Writable } = require("node:stream");

/** Records on their way to the compliance platform (the transport manager's portal). */
const infringements = new PassThrough({ objectMode: true, highWaterMark: 32 });

const delivered = { count: 0, last: null };

/**
 * Stand-in for the platform's bulk endpoint: it insists on a registration for every record,
 * so a breach it cannot attribute to a vehicle is refused.
 */
const platform = new Writable({
  objectMode: true,
  write(record, _encoding, callback) {
    if (!record.vrn) {
      callback(new Error(`platform refused ${record.id}: vehicle registration required`));
      return;
    }
    delivered.count++;
    delivered.last = record.id;
    setImmediate(callback);
  },
});

platform.on("error", (err) => console.warn(`compliance export: ${err.message}`));
infringements.pipe(platform);

let sequence = 0;

function report(day, infringement) {
  const record = {
    id: `INF-${++sequence}`,
    card: day.card,
    driver: day.driver,
    depot: day.depot,
    day: day.day,
    ...infringement,
    detectedAt: new Date().toISOString(),
  };
  infringements.write(record);
  return record.id;
}

function exportStatus() {
  return { delivered: delivered.count, lastDelivered: delivered.last, sequence };
}

module.exports = { exportStatus, report };
