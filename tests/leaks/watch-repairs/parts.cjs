"use strict";

const { EventEmitter } = require("node:events");

/** Parts deliveries from the suppliers; repairs waiting for a part listen for it. */
const deliveries = new EventEmitter();
deliveries.setMaxListeners(200);

const stock = new Map([
  ["crown", 4],
  ["gasket", 10],
  ["mainspring", 2],
  ["crystal-sapphire", 3],
  ["battery-sr626sw", 40],
]);

function inStock(part) {
  return (stock.get(part) ?? 0) > 0;
}

function take(part) {
  stock.set(part, (stock.get(part) ?? 0) - 1);
}

/** Calls `onArrival` when `part` comes in; returns how to stop waiting. */
function waitFor(part, onArrival) {
  const listener = (delivery) => {
    if (delivery.part === part) onArrival(delivery);
  };
  deliveries.on("delivery", listener);
  return () => deliveries.off("delivery", listener);
}

function receive(part, qty, supplier) {
  stock.set(part, (stock.get(part) ?? 0) + qty);
  deliveries.emit("delivery", { part, qty, supplier, at: new Date().toISOString() });
}

module.exports = { inStock, take, waitFor, receive };
