"use strict";

const { RingWindow } = require("./node_modules/ring-window/index.js");

const SEEN_IDS = 64;
const FULL_PCT = 80;

/** Bottle banks on the north and south collection rounds, with their ultrasonic fill sensors. */
const banks = new Map(
  [
    ["BB-101", "north", "Tesco car park, Market Street", "clear"],
    ["BB-102", "north", "Tesco car park, Market Street", "green"],
    ["BB-118", "north", "Village hall, Church Lane", "mixed"],
    ["BB-204", "south", "Recycling centre, Mill Road", "brown"],
    ["BB-231", "south", "Leisure centre, Park Avenue", "clear"],
  ].map(([id, round, site, colour]) => [
    id,
    { id, round, site, colour, fillPct: 0, readings: new RingWindow(24), job: null },
  ]),
);

const seen = new Set();
const seenOrder = [];

class BankError extends Error {
  constructor(message, status = 422) {
    super(message);
    this.status = status;
  }
}

/** Sensors retry over a flaky LoRa link, so the same message can arrive more than once. */
function isDuplicate(msgId) {
  if (seen.has(msgId)) return true;
  seen.add(msgId);
  seenOrder.push(msgId);
  if (seenOrder.length > SEEN_IDS) seen.delete(seenOrder.shift());
  return false;
}

function bankOf(id) {
  const bank = banks.get(id);
  if (!bank) throw new BankError(`no bank ${id}`, 404);
  return bank;
}

function recordReading(id, { msgId, fillPct, batteryV, tempC }) {
  const bank = bankOf(id);
  if (!msgId || typeof fillPct !== "number") throw new BankError("msgId and fillPct are required");
  if (isDuplicate(msgId)) return { bank: id, duplicate: true, job: bank.job?.id ?? null };
  bank.fillPct = Math.max(0, Math.min(100, fillPct));
  bank.readings.push({ fillPct: bank.fillPct, batteryV, tempC, at: Date.now() });
  const opened = bank.fillPct >= FULL_PCT && !bank.job;
  if (opened) {
    bank.job = { id: `${id}/${msgId}`, bank: id, round: bank.round, raisedAt: new Date() };
  }
  return { bank: id, duplicate: false, job: bank.job?.id ?? null, opened };
}

function emptied(id, { crew, tonnes }) {
  const bank = bankOf(id);
  const job = bank.job;
  bank.job = null;
  bank.fillPct = 0;
  return { bank: id, job: job?.id ?? null, crew, tonnes };
}

function trend(id) {
  const bank = bankOf(id);
  const readings = bank.readings.toArray();
  const first = readings[0];
  const last = readings.at(-1);
  const hours = first && last && last.at > first.at ? (last.at - first.at) / 3_600_000 : 0;
  return {
    bank: id,
    fillPct: bank.fillPct,
    readings: readings.length,
    pctPerHour: hours ? (last.fillPct - first.fillPct) / hours : null,
  };
}

function openJobs(round) {
  return [...banks.values()].filter((b) => b.job && (!round || b.round === round)).map((b) =>
    b.job
  );
}

module.exports = { BankError, banks, emptied, openJobs, recordReading, trend };
