"use strict";

const COURSES = {
  short: { length: 2.4, climb: 45, controls: [31, 34, 38] },
  medium: { length: 4.1, climb: 90, controls: [31, 42, 47, 38] },
  long: { length: 6.8, climb: 160, controls: [42, 51, 55, 47, 38] },
};

function checkPunches(courseName, splits) {
  const course = COURSES[courseName];
  if (!course) return { ok: false, reason: "unknown course" };
  let at = 0;
  for (const split of splits) {
    if (split.control === course.controls[at]) at++;
  }
  if (at < course.controls.length) {
    return { ok: false, reason: `mispunch: missing ${course.controls[at]}` };
  }
  return { ok: true };
}

function formatTime(ms) {
  const total = Math.round(ms / 1000);
  const m = Math.floor(total / 60);
  const s = String(total % 60).padStart(2, "0");
  return `${m}:${s}`;
}

module.exports = { COURSES, checkPunches, formatTime };
