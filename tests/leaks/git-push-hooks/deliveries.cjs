"use strict";

const { nowSeconds } = require("./clock.cjs");

/**
 * The git host retries a delivery it got no answer to, with the same delivery id, within a
 * second. Deliveries seen in that window are remembered so a retry does not start a second
 * pipeline; the sweep forgets the older ones.
 */
const REDELIVERY_WINDOW_S = 1;
const deliveries = new Map();

function seen(deliveryId) {
  return deliveries.has(deliveryId);
}

function remember(deliveryId, event, summary) {
  deliveries.set(deliveryId, {
    event,
    repo: summary.repo,
    ref: summary.ref,
    after: summary.after,
    sender: summary.sender,
    title: summary.title,
    receivedAt: Date.now(),
  });
}

function sweep() {
  const now = nowSeconds();
  for (const [id, d] of deliveries) {
    if (now - d.receivedAt > REDELIVERY_WINDOW_S) deliveries.delete(id);
  }
}

setInterval(sweep, 250).unref();

function count() {
  return deliveries.size;
}

module.exports = { seen, remember, count };
