"use strict";

const { waveBus, ZONES } = require("./waves.cjs");

const MAX_TASKS = 200;

/** Handhelds currently logged in, by device id. */
const sessions = new Map();

class HandheldSession {
  constructor(device, picker, zone) {
    this.device = device;
    this.picker = picker;
    this.zone = zone;
    this.loggedInAt = new Date().toISOString();
    this.active = true;
    this.tasks = [];
    this.picked = 0;
    waveBus.on("released", this.onWaveReleased.bind(this));
  }

  onWaveReleased(wave) {
    if (!this.active || wave.zone !== this.zone) return;
    // Split the wave over the handhelds in the zone: each takes the lines whose location
    // aisle hashes to it, so pickers don't walk the same aisle.
    const inZone = [...sessions.values()].filter((s) => s.active && s.zone === wave.zone);
    const slot = inZone.indexOf(this);
    for (const line of wave.lines) {
      const aisle = Number.parseInt(line.location.slice(1), 10) || 0;
      if (aisle % inZone.length !== slot) continue;
      if (this.tasks.length >= MAX_TASKS) break;
      this.tasks.push({ wave: wave.id, ...line });
    }
  }

  confirmPick(location, qty) {
    const i = this.tasks.findIndex((t) => t.location === location);
    if (i < 0) return null;
    const [task] = this.tasks.splice(i, 1);
    this.picked += Math.min(qty, task.qty);
    return task;
  }

  logout() {
    this.active = false;
    waveBus.off("released", this.onWaveReleased.bind(this));
    sessions.delete(this.device);
    // Lines the picker did not get to go back to the planner for the next wave.
    return this.tasks.splice(0);
  }
}

function login(device, { picker, zone }) {
  if (!picker) throw Object.assign(new Error("picker is required"), { status: 400 });
  if (!ZONES.has(zone)) throw Object.assign(new Error(`unknown zone ${zone}`), { status: 400 });
  const previous = sessions.get(device);
  if (previous) previous.logout();
  const session = new HandheldSession(device, picker, zone);
  sessions.set(device, session);
  return session;
}

function find(device) {
  const session = sessions.get(device);
  if (!session) throw Object.assign(new Error(`${device} is not logged in`), { status: 404 });
  return session;
}

function floorStatus() {
  const byZone = {};
  for (const s of sessions.values()) {
    byZone[s.zone] ??= { handhelds: 0, openTasks: 0 };
    byZone[s.zone].handhelds++;
    byZone[s.zone].openTasks += s.tasks.length;
  }
  return byZone;
}

module.exports = { login, find, floorStatus };
