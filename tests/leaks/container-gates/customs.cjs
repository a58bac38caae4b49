"use strict";

// Containers customs has put on hold (examination, missing declaration): they may move inside
// the yard but not leave it.
const holds = new Map([
  ["TGHU8812340", { reason: "x-ray examination", placedAt: "2031-02-11T08:00:00Z" }],
  ["CMAU4410022", { reason: "missing export declaration", placedAt: "2031-02-12T14:30:00Z" }],
]);

function holdOn(container) {
  return holds.get(container) ?? null;
}

module.exports = { holdOn };
