"use strict";
const { DeliveryMachine } = require("./machine.cjs");

/** Live deliveries by id. Finished ones stay a little while for the tracking page's last poll. */
const deliveries = new Map();
const TERMINAL_STATES = new Set(["delivered", "returned", "canceled"]);
const RETAIN_MS = 200;
const SWEEP_EVERY_MS = 100;

let swept = 0;

function create(input) {
  if (deliveries.has(input.id)) return null;
  const machine = new DeliveryMachine(input);
  deliveries.set(machine.id, machine);
  return machine;
}

function get(id) {
  return deliveries.get(id);
}

function sweep() {
  const cutoff = Date.now() - RETAIN_MS;
  for (const [id, delivery] of deliveries) {
    if (TERMINAL_STATES.has(delivery.state) && delivery.updatedAt < cutoff) {
      deliveries.delete(id);
      swept++;
    }
  }
}

setInterval(sweep, SWEEP_EVERY_MS).unref();

function stats() {
  const byState = {};
  for (const d of deliveries.values()) byState[d.state] = (byState[d.state] ?? 0) + 1;
  return { live: deliveries.size, swept, byState };
}

module.exports = { create, get, stats };
