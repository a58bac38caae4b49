"use strict";

const { Stacks } = require("./stacks.cjs");
const { holdOn } = require("./customs.cjs");

class EventError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const stacks = new Stacks();
/** Containers in the terminal, by container number. */
const yard = new Map();
/** The latest departures, newest first, for the gate office's screen. */
const departures = [];
const MAX_DEPARTURES = 50;
const counters = { gateIn: 0, gateOut: 0, loaded: 0, moves: 0, refused: 0 };

function lineOf(container) {
  return container.slice(0, 4);
}

function newEntry(ev, position, at) {
  return {
    container: ev.container,
    line: ev.line ?? lineOf(ev.container),
    iso: ev.iso ?? null,
    size: ev.size ?? null,
    booking: ev.booking ?? ev.pickupRef ?? null,
    seal: ev.seal ?? null,
    weightKg: ev.weightKg ?? null,
    reefer: ev.reefer ?? null,
    arrivedAt: new Date(at).toISOString(),
    arrivedBy: ev.truck
      ? { truck: ev.truck, haulier: ev.haulier ?? null, driver: ev.driver ?? null }
      : { vessel: ev.vessel ?? null },
    release: ev.release ?? null,
    position,
    moves: [],
  };
}

function summaryOf(entry, ev, at) {
  return {
    container: entry.container,
    line: entry.line,
    left: ev.type === "loaded" ? `vessel ${ev.vessel}` : `truck ${ev.truck}`,
    at: new Date(at).toISOString(),
    dwellMinutes: Math.round((at - Date.parse(entry.arrivedAt)) / 60000),
  };
}

/** Applies one event from the gate, the cranes or the straddle carriers. */
function applyEvent(ev) {
  if (!ev || typeof ev.container !== "string" || !/^[A-Z]{4}\d+$/.test(ev.container)) {
    throw new EventError(400, "container number missing or malformed");
  }
  const at = Date.parse(ev.at ?? "") || Date.now();
  switch (ev.type) {
    case "gate_in": {
      if (yard.has(ev.container)) {
        throw new EventError(409, `${ev.container} is already in the terminal`);
      }
      const slot = stacks.allocate(ev.size ?? 40, ev.container);
      if (!slot) throw new EventError(507, "no free ground slot");
      yard.set(ev.container, newEntry(ev, slot, at));
      counters.gateIn++;
      break;
    }
    case "gate_out":
    case "loaded": {
      const entry = yard.get(ev.container);
      if (!entry) throw new EventError(404, `${ev.container} is not in the terminal`);
      const hold = holdOn(ev.container);
      if (hold) {
        counters.refused++;
        throw new EventError(423, `${ev.container} is held by customs: ${hold.reason}`);
      }
      yard.delete(ev.container);
      stacks.release(entry.position);
      departures.unshift(summaryOf(entry, ev, at));
      if (departures.length > MAX_DEPARTURES) departures.length = MAX_DEPARTURES;
      counters[ev.type === "loaded" ? "loaded" : "gateOut"]++;
      ev = { ...ev, to: ev.type === "loaded" ? `VESSEL ${ev.vessel}` : "GATE" };
    }
    // falls through: a departure is also a move on the position board (the board shows the box
    // leaving its stack)
    case "yard_move": {
      let entry = yard.get(ev.container);
      if (!entry) {
        // a move can be the first we hear of a box: transshipments come off the vessel and go
        // straight into a stack, with no gate-in
        entry = newEntry(ev, ev.from ?? "QUAY", at);
        yard.set(ev.container, entry);
      }
      let to = ev.to;
      if (to === "auto") {
        stacks.release(entry.position);
        to = stacks.allocate(entry.size ?? 40, ev.container);
        if (!to) throw new EventError(507, "no free ground slot");
      } else if (stacks.isSlot(to) && !stacks.occupy(to, ev.container)) {
        throw new EventError(409, `${to} is taken`);
      } else if (stacks.isSlot(to)) {
        stacks.release(entry.position);
      }
      entry.moves.push({ from: entry.position, to, at, by: ev.equipment ?? ev.truck ?? null });
      entry.position = to;
      counters.moves++;
      break;
    }
    default:
      throw new EventError(400, `unknown event type ${ev.type}`);
  }
}

/** Boxes standing in the stacks (what the yard planners see), optionally in one block. */
function inStacks(block) {
  const out = [];
  for (const entry of yard.values()) {
    if (!stacks.isSlot(entry.position)) continue;
    if (block && !entry.position.startsWith(block)) continue;
    out.push({ container: entry.container, position: entry.position, line: entry.line });
  }
  return out;
}

function find(container) {
  const entry = yard.get(container);
  return entry && stacks.isSlot(entry.position) ? entry : null;
}

function stats() {
  return { ...counters, slots: stacks.usage(), departures: departures.length };
}

module.exports = { applyEvent, departures, EventError, find, inStacks, stats };
