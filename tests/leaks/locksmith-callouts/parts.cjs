"use strict";

/** Parts fitted on a job are re-ordered from the wholesaler; each line is acknowledged. */

const CATALOGUE = {
  "cylinder-30-30": { name: "Euro cylinder 30/30 SKG***", cents: 4950 },
  "cylinder-35-45": { name: "Euro cylinder 35/45 SKG***", cents: 5450 },
  "key-blank": { name: "Key blank, nickel", cents: 250 },
  "night-latch": { name: "Night latch, 60 mm", cents: 3900 },
};

/** Order lines sent to the wholesaler and not yet acknowledged, by line id. */
const awaitingAck = new Map();
let lineNumber = 0;
let acknowledged = 0;

function wholesaler(line) {
  return new Promise((resolve) => setTimeout(() => resolve({ line: line.id, ok: true }), 3));
}

function reorder(jobId, codes) {
  const lines = [];
  for (const code of codes) {
    const item = CATALOGUE[code];
    if (!item) continue;
    const line = { id: `PO-${++lineNumber}`, jobId, code, name: item.name, cents: item.cents };
    awaitingAck.set(line.id, line);
    wholesaler(line).then(() => {
      acknowledged++;
      awaitingAck.delete(line.id);
    });
    lines.push(line);
  }
  return lines;
}

function partsStatus() {
  return { awaitingAck: awaitingAck.size, acknowledged };
}

module.exports = { reorder, partsStatus, CATALOGUE };
