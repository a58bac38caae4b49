"use strict";

const { registerHealthCheck } = require("./health.cjs");

// The VAT rate service, connected on first use.
let vatService = null;

function createVatService() {
  const rates = { NL: { standard: 0.21, reduced: 0.09 }, BE: { standard: 0.21, reduced: 0.06 } };
  return {
    connectedAt: new Date().toISOString(),
    rate(country, kind = "standard") {
      const table = rates[country];
      if (!table) throw new Error(`no VAT table for ${country}`);
      return table[kind];
    },
    ping: () => Promise.resolve(true),
  };
}

function getVatService() {
  if (!vatService) {
    vatService = createVatService();
    registerHealthCheck("vat", () => vatService.ping());
  }
  return vatService;
}

module.exports = { getVatService };
