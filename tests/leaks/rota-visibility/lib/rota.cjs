"use strict";

const WARDS = ["ward-4", "ward-5", "theatres"];
const SHIFTS = [
  { code: "E", start: "07:00", end: "15:00" },
  { code: "L", start: "13:30", end: "21:30" },
  { code: "N", start: "21:00", end: "07:30" },
];
const NAMES = [
  "Morgan Ellis",
  "Sam Okafor",
  "Priya Raman",
  "Jo Barker",
  "Tomasz Nowak",
  "Ade Bello",
];

function weekDays(week) {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) return null;
  const jan4 = new Date(Date.UTC(Number(m[1]), 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (Number(m[2]) - 1) * 7);
  return Array.from({ length: 7 }, (_, d) => {
    const day = new Date(monday);
    day.setUTCDate(monday.getUTCDate() + d);
    return day.toISOString().slice(0, 10);
  });
}

/** Every shift of the week on the wards the user belongs to (the expensive bit in production). */
function visibleShifts(user, week) {
  const days = weekDays(week);
  if (!days) return null;
  const out = [];
  for (const ward of WARDS) {
    if (!user.teams.includes(ward)) continue;
    days.forEach((date, d) => {
      SHIFTS.forEach((s, n) => {
        out.push({
          ward,
          date,
          shift: s.code,
          start: s.start,
          end: s.end,
          staff: NAMES[(d + n + ward.length) % NAMES.length],
        });
      });
    });
  }
  return out;
}

/** Hours per person for the week, for the summary strip. */
function summarise(shifts) {
  const hours = {};
  for (const s of shifts) hours[s.staff] = (hours[s.staff] ?? 0) + (s.shift === "N" ? 10.5 : 8);
  return hours;
}

module.exports = { summarise, visibleShifts, weekDays };
