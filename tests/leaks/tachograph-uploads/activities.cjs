"use strict";

/**
 * Driver card downloads arrive already decoded by the depot's download key software: one
 * activity per change of the mode switch, times in minutes since midnight UTC.
 */
const MODES = new Set(["drive", "work", "available", "rest"]);

class CardError extends Error {
  constructor(message, status = 422) {
    super(message);
    this.status = status;
  }
}

function minutes(hhmm) {
  const m = /^(\d\d):(\d\d)$/.exec(String(hhmm));
  if (!m) throw new CardError(`bad time ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

function decode(body) {
  const card = String(body.card ?? "");
  if (!/^DB\d{12,14}$/.test(card)) throw new CardError("driver card number is missing or invalid");
  if (!Array.isArray(body.activities) || body.activities.length === 0) {
    throw new CardError("no activities on the card");
  }
  const activities = body.activities.map(([mode, from, to, vrn]) => {
    if (!MODES.has(mode)) throw new CardError(`unknown mode ${mode}`);
    const start = minutes(from);
    const end = minutes(to);
    if (end <= start) throw new CardError(`activity ${from}–${to} ends before it starts`);
    return { mode, start, end, vrn: vrn ?? null };
  });
  return {
    card,
    driver: String(body.driver ?? "unknown"),
    day: String(body.day ?? new Date().toISOString().slice(0, 10)),
    depot: String(body.depot ?? ""),
    activities,
  };
}

function hhmm(min) {
  return `${String(Math.floor(min / 60)).padStart(2, "0")}:${String(min % 60).padStart(2, "0")}`;
}

module.exports = { CardError, decode, hhmm };
