"use strict";

const { Graph } = require("./graph.cjs");

// Process state, one object so the admin endpoint can show it.
const state = {
  matching: { graph: new Graph(), openRequests: 0 },
  bookings: { recent: [], perTutor: new Map() },
};

const tutor = (id, name, subjects, levels, rate) => ({ id, name, subjects, levels, rate });
const TUTORS = [
  tutor("t-anouk", "Anouk", ["maths", "physics"], ["havo", "vwo"], 32),
  tutor("t-bram", "Bram", ["maths", "economics"], ["vmbo", "havo"], 27),
  tutor("t-chen", "Chen", ["chemistry", "maths"], ["vwo"], 35),
  tutor("t-dewi", "Dewi", ["english", "french"], ["havo", "vwo"], 29),
  tutor("t-emre", "Emre", ["physics", "chemistry"], ["vmbo", "havo"], 30),
];

for (const t of TUTORS) state.matching.graph.addNode(t.id, { kind: "tutor", ...t });

module.exports = { state, TUTORS };
