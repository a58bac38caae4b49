// Crew rosters: each team has one shift per weekday slot (Mon–Sun × early/late), edited by the
// dispatcher; the weekly view (dates in the viewer's zone, hours per person) is memoized with
// moize, keyed by team, ISO week, zone and the team's revision, and capped at 64 views.
import moize from "moize";
import { DateTime } from "luxon";

export const TEAMS = ["north", "south", "depot"];
export const SLOTS = { early: [6, 14], late: [14, 22] };
export const ZONES = new Set(["Europe/Berlin", "Europe/London", "America/New_York"]);

const HOME_ZONE = "Europe/Berlin";
const rosters = new Map();
const revisions = new Map();
for (const t of TEAMS) {
  rosters.set(t, new Map());
  revisions.set(t, 0);
}

export function assign(team, weekday, slot, shift) {
  rosters.get(team).set(`${weekday}:${slot}`, shift);
  revisions.set(team, revisions.get(team) + 1);
  return revisions.get(team);
}

function buildWeek(team, isoWeek, zone, _revision) {
  const monday = DateTime.fromISO(`${isoWeek}-1`, { zone: HOME_ZONE });
  const days = [];
  const hours = new Map();
  for (let d = 1; d <= 7; d++) {
    const date = monday.plus({ days: d - 1 });
    const shifts = [];
    for (const slot of Object.keys(SLOTS)) {
      const shift = rosters.get(team).get(`${d}:${slot}`);
      if (!shift) continue;
      const [from, to] = SLOTS[slot];
      const start = date.set({ hour: from }).setZone(zone);
      const end = date.set({ hour: to }).setZone(zone);
      hours.set(shift.person, (hours.get(shift.person) ?? 0) + (to - from));
      shifts.push({
        slot,
        person: shift.person,
        note: shift.note,
        from: start.toFormat("ccc HH:mm"),
        to: end.toFormat("ccc HH:mm ZZZZ"),
      });
    }
    days.push({
      date: date.toISODate(),
      label: date.setLocale("en-GB").toFormat("cccc d LLL"),
      shifts,
    });
  }
  return { team, week: isoWeek, zone, days, hours: Object.fromEntries(hours) };
}

const weekView = moize(buildWeek, { maxSize: 64 });

export function view(team, isoWeek, zone) {
  return weekView(team, isoWeek, zone, revisions.get(team));
}

export function cacheSize() {
  return weekView.cache.keys.length;
}
