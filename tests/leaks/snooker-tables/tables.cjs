"use strict";

const { stamp } = require("./clock.cjs");
const { label, timeOnly } = require("./labels.cjs");

class HallError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const TABLES = [
  { no: 1, kind: "snooker", size: "12ft", ratePerHour: 9.6 },
  { no: 2, kind: "snooker", size: "12ft", ratePerHour: 9.6 },
  { no: 3, kind: "snooker", size: "12ft", ratePerHour: 9.6 },
  { no: 4, kind: "snooker", size: "10ft", ratePerHour: 8.0 },
  { no: 5, kind: "pool", size: "7ft", ratePerHour: 7.2 },
  { no: 6, kind: "pool", size: "7ft", ratePerHour: 7.2 },
];
const MEMBER_DISCOUNT = 0.2;
const MIN_MINUTES = 30;

/** Games on the tables now, by session id. */
const sessions = new Map();
/** The last receipts, for the till's reprint button. */
const receipts = [];
const MAX_RECEIPTS = 30;
const gbp = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });

function table(no) {
  const t = TABLES.find((x) => x.no === Number(no));
  if (!t) throw new HallError(404, `no table ${no}`);
  return t;
}

function start(body) {
  const id = String(body.id ?? "");
  if (!id) throw new HallError(400, "a session needs the tablet's id");
  if (sessions.has(id)) throw new HallError(409, `${id} has already started`);
  const t = table(body.table);
  const session = {
    id,
    table: t.no,
    players: (Array.isArray(body.players) ? body.players : []).map(String).slice(0, 4),
    member: body.member ? String(body.member) : null,
    locale: String(body.locale ?? "en-GB"),
    startedAt: stamp(),
    frames: [],
  };
  sessions.set(id, session);
  return session;
}

function frame(id, body) {
  const session = sessions.get(id);
  if (!session) throw new HallError(404, `no session ${id}`);
  session.frames.push({
    winner: String(body.winner ?? ""),
    highBreak: Number(body.highBreak ?? 0),
  });
  return { id, frames: session.frames.length };
}

function stop(id) {
  const session = sessions.get(id);
  if (!session) throw new HallError(404, `no session ${id}`);
  sessions.delete(id);
  const endedAt = stamp();
  const t = table(session.table);
  const minutes = Math.max(MIN_MINUTES, Math.ceil((endedAt - session.startedAt) / 60_000));
  let charge = (t.ratePerHour * minutes) / 60;
  if (session.member) charge *= 1 - MEMBER_DISCOUNT;
  const receipt = {
    session: session.id,
    table: `Table ${t.no} (${t.size} ${t.kind})`,
    players: session.players,
    from: label(session.locale, session.startedAt),
    to: label(session.locale, endedAt),
    minutes,
    frames: session.frames.length,
    highBreak: Math.max(0, ...session.frames.map((f) => f.highBreak)),
    member: session.member,
    total: gbp.format(charge),
  };
  receipts.unshift(receipt);
  if (receipts.length > MAX_RECEIPTS) receipts.length = MAX_RECEIPTS;
  return receipt;
}

function receiptFor(id) {
  const r = receipts.find((x) => x.session === id);
  if (!r) throw new HallError(404, `no receipt for ${id}`);
  return r;
}

/** The booking sheet: a row per quarter hour from opening, a column per table. */
function sheet(date, locale) {
  const day = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(day)) throw new HallError(400, "date must be YYYY-MM-DD");
  const rows = [];
  for (let q = 11 * 4; q < 24 * 4; q++) {
    const at = day + q * 15 * 60_000;
    rows.push({ at: timeOnly(locale, at), tables: TABLES.map((t) => ({ no: t.no, free: true })) });
  }
  return { date: label(locale, day + 11 * 3_600_000), rows };
}

function playing() {
  return [...sessions.values()].map((s) => ({ id: s.id, table: s.table, frames: s.frames.length }));
}

module.exports = { frame, HallError, playing, receiptFor, sheet, start, stop };
