"use strict";

/** The college's enrolments, by student and course (what the timetabling system reads). */
const COURSES = new Map([
  ["ELC-L3-01", { title: "Electrical Installation L3", campus: "north", capacity: 24 }],
  ["HSC-L2-04", { title: "Health and Social Care L2", campus: "north", capacity: 30 }],
  ["CUL-L1-02", { title: "Professional Cookery L1", campus: "west", capacity: 16 }],
  ["ACC-L4-01", { title: "AAT Professional Diploma", campus: "west", capacity: 20 }],
]);

const enrolments = new Map();

function keyOf(studentId, course) {
  return `${studentId}:${course}`;
}

/** Adds or updates one enrolment; returns "created" or "updated". */
function upsert(row) {
  if (!COURSES.has(row.course)) throw new RangeError(`unknown course ${row.course}`);
  const key = keyOf(row.studentId, row.course);
  const existing = enrolments.get(key);
  if (existing) {
    Object.assign(existing, row, { updatedAt: Date.now() });
    return "updated";
  }
  enrolments.set(key, { ...row, createdAt: Date.now(), updatedAt: Date.now() });
  return "created";
}

function byCourse() {
  const out = {};
  for (const [code] of COURSES) out[code] = 0;
  for (const e of enrolments.values()) out[e.course]++;
  return out;
}

module.exports = { byCourse, upsert };
