"use strict";

const { parentPort } = require("node:worker_threads");

// Standard and reduced VAT/sales-tax rates by jurisdiction (basis points).
const JURISDICTIONS = {
  NL: { standard: 2100, reduced: 900, zero: 0 },
  DE: { standard: 1900, reduced: 700, zero: 0 },
  BE: { standard: 2100, reduced: 600, zero: 0 },
  FR: { standard: 2000, reduced: 550, zero: 0 },
  "US-CA": { standard: 725, reduced: 725, zero: 0 },
  "US-NY": { standard: 400, reduced: 400, zero: 0 },
  "US-WA": { standard: 650, reduced: 650, zero: 0 },
};

const CATEGORY_CLASS = {
  books: "reduced",
  food: "reduced",
  "gift-card": "zero",
  apparel: "standard",
  electronics: "standard",
};

class RuleError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

function jurisdictionOf(address) {
  if (address.country === "US") return `US-${address.region}`;
  return address.country;
}

function calculate(cart) {
  const key = jurisdictionOf(cart.shipTo ?? {});
  const rates = JURISDICTIONS[key];
  if (!rates) throw new RuleError("NO_NEXUS", `no tax registration for ${key}`);
  let taxCents = 0;
  const lines = cart.lines.map((line) => {
    const cls = CATEGORY_CLASS[line.category] ?? "standard";
    const net = line.unitCents * line.qty;
    const tax = Math.round((net * rates[cls]) / 10000);
    taxCents += tax;
    return { sku: line.sku, netCents: net, taxCents: tax, rateBp: rates[cls], class: cls };
  });
  return { jurisdiction: key, lines, taxCents, currency: cart.currency };
}

parentPort.on("message", ({ id, method, params }) => {
  try {
    if (method !== "calculate") throw new RuleError("UNKNOWN_METHOD", `unknown method ${method}`);
    parentPort.postMessage({ id, result: calculate(params) });
  } catch (err) {
    parentPort.postMessage({ id, error: { code: err.code ?? "INTERNAL", message: err.message } });
  }
});
