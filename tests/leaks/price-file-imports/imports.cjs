"use strict";

const { CsvRows } = require("./csv.cjs");
const { priceSink } = require("./catalogue.cjs");

class ImportError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const recent = [];
const KEEP_RECENT = 20;

function remember(entry) {
  recent.unshift(entry);
  if (recent.length > KEEP_RECENT) recent.length = KEEP_RECENT;
}

function importPriceFile(supplier, req) {
  return new Promise((resolve, reject) => {
    const rows = new CsvRows({
      supplier,
      columns: ["sku", "description", "unitPence", "packSize"],
      numeric: ["unitPence", "packSize"],
    });
    const started = Date.now();

    req.pipe(rows);
    // the catalogue writer is shared, so it must stay open after this file
    rows.pipe(priceSink, { end: false });

    rows.on("end", () => {
      const result = { supplier, rows: rows.accepted, ms: Date.now() - started, ok: true };
      remember(result);
      resolve(result);
    });
    rows.on("error", (err) => {
      req.unpipe(rows);
      req.resume();
      remember({ supplier, rows: 0, ms: Date.now() - started, ok: false, error: err.message });
      reject(new ImportError(422, err.message));
    });
  });
}

function recentImports() {
  return recent;
}

module.exports = { ImportError, importPriceFile, recentImports };
