"use strict";

/** Units we have heard from recently, by unit id (the handset's call sign). */
const units = new Map();
/** A unit that has gone quiet this long drops off the live map. */
const OFFLINE_AFTER_MS = 250;
const SWEEP_EVERY_MS = 200;
const TRAIL_LENGTH = 12;

const depots = new Set(["Leith Walk", "Bankhead", "Seafield", "Powderhall"]);
const counters = { beacons: 0, wentOffline: 0, signedOff: 0 };
/** Salt spread per route this shift (kg); routes are a fixed list. */
const saltByRoute = new Map();

function unitFor(id, beacon) {
  let unit = units.get(id);
  if (!unit) {
    unit = {
      id,
      depot: beacon.depot,
      driver: beacon.driver,
      route: beacon.route,
      vehicle: beacon.vehicle,
      firstSeen: Date.now(),
      lastSeen: 0,
      position: null,
      blade: "up",
      spreaderRate: 0,
      trail: [],
    };
    units.set(id, unit);
  }
  return unit;
}

function recordBeacon(id, beacon) {
  if (!depots.has(beacon.depot)) {
    const err = new Error(`unknown depot ${beacon.depot}`);
    err.status = 400;
    throw err;
  }
  const unit = unitFor(id, beacon);
  // a handset that lost signal sends its buffered beacons with the time each was taken
  unit.lastSeen = beacon.recordedAt ?? Date.now();
  unit.position = { lat: beacon.lat, lng: beacon.lng, heading: beacon.heading };
  unit.blade = beacon.blade ?? unit.blade;
  unit.spreaderRate = beacon.spreaderRate ?? unit.spreaderRate;
  unit.trail.push([beacon.lat, beacon.lng]);
  if (unit.trail.length > TRAIL_LENGTH) unit.trail.shift();
  if (beacon.saltKg) {
    saltByRoute.set(unit.route, (saltByRoute.get(unit.route) ?? 0) + beacon.saltKg);
  }
  counters.beacons++;
  return { unit: id, live: units.size };
}

function signOff(id) {
  const unit = units.get(id);
  if (!unit) return false;
  units.delete(unit.id);
  counters.signedOff++;
  return true;
}

function sweep() {
  const now = Date.now();
  for (const [id, unit] of units) {
    if (now - unit.lastSeen > OFFLINE_AFTER_MS) {
      units.delete(id);
      counters.wentOffline++;
    }
  }
}

setInterval(sweep, SWEEP_EVERY_MS).unref();

function liveMap(depot) {
  const out = [];
  for (const unit of units.values()) {
    if (depot && unit.depot !== depot) continue;
    out.push({ id: unit.id, route: unit.route, blade: unit.blade, position: unit.position });
    if (out.length >= 25) break;
  }
  return out;
}

function stats() {
  return { ...counters, live: units.size, saltKgByRoute: Object.fromEntries(saltByRoute) };
}

module.exports = { liveMap, recordBeacon, signOff, stats };
