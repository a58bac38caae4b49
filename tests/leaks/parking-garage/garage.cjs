"use strict";

const { computed, signal } = require("./lib/signals.cjs");

// Live state of the garage; the barrier controllers and the pricing screen read from here.
const capacity = signal("capacity", 480);
const occupied = signal("occupied", 402);
const reservedForPermits = signal("reservedForPermits", 40);
const baseRateCents = signal("baseRateCents", 380);
const eventTonight = signal("eventTonight", false);

const utilisation = computed("utilisation", () => occupied.get() / capacity.get());
const spacesLeft = computed(
  "spacesLeft",
  () => Math.max(0, capacity.get() - reservedForPermits.get() - occupied.get()),
);
const surge = computed("surge", () => {
  const u = utilisation.get();
  const base = u > 0.9 ? 1.5 : u > 0.75 ? 1.25 : 1;
  return eventTonight.get() ? base + 0.5 : base;
});
const hourlyCents = computed("hourlyCents", () => Math.round(baseRateCents.get() * surge.get()));
const board = computed("board", () => ({
  free: spacesLeft.get(),
  full: spacesLeft.get() === 0,
  occupied: occupied.get(),
  hourly: (hourlyCents.get() / 100).toFixed(2),
}));

const parked = new Map();

function enter(plate, at = Date.now()) {
  if (parked.has(plate)) return { plate, admitted: false, reason: "already inside" };
  if (spacesLeft.get() === 0) return { plate, admitted: false, reason: "full" };
  parked.set(plate, { plate, since: at, rateCents: hourlyCents.get() });
  occupied.update((n) => n + 1);
  return { plate, admitted: true, hourly: board.get().hourly };
}

function exit(plate, at = Date.now()) {
  const visit = parked.get(plate);
  if (!visit) return null;
  parked.delete(plate);
  occupied.update((n) => n - 1);
  const hours = Math.max(1, Math.ceil((at - visit.since) / 3_600_000));
  return { plate, hours, dueCents: hours * visit.rateCents };
}

function setTariff({ baseRateCents: cents, eventTonight: event }) {
  if (Number.isInteger(cents) && cents > 0) baseRateCents.set(cents);
  if (typeof event === "boolean") eventTonight.set(event);
  return { hourlyCents: hourlyCents.get(), surge: surge.get() };
}

module.exports = { board, enter, exit, setTariff, utilisation };
