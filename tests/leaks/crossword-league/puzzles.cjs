"use strict";

const PUZZLES = {
  "cryptic-412": {
    title: "Cryptic No. 412",
    setter: "Boatman",
    answers: { "1a": "SALVAGE", "5a": "ORBIT", "9a": "TEAPOT", "2d": "ANTHEM", "3d": "VERGE" },
  },
  "quick-88": {
    title: "Quick No. 88",
    setter: "Nutmeg",
    answers: { "1a": "CASTLE", "4a": "PLUM", "7a": "HERON", "1d": "CHAPEL", "2d": "SPOON" },
  },
};

const WORDS = (
  "SALVAGE SAVAGE ORBIT ORBITS TEAPOT TEAPOY ANTHEM VERGE CASTLE CATTLE PLUM PLUS HERON HERALD CHAPEL SPOON SPOOL SALUTE CARTEL"
).split(" ");

function getPuzzle(id) {
  const puzzle = PUZZLES[id];
  if (!puzzle) throw Object.assign(new Error(`no puzzle ${id}`), { status: 404 });
  return puzzle;
}

function mark(id, entries) {
  const puzzle = getPuzzle(id);
  const lights = Object.keys(puzzle.answers);
  const wrong = lights.filter((k) => (entries[k] ?? "").toUpperCase() !== puzzle.answers[k]);
  return { lights: lights.length, correct: lights.length - wrong.length, wrong };
}

function matches(pattern) {
  const re = new RegExp(`^${pattern.toUpperCase().replace(/[?.]/g, "[A-Z]")}$`);
  return WORDS.filter((w) => re.test(w));
}

module.exports = { PUZZLES, getPuzzle, mark, matches };
