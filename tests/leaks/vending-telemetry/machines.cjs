"use strict";

// Last known state per machine, shown on the route planner's map: the fleet is a fixed list
// of installed machines, registered when a technician installs one.

const FLEET = [
  ["VM-0101", "Utrecht Centraal, hal 2"],
  ["VM-0102", "Utrecht Centraal, perron 5"],
  ["VM-0217", "Jaarbeurs, hal 7"],
  ["VM-0318", "UMC Utrecht, polikliniek"],
  ["VM-0411", "Universiteit, Minnaertgebouw"],
];

const machines = new Map(
  FLEET.map(([id, site]) => [id, { id, site, lastSeen: null, lowSlots: [], vends: 0 }]),
);

function find(id) {
  return machines.get(id);
}

function recordVend(machine, event) {
  machine.lastSeen = Date.now();
  machine.vends += 1;
  if (typeof event.remaining === "number" && event.remaining <= 2) {
    if (!machine.lowSlots.includes(event.slot)) machine.lowSlots.push(event.slot);
  } else if (typeof event.remaining === "number") {
    machine.lowSlots = machine.lowSlots.filter((s) => s !== event.slot);
  }
}

function refill(machine, slots) {
  machine.lowSlots = machine.lowSlots.filter((s) => !slots.includes(s));
}

function overview() {
  return [...machines.values()].map((m) => ({
    id: m.id,
    site: m.site,
    vends: m.vends,
    lowSlots: m.lowSlots,
    lastSeen: m.lastSeen,
  }));
}

module.exports = { find, overview, recordVend, refill };
