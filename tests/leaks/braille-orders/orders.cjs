"use strict";

const path = require("node:path");
const { WorkerPool } = require("./pool.cjs");

class OrderError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const pool = new WorkerPool(path.join(__dirname, "transcriber.cjs"), 2);
/** Orders transcribed and waiting for the embosser, by ref. */
const orders = new Map();
/** Sent to the embosser, newest first (the last 40, for the dispatch screen). */
const dispatched = [];
const MAX_DISPATCHED = 40;
const MAX_CHARS = 20_000;

async function createOrder(body) {
  if (!body.ref || typeof body.text !== "string" || !body.text.trim()) {
    throw new OrderError(400, "an order needs a ref and the text");
  }
  if (body.text.length > MAX_CHARS) {
    throw new OrderError(413, `up to ${MAX_CHARS} characters an order`);
  }
  if (orders.has(body.ref)) throw new OrderError(409, `order ${body.ref} exists`);
  let transcript;
  try {
    transcript = await pool.run({
      text: body.text,
      cellsPerLine: body.cellsPerLine ?? 40,
      linesPerPage: 25,
    });
  } catch (err) {
    throw new OrderError(503, err.message);
  }
  const order = {
    ref: String(body.ref),
    customer: String(body.customer ?? ""),
    title: String(body.title ?? "Untitled"),
    copies: Number(body.copies ?? 1),
    pages: transcript.pages,
    cells: transcript.cells,
    unicode: transcript.unicode,
    brf: transcript.brf,
    createdAt: new Date().toISOString(),
  };
  orders.set(order.ref, order);
  return order;
}

function dispatch(ref, { embosser, courier }) {
  const order = orders.get(ref);
  if (!order) throw new OrderError(404, `no order ${ref} waiting`);
  orders.delete(ref);
  const sheet = {
    ref,
    title: order.title,
    pages: order.pages * order.copies,
    embosser: embosser ?? "ViewPlus Columbia",
    courier: courier ?? "Royal Mail Articles for the Blind",
    at: new Date().toISOString(),
  };
  dispatched.unshift(sheet);
  if (dispatched.length > MAX_DISPATCHED) dispatched.length = MAX_DISPATCHED;
  return sheet;
}

module.exports = { OrderError, createOrder, dispatch, orders, dispatched, pool };
