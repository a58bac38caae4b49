"use strict";

/** The estate's irrigation controllers, one per zone. */
const valves = new Map(
  [
    ["zone-1", "Rose garden"],
    ["zone-2", "Kitchen garden beds"],
    ["zone-3", "East lawn"],
    ["zone-4", "Glasshouse"],
  ].map(([id, name]) => [id, { id, name, open: false, lastCommand: null, lastAckAt: null }]),
);

module.exports = { valves };
