"use strict";

const { Writable } = require("node:stream");

// The cast log: every mould poured goes to the quality system in batches every 200 ms.

let batch = [];
const shipped = { batches: 0, records: 0 };

setInterval(() => {
  if (batch.length === 0) return;
  shipped.batches++;
  shipped.records += batch.length;
  batch = [];
}, 200);

/** A writer for one pour's records (each pour gets its own; they all feed the same batch). */
function castLogWriter() {
  return new Writable({
    objectMode: true,
    write(record, _encoding, callback) {
      batch.push(record);
      callback();
    },
  });
}

function castLogStats() {
  return { ...shipped, waiting: batch.length };
}

module.exports = { castLogStats, castLogWriter };
