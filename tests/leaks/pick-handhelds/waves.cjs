"use strict";

// Pick waves: the planner groups order lines into a wave per zone and releases it to the
// floor. Handhelds logged into that zone get the lines pushed to their task list.

const { EventEmitter } = require("node:events");

class WaveBus extends EventEmitter {}

const waveBus = new WaveBus();
// One subscriber per logged-in handheld; a distribution centre runs a few hundred.
waveBus.setMaxListeners(0);

const ZONES = new Set(["A", "B", "C", "FROZEN"]);
let waveSeq = 0;
const released = []; // the last few waves, for the supervisor screen
const KEEP_RELEASED = 20;

function releaseWave({ zone, lines }) {
  if (!ZONES.has(zone)) throw Object.assign(new Error(`unknown zone ${zone}`), { status: 400 });
  if (!Array.isArray(lines) || lines.length === 0) {
    throw Object.assign(new Error("a wave needs order lines"), { status: 400 });
  }
  const wave = {
    id: `W${String(++waveSeq).padStart(6, "0")}`,
    zone,
    releasedAt: new Date().toISOString(),
    lines: lines.map((l, n) => ({
      line: n + 1,
      order: String(l.order),
      location: String(l.location),
      sku: String(l.sku),
      qty: Number(l.qty) || 1,
    })),
  };
  released.push({ id: wave.id, zone, lines: wave.lines.length, releasedAt: wave.releasedAt });
  if (released.length > KEEP_RELEASED) released.shift();
  waveBus.emit("released", wave);
  return wave;
}

function recentWaves() {
  return released.slice(-10);
}

module.exports = { waveBus, releaseWave, recentWaves, ZONES };
