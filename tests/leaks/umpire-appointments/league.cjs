"use strict";

/** Yorkshire Premier League North, this season's Saturday fixtures and the umpires' panel. */
const UMPIRES = new Map(
  [
    ["U01", "Derek Holroyd", ["HEADINGLEY", "ROUNDHAY", "CASTLEFORD"]],
    ["U02", "Sandra Mellor", ["HARROGATE", "YORK", "SCARBOROUGH"]],
    ["U03", "Imran Bashir", ["HEADINGLEY", "HARROGATE", "YORK"]],
    ["U04", "Pete Sowerby", ["SCARBOROUGH", "CASTLEFORD"]],
    ["U05", "Janet Ackroyd", ["ROUNDHAY", "YORK", "HEADINGLEY"]],
    ["U06", "Mick Dransfield", ["HARROGATE", "CASTLEFORD", "SCARBOROUGH"]],
  ].map(([id, name, grounds]) => [id, { id, name, grounds, panel: "senior" }]),
);

const FIXTURES = new Map();
const GROUNDS = ["HEADINGLEY", "ROUNDHAY", "HARROGATE", "YORK", "SCARBOROUGH", "CASTLEFORD"];
for (let week = 0; week < 8; week++) {
  for (let g = 0; g < 3; g++) {
    const home = GROUNDS[(week + g * 2) % GROUNDS.length];
    const away = GROUNDS[(week + g * 2 + 1) % GROUNDS.length];
    const date = new Date(Date.UTC(2031, 4, 3 + week * 7)).toISOString().slice(0, 10);
    const id = `${date}-${home}-v-${away}`;
    FIXTURES.set(id, { id, date, home, away, ground: home, start: "12:30" });
  }
}

module.exports = { FIXTURES, UMPIRES };
