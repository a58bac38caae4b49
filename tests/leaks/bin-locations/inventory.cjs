"use strict";

const { withConnection } = require("./db.cjs");
const { DatabaseError } = require("./wms.cjs");

class InventoryError extends Error {
  constructor(status, message, detail) {
    super(message);
    this.status = status;
    this.detail = detail;
  }
}

const BIN_CODE = /^[A-Z]-\d{2}-\d{2}$/;
const SKU = /^[A-Z]{3}-\d{4}$/;

function translate(err) {
  if (!(err instanceof DatabaseError)) return err;
  if (err.code === "23514") {
    return new InventoryError(409, "not enough stock in the source bin", err.detail);
  }
  if (err.code === "23503") return new InventoryError(404, err.message, err.detail);
  return err;
}

async function binContents(code) {
  if (!BIN_CODE.test(code)) throw new InventoryError(400, `malformed bin code ${code}`);
  const rows = await withConnection((conn) =>
    conn.query("bin_contents", "SELECT bin, sku, qty FROM bin_stock WHERE bin = $1 AND qty > 0", [
      code,
    ])
  ).catch((err) => {
    throw translate(err);
  });
  return { bin: code, items: rows.filter((r) => r.qty > 0) };
}

async function skuLocations(sku) {
  if (!SKU.test(sku)) throw new InventoryError(400, `malformed SKU ${sku}`);
  const rows = await withConnection((conn) =>
    conn.query(
      "sku_locations",
      "SELECT b.code AS bin, b.zone, s.qty FROM bin_stock s JOIN bins b ON b.code = s.bin WHERE s.sku = $1",
      [sku],
    )
  );
  return { sku, total: rows.reduce((n, r) => n + r.qty, 0), locations: rows };
}

async function moveStock({ sku, from, to, qty, reference }) {
  if (!SKU.test(String(sku))) throw new InventoryError(400, `malformed SKU ${sku}`);
  if (!BIN_CODE.test(String(from)) || !BIN_CODE.test(String(to))) {
    throw new InventoryError(400, "from and to must be bin codes like A-01-03");
  }
  if (!Number.isInteger(qty) || qty <= 0) {
    throw new InventoryError(400, "qty must be a positive integer");
  }
  const [row] = await withConnection((conn) =>
    conn.query(
      "move_stock",
      "WITH src AS (UPDATE bin_stock SET qty = qty - $4 WHERE bin = $2 AND sku = $1 RETURNING qty) " +
        "INSERT INTO bin_stock (bin, sku, qty) VALUES ($3, $1, $4) " +
        "ON CONFLICT (bin, sku) DO UPDATE SET qty = bin_stock.qty + $4 RETURNING qty",
      [sku, from, to, qty],
    )
  ).catch((err) => {
    throw translate(err);
  });
  return { reference: reference ?? null, ...row };
}

module.exports = { InventoryError, binContents, skuLocations, moveStock };
