"use strict";

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function stockLevel(pool, sku) {
  const conn = await pool.acquire();
  try {
    const item = await conn.query("stock.get", sku);
    if (!item) throw new HttpError(404, `unknown sku ${sku}`);
    return { ...item, reorder: item.onHand <= item.reorderAt };
  } finally {
    pool.release(conn);
  }
}

async function lowStock(pool, below) {
  const conn = await pool.acquire();
  try {
    return await conn.query("stock.below", below);
  } finally {
    pool.release(conn);
  }
}

async function dispense(pool, rx) {
  const conn = await pool.acquire();
  await conn.begin();
  const item = await conn.query("stock.get", rx.sku);
  if (!item) {
    await conn.rollback();
    pool.release(conn);
    throw new HttpError(404, `unknown sku ${rx.sku}`);
  }
  if (item.onHand < rx.qty) {
    await conn.rollback();
    throw new HttpError(409, `only ${item.onHand} of ${rx.sku} on hand, ${rx.qty} prescribed`);
  }
  try {
    await conn.query("stock.take", rx.sku, rx.qty);
    await conn.query("dispensed.insert", rx.rxId, rx.sku, rx.qty, rx.patient);
    await conn.commit();
    return { rxId: rx.rxId, sku: rx.sku, qty: rx.qty, remaining: item.onHand - rx.qty };
  } catch (err) {
    await conn.rollback();
    throw err;
  } finally {
    pool.release(conn);
  }
}

module.exports = { HttpError, dispense, lowStock, stockLevel };
