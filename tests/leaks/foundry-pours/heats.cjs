"use strict";

const { Readable } = require("node:stream");
const { pipeline } = require("node:stream/promises");
const { castLogWriter } = require("./castlog.cjs");
const { logger } = require("./log.cjs");

class MeltError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const FURNACES = ["IF-1", "IF-2", "IF-3"];
const GRADES = new Map([
  ["EN-GJS-400-15", { C: [3.4, 3.8], Si: [2.2, 2.7], Mg: [0.035, 0.06] }],
  ["EN-GJL-250", { C: [3.1, 3.4], Si: [1.8, 2.2], Mg: [0, 0.01] }],
]);

/** Heats on the melt floor; a heat leaves when it is closed (all poured). */
const heats = new Map();
/** The last 30 closed heats. */
const closed = [];
const byFurnace = new Map(FURNACES.map((f) => [f, { heats: 0, pouredKg: 0, last: null }]));

function openHeat(body) {
  if (!FURNACES.includes(body.furnace) || !GRADES.has(body.grade)) {
    throw new MeltError(422, "unknown furnace or grade");
  }
  if (heats.has(body.id)) throw new MeltError(409, `${body.id} is already on the floor`);
  const heat = {
    id: body.id,
    furnace: body.furnace,
    grade: body.grade,
    chargeKg: body.chargeKg,
    melter: body.melter,
    analyses: [],
    pours: [],
    openedAt: Date.now(),
  };
  heats.set(heat.id, heat);
  logger.info("heat {id} charged in {furnace}", { id: heat.id, furnace: heat.furnace });
  return heat;
}

function need(id) {
  const heat = heats.get(id);
  if (!heat) throw new MeltError(404, `no heat ${id} on the floor`);
  return heat;
}

/** A spectrometer analysis of a heat's sample, checked against the grade's chemistry. */
function recordAnalysis(analysis) {
  const heat = heats.get(analysis.heat);
  if (!heat) return;
  const limits = GRADES.get(heat.grade);
  const outOfSpec = Object.entries(limits)
    .filter(([el, [lo, hi]]) => !(analysis[el] >= lo && analysis[el] <= hi))
    .map(([el]) => el);
  heat.analyses.push({ sample: analysis.sample, C: analysis.C, Si: analysis.Si, outOfSpec });
  if (heat.analyses.length > 5) heat.analyses.shift();
}

async function pour(id, body) {
  const heat = need(id);
  const records = (body.moulds ?? []).map((mould, n) => ({
    heat: heat.id,
    grade: heat.grade,
    ladle: body.ladle,
    pourTempC: body.pourTempC,
    seq: heat.pours.length + n + 1,
    ...mould,
  }));
  await pipeline(Readable.from(records), castLogWriter());
  for (const record of records) heat.pours.push({ box: record.box, weightKg: record.weightKg });
  logger.info("heat {id}: {count} moulds poured", { id, count: records.length });
  return { id, poured: heat.pours.length };
}

function closeHeat(id) {
  const heat = need(id);
  heats.delete(id);
  const pouredKg = heat.pours.reduce((sum, p) => sum + p.weightKg, 0);
  const stats = byFurnace.get(heat.furnace);
  stats.heats++;
  stats.pouredKg += pouredKg;
  stats.last = heat.id;
  closed.unshift({ id, furnace: heat.furnace, grade: heat.grade, pouredKg });
  if (closed.length > 30) closed.pop();
  logger.info("heat {id} closed", { id, pouredKg });
  return closed[0];
}

function furnaceView(furnace) {
  const stats = byFurnace.get(furnace);
  if (!stats) throw new MeltError(404, `no furnace ${furnace}`);
  return {
    furnace,
    ...stats,
    onFloor: [...heats.values()].filter((h) => h.furnace === furnace).map((h) => h.id),
    recent: closed.filter((h) => h.furnace === furnace).slice(0, 5),
  };
}

module.exports = {
  closeHeat,
  FURNACES,
  furnaceView,
  MeltError,
  openHeat,
  pour,
  recordAnalysis,
};
