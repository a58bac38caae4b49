"use strict";

/** Builds the visit cards of a reading round from the planner's list of meters. */

const METER_TYPES = {
  "water-dn15": { unit: "m3", dailyMax: 1.2 },
  "water-dn20": { unit: "m3", dailyMax: 3.5 },
  "water-dn25": { unit: "m3", dailyMax: 8 },
};

function expectedRange(previous, type, days) {
  const spec = METER_TYPES[type];
  return {
    min: previous.value,
    max: Math.round((previous.value + spec.dailyMax * days) * 1000) / 1000,
    unit: spec.unit,
  };
}

function buildCards(round) {
  const errors = [];
  const cards = [];
  for (const visit of round.visits ?? []) {
    if (!Number.isInteger(visit.id) || visit.id <= 0) {
      errors.push(`visit id must be a positive integer (${visit.id})`);
      continue;
    }
    if (!METER_TYPES[visit.meter?.type]) {
      errors.push(`visit ${visit.id}: unknown meter type ${visit.meter?.type}`);
      continue;
    }
    const previous = visit.previous ?? { value: 0, readAt: round.date };
    const days = Math.max(1, (Date.parse(round.date) - Date.parse(previous.readAt)) / 86_400_000);
    cards.push({
      id: visit.id,
      handheld: round.handheld,
      reader: round.reader,
      date: round.date,
      address: { ...visit.address },
      meter: { serial: visit.meter.serial, type: visit.meter.type, location: visit.meter.location },
      access: visit.access ?? "",
      previous,
      expected: expectedRange(previous, visit.meter.type, days),
    });
  }
  return { cards, errors };
}

module.exports = { buildCards, METER_TYPES };
