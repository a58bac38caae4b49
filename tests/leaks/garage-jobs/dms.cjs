"use strict";

// The dealer management system's parts database, as the workshop app sees it through its SQL
// sessions (an in-memory copy in the test environment).

const PARTS = new Map([
  ["BRK-PAD-210", {
    sku: "BRK-PAD-210",
    name: "Brake pads front (set)",
    priceCents: 6450,
    onHand: 14,
  }],
  ["BRK-DSC-211", { sku: "BRK-DSC-211", name: "Brake disc front", priceCents: 7900, onHand: 6 }],
  ["OIL-5W30-5L", {
    sku: "OIL-5W30-5L",
    name: "Engine oil 5W-30, 5 l",
    priceCents: 4295,
    onHand: 40,
  }],
  ["FLT-OIL-034", { sku: "FLT-OIL-034", name: "Oil filter", priceCents: 1150, onHand: 25 }],
  ["FLT-AIR-118", { sku: "FLT-AIR-118", name: "Air filter", priceCents: 1890, onHand: 9 }],
  ["WPR-600-SET", {
    sku: "WPR-600-SET",
    name: "Wiper blades 600/400",
    priceCents: 2995,
    onHand: 11,
  }],
]);

const LABOUR = new Map([
  ["apk", { code: "apk", name: "APK inspection", minutes: 45, parts: [] }],
  ["service", {
    code: "service",
    name: "Minor service",
    minutes: 60,
    parts: ["OIL-5W30-5L", "FLT-OIL-034", "FLT-AIR-118"],
  }],
  ["brakes", {
    code: "brakes",
    name: "Front brakes",
    minutes: 90,
    parts: ["BRK-PAD-210", "BRK-DSC-211"],
  }],
  ["wipers", { code: "wipers", name: "Replace wipers", minutes: 10, parts: ["WPR-600-SET"] }],
]);

class DatabaseError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

let nextSession = 1;

class DmsConnection {
  constructor() {
    this.id = nextSession++;
    this.statements = new Map();
    this.closed = false;
  }

  query(name, params) {
    if (this.closed) return Promise.reject(new DatabaseError("connection is closed", "08003"));
    this.statements.set(name, (this.statements.get(name) ?? 0) + 1);
    return new Promise((resolve, reject) => {
      setImmediate(() => {
        try {
          resolve(run(name, params));
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

function run(name, params) {
  switch (name) {
    case "parts_by_sku":
      return params[0].map((sku) => PARTS.get(sku) ?? null);
    case "labour_by_code":
      return params[0].map((code) => LABOUR.get(code) ?? null);
    case "check_stock": {
      const [sku, qty] = params;
      const part = PARTS.get(sku);
      if (!part) throw new DatabaseError(`part ${sku} does not exist`, "23503");
      if (qty > part.onHand) {
        throw new DatabaseError(
          `insufficient stock for ${sku}: ${part.onHand} on hand, ${qty} requested`,
          "P0001",
        );
      }
      return [{ sku, onHand: part.onHand }];
    }
    default:
      throw new DatabaseError(`unknown statement ${name}`, "26000");
  }
}

function connect() {
  return new Promise((resolve) => setTimeout(() => resolve(new DmsConnection()), 2));
}

module.exports = { connect, DatabaseError };
