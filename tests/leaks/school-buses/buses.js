"use strict";

const TRAIL = 20;

/** The contracted buses and their last positions (a ring of 20 per bus). */
const buses = new Map(
  ["B-04", "B-07", "B-12", "B-15"].map((
    id,
  ) => [id, { id, trail: new Array(TRAIL), next: 0 }]),
);

function ping(id, body) {
  const bus = buses.get(id);
  if (!bus) return undefined;
  const lat = Number(body.lat);
  const lng = Number(body.lng);
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  bus.trail[bus.next] = {
    lat,
    lng,
    speedKmh: Number(body.speedKmh) || 0,
    at: Date.now(),
  };
  bus.next = (bus.next + 1) % TRAIL;
  return { bus: id, positions: bus.trail.filter(Boolean).length };
}

module.exports = { buses, ping };
