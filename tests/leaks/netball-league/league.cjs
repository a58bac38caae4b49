"use strict";

const { Relation, withRelations } = require("./vendor/lazy-rel/index.js");

const TEAMS = new Map([
  ["T-1", { id: "T-1", name: "Calder Comets", captain: "Jess Holroyd", colours: "navy/gold" }],
  ["T-2", { id: "T-2", name: "Hebden Harriers", captain: "Priya Shah", colours: "green" }],
  ["T-3", { id: "T-3", name: "Todmorden Tigers", captain: "Alice Cryer", colours: "orange/black" }],
  ["T-4", { id: "T-4", name: "Sowerby Swifts", captain: "Nia Edwards", colours: "sky blue" }],
]);
const VENUES = new Map([
  ["V-1", { id: "V-1", name: "Calder High sports hall", courts: 2, parking: true }],
  ["V-2", { id: "V-2", name: "Spring Hall outdoor courts", courts: 4, parking: false }],
]);
const FIXTURES = new Map();
const pairs = [["T-1", "T-2"], ["T-3", "T-4"], ["T-1", "T-3"], ["T-2", "T-4"], ["T-1", "T-4"], [
  "T-2",
  "T-3",
]];
pairs.forEach(([home, away], n) => {
  const id = `F-${n + 10}`;
  FIXTURES.set(id, {
    id,
    homeId: home,
    awayId: away,
    venueId: n % 2 ? "V-2" : "V-1",
    date: `2030-10-${String(4 + n * 7).padStart(2, "0")}`,
    umpires: ["C. Morris", "D. Kaur"],
    result: null,
  });
});

const lookup = (map) => (ids) => ids.map((id) => (map.has(id) ? { ...map.get(id) } : null));
const homeTeam = new Relation("homeTeam", "homeId", lookup(TEAMS));
const awayTeam = new Relation("awayTeam", "awayId", lookup(TEAMS));
const venue = new Relation("venue", "venueId", lookup(VENUES));

function fixture(id) {
  const row = FIXTURES.get(id);
  return row ? withRelations(row, [homeTeam, awayTeam, venue]) : undefined;
}

function recordResult(id, home, away) {
  const row = FIXTURES.get(id);
  if (!row) return undefined;
  row.result = { home, away, at: new Date().toISOString() };
  return row;
}

function standings() {
  const table = new Map(
    [...TEAMS.keys()].map((
      id,
    ) => [id, { team: TEAMS.get(id).name, p: 0, w: 0, d: 0, l: 0, gd: 0, pts: 0 }]),
  );
  for (const f of FIXTURES.values()) {
    if (!f.result) continue;
    const h = table.get(f.homeId);
    const a = table.get(f.awayId);
    h.p++, a.p++;
    h.gd += f.result.home - f.result.away;
    a.gd += f.result.away - f.result.home;
    if (f.result.home > f.result.away) (h.w++, a.l++, h.pts += 3);
    else if (f.result.home < f.result.away) (a.w++, h.l++, a.pts += 3);
    else (h.d++, a.d++, h.pts++, a.pts++);
  }
  return [...table.values()].sort((x, y) => y.pts - x.pts || y.gd - x.gd);
}

module.exports = {
  fixture,
  recordResult,
  standings,
  relationStats: () => ({ homeTeam: homeTeam.batches, venue: venue.batches }),
};
