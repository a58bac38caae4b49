"use strict";

// Rate quotes for the checkout. The cart page and the shipping step often ask for the same
// quote at the same moment; identical requests in flight share one round of carrier calls.

const { fetchRates } = require("./carriers.cjs");

const inflightQuotes = new Map();
const stats = { requested: 0, shared: 0, carrierRounds: 0, failed: 0 };

function quote(shipment) {
  stats.requested++;
  const pending = inflightQuotes.get(shipment.key);
  if (pending) {
    stats.shared++;
    return pending;
  }
  stats.carrierRounds++;
  const request = fetchRates(shipment)
    .catch((err) => {
      stats.failed++;
      throw err;
    })
    .finally(() => {
      inflightQuotes.delete(shipment.key);
    });
  inflightQuotes.set(shipment.key, request);
  return request;
}

function quoteStats() {
  return { ...stats, inFlight: inflightQuotes.size };
}

module.exports = { quote, quoteStats };
