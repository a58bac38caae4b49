"use strict";

/** The counter's stock: part number -> description, bin, on hand, reserved for orders. */
const parts = new Map(
  [
    ["AL150288", "Hydraulic filter element", "B-04-2", 42.6],
    ["RE504836", "Engine oil filter", "B-02-1", 18.95],
    ["AL221107", "PTO shaft shear bolt kit", "C-11-4", 9.4],
    ["51M7049", "Fuel filter, primary", "B-02-3", 31.2],
    ["AZ42811", "Baler knotter billhook", "D-07-1", 64.0],
    ["RE271420", "Alternator belt", "A-09-2", 27.5],
  ].map((
    [number, description, bin, price],
  ) => [number, { number, description, bin, price, onHand: 60, reserved: 0 }]),
);

const RESTOCK_BELOW = 20;
const RESTOCK_TO = 60;

function part(number) {
  return parts.get(String(number).toUpperCase().replace(/[\s-]/g, ""));
}

function reserve(number, qty) {
  const p = part(number);
  if (!p) return null;
  if (p.onHand - p.reserved < qty) return false;
  p.reserved += qty;
  return p;
}

function issue(p, qty) {
  p.reserved -= qty;
  p.onHand -= qty;
  // the distributor van comes daily; the counter model just tops up
  if (p.onHand < RESTOCK_BELOW) p.onHand = RESTOCK_TO;
}

function unreserve(p, qty) {
  p.reserved -= qty;
}

module.exports = { part, reserve, issue, unreserve };
