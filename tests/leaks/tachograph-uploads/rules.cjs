"use strict";

const { hhmm } = require("./activities.cjs");

const MAX_CONTINUOUS_DRIVING = 270;
const QUALIFYING_BREAK = 45;
const MAX_DAILY_DRIVING = 540;

/** Breaches of Regulation (EC) No 561/2006 on one day of a driver card. */
function check(day) {
  const found = [];
  let continuous = 0;
  let daily = 0;
  let runStart = null;
  for (const a of day.activities) {
    const length = a.end - a.start;
    if (a.mode === "drive") {
      runStart ??= a.start;
      continuous += length;
      daily += length;
      if (continuous > MAX_CONTINUOUS_DRIVING) {
        found.push({
          article: "7",
          rule: "break of 45 minutes after 4 h 30 of driving",
          from: hhmm(runStart),
          to: hhmm(a.end),
          excessMin: continuous - MAX_CONTINUOUS_DRIVING,
          vrn: a.vrn,
        });
        continuous = 0;
        runStart = null;
      }
    } else if (a.mode === "rest" && length >= QUALIFYING_BREAK) {
      continuous = 0;
      runStart = null;
    }
  }
  if (daily > MAX_DAILY_DRIVING) {
    const last = day.activities.findLast((a) => a.mode === "drive");
    found.push({
      article: "6(1)",
      rule: "daily driving of 9 h",
      from: hhmm(day.activities[0].start),
      to: hhmm(last.end),
      excessMin: daily - MAX_DAILY_DRIVING,
      vrn: last.vrn,
    });
  }
  return { drivingMin: daily, infringements: found };
}

module.exports = { check };
