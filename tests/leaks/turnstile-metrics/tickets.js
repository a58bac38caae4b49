"use strict";

/**
 * Match tickets carry their serial and block in the barcode (`TKT-<serial>-<block>`); each
 * block was printed from its own serial range, and refunded tickets are voided. Who is inside
 * is kept here, to refuse a ticket passed back over the turnstile to a friend.
 */
const BLOCKS = {
  A: { stand: "north", from: 1, to: 4_999_999 },
  B: { stand: "north", from: 5_000_000, to: 9_999_999 },
  C: { stand: "east", from: 10_000_000, to: 14_999_999 },
  D: { stand: "south", from: 15_000_000, to: 19_999_999 },
};
const voided = new Set(["1043", "1187", "5000120", "10000044"]);
const inside = new Map();

function verify(barcode) {
  const m = /^TKT-(\d{1,8})-([A-D])$/.exec(String(barcode));
  if (!m) return { ok: false, reason: "unreadable" };
  const [, serial, block] = m;
  const range = BLOCKS[block];
  if (Number(serial) < range.from || Number(serial) > range.to) {
    return { ok: false, reason: "not printed for this block" };
  }
  if (voided.has(serial)) return { ok: false, reason: "refunded" };
  return { ok: true, serial, block, stand: range.stand };
}

function enter(ticket, gate) {
  if (inside.has(ticket.serial)) return { ok: false, reason: "passback" };
  inside.set(ticket.serial, { gate, at: Date.now(), block: ticket.block });
  return { ok: true };
}

function leave(serial) {
  return inside.delete(serial);
}

function occupancy() {
  return inside.size;
}

module.exports = { verify, enter, leave, occupancy };
