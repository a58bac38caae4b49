import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { qcArchive } from "./archive.mjs";
import { gradeFor, pointsFor, pointsPer100SqYd } from "./grading.mjs";

export class QcError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const LOOMS = Array.from({ length: 12 }, (_, i) => `L-${String(i + 1).padStart(2, "0")}`);
const DEFECT_TYPES = new Set([
  "slub",
  "broken pick",
  "double pick",
  "float",
  "oil stain",
  "reed mark",
  "thick place",
  "hole",
]);

/** Rolls off the looms waiting for inspection and grading; a graded roll is dispatched. */
const rolls = new Map();
/** Per loom: rolls graded and points found (a fixed set of looms). */
const loomStats = new Map(LOOMS.map((loom) => [loom, { rolls: 0, points: 0, seconds: 0 }]));
/** The last 40 graded rolls. */
const graded = [];
let recordSeq = 0;

export function registerRoll(body) {
  if (!body?.id || !LOOMS.includes(body.loom)) {
    throw new QcError(422, "id and a known loom are required");
  }
  if (rolls.has(body.id)) throw new QcError(409, `${body.id} is already registered`);
  const roll = {
    id: body.id,
    article: body.article,
    loom: body.loom,
    lot: body.lot,
    widthIn: Number(body.widthIn),
    lengthYd: Number(body.lengthYd),
    defects: [],
    passes: 0,
    registeredAt: Date.now(),
  };
  rolls.set(roll.id, roll);
  return roll;
}

function need(id) {
  const roll = rolls.get(id);
  if (!roll) throw new QcError(404, `no roll ${id} waiting`);
  return roll;
}

function toArchiveRecords(roll, inspector, pass) {
  return new Transform({
    objectMode: true,
    transform(defect, _encoding, callback) {
      callback(null, {
        id: `qc-${++recordSeq}`,
        roll: roll.id,
        loom: roll.loom,
        article: roll.article,
        lot: roll.lot,
        pass,
        inspector,
        ...defect,
        recordedAt: new Date().toISOString(),
      });
    },
  });
}

/** One pass over the inspection frame: the defects go on the roll and into the QC archive. */
export async function recordInspection(id, body) {
  const roll = need(id);
  const defects = (body.defects ?? []).map((d) => {
    if (!DEFECT_TYPES.has(d.type)) throw new QcError(422, `unknown defect type ${d.type}`);
    return {
      type: d.type,
      atYd: Number(d.atYd),
      lengthIn: Number(d.lengthIn),
      points: pointsFor(Number(d.lengthIn)),
      note: d.note ?? null,
    };
  });
  roll.passes++;
  roll.defects.push(...defects);
  // end: false, so that one inspection's records do not end the archive for everyone.
  await pipeline(
    Readable.from(defects),
    toArchiveRecords(roll, body.inspector, roll.passes),
    qcArchive,
    { end: false },
  );
  return { id, pass: roll.passes, defects: defects.length };
}

export function grade(id) {
  const roll = need(id);
  const points = roll.defects.reduce((sum, d) => sum + d.points, 0);
  const score = pointsPer100SqYd(points, roll.widthIn, roll.lengthYd);
  const result = {
    id,
    loom: roll.loom,
    article: roll.article,
    points,
    score: Math.round(score * 10) / 10,
    grade: gradeFor(score),
  };
  rolls.delete(id);
  const stats = loomStats.get(roll.loom);
  stats.rolls++;
  stats.points += points;
  if (result.grade === "second") stats.seconds++;
  graded.unshift(result);
  if (graded.length > 40) graded.pop();
  return result;
}

export function loomView(loom) {
  const stats = loomStats.get(loom);
  if (!stats) throw new QcError(404, `no loom ${loom}`);
  return {
    loom,
    ...stats,
    waiting: [...rolls.values()].filter((r) => r.loom === loom).length,
    recent: graded.filter((r) => r.loom === loom).slice(0, 5),
  };
}
