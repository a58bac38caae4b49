"use strict";
// Parts orders for the wholesaler, sent in batches of 20 lines or every 100 ms.

const queue = [];
const totals = { batches: 0, lines: 0 };
const BATCH_LINES = 20;

function orderPart(ticketId, part, quantity) {
  queue.push({ ticketId, part, quantity, at: Date.now() });
  if (queue.length >= BATCH_LINES) sendBatch();
}

function sendBatch() {
  if (queue.length === 0) return;
  const batch = queue.splice(0, queue.length);
  totals.batches++;
  totals.lines += batch.length;
}

setInterval(sendBatch, 100).unref();

function partsStats() {
  return { waiting: queue.length, ...totals };
}

module.exports = { orderPart, partsStats };
