"use strict";

// The warehouse management database: bins, their stock per SKU, and moves between bins. The
// production service talks to the WMS's SQL server; this session object speaks the same small
// protocol against the in-memory copy the integration environment runs on.

const bins = new Map();

function seed() {
  const layout = [
    ["A-01-01", { "PAL-4410": 40, "CRT-0921": 12 }],
    ["A-01-02", { "PAL-4410": 25 }],
    ["A-01-03", { "PAL-4410": 500, "BOX-7730": 80 }],
    ["B-02-01", { "PAL-4410": 500, "CRT-0921": 60 }],
    ["B-02-02", { "BOX-7730": 140 }],
    ["C-07-11", {}],
  ];
  for (const [code, stock] of layout) {
    bins.set(code, { code, zone: code.slice(0, 1), stock: new Map(Object.entries(stock)) });
  }
}
seed();

class DatabaseError extends Error {
  constructor(message, code, detail) {
    super(message);
    this.code = code;
    this.detail = detail;
  }
}

let nextSessionId = 1;

class WmsConnection {
  constructor() {
    this.id = nextSessionId++;
    this.openedAt = new Date().toISOString();
    this.statements = new Map();
    this.inTransaction = false;
    this.lastQuery = null;
    this.closed = false;
    // Result rows are staged in a buffer the size of the wire protocol's fetch size.
    this.fetchBuffer = Buffer.alloc(8 * 1024);
  }

  prepare(name, text) {
    let statement = this.statements.get(name);
    if (!statement) {
      statement = { name, text, preparedAt: Date.now(), executions: 0 };
      this.statements.set(name, statement);
    }
    statement.executions++;
    this.lastQuery = { name, at: Date.now() };
    return statement;
  }

  query(name, text, params) {
    if (this.closed) return Promise.reject(new DatabaseError("connection is closed", "08003"));
    this.prepare(name, text);
    return new Promise((resolve, reject) => {
      setImmediate(() => {
        try {
          resolve(execute(name, params));
        } catch (err) {
          reject(err);
        }
      });
    });
  }

  close() {
    this.closed = true;
    this.statements.clear();
    return Promise.resolve();
  }
}

function binOrFail(code) {
  const bin = bins.get(code);
  if (!bin) throw new DatabaseError(`bin ${code} does not exist`, "23503", `bin=${code}`);
  return bin;
}

function execute(name, params) {
  switch (name) {
    case "bin_contents": {
      const bin = binOrFail(params[0]);
      return [...bin.stock].map(([sku, qty]) => ({ bin: bin.code, sku, qty }));
    }
    case "sku_locations": {
      const rows = [];
      for (const bin of bins.values()) {
        const qty = bin.stock.get(params[0]);
        if (qty) rows.push({ bin: bin.code, zone: bin.zone, qty });
      }
      return rows;
    }
    case "move_stock": {
      const [sku, from, to, qty] = params;
      const source = binOrFail(from);
      const target = binOrFail(to);
      const onHand = source.stock.get(sku) ?? 0;
      if (onHand - qty < 0) {
        throw new DatabaseError(
          'new row for relation "bin_stock" violates check constraint "bin_stock_qty_check"',
          "23514",
          `Failing row contains (${from}, ${sku}, ${onHand - qty}).`,
        );
      }
      source.stock.set(sku, onHand - qty);
      target.stock.set(sku, (target.stock.get(sku) ?? 0) + qty);
      return [{ sku, from, to, qty, fromQty: onHand - qty, toQty: target.stock.get(sku) }];
    }
    default:
      throw new DatabaseError(`prepared statement "${name}" does not exist`, "26000");
  }
}

function connect() {
  return new Promise((resolve) => setTimeout(() => resolve(new WmsConnection()), 2));
}

module.exports = { connect, DatabaseError };
