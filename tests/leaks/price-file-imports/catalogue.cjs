"use strict";

const { Writable } = require("node:stream");

// Current buying prices, one per SKU (the last file wins).
const prices = new Map();
let written = 0;

/**
 * One writer for the catalogue, shared by every import: rows from concurrent uploads land in
 * the order they are parsed.
 */
const priceSink = new Writable({
  objectMode: true,
  highWaterMark: 64,
  write(row, _enc, callback) {
    const previous = prices.get(row.sku);
    prices.set(row.sku, {
      sku: row.sku,
      supplier: row.supplier,
      description: row.description,
      unitPence: row.unitPence,
      packSize: row.packSize,
      changedPence: previous ? row.unitPence - previous.unitPence : 0,
    });
    written++;
    callback();
  },
});
// every upload pipes into it
priceSink.setMaxListeners(0);

function priceOf(sku) {
  return prices.get(sku);
}

function catalogueStats() {
  return { skus: prices.size, written };
}

module.exports = { priceSink, priceOf, catalogueStats };
