"use strict";

// Channels are registered symbols so the POS bridge, loaded as a plugin, can subscribe without
// importing this module. There is one channel per kind of event, never per reservation.
const CHANNELS = Object.freeze({
  created: Symbol.for("reservations.created"),
  cancelled: Symbol.for("reservations.cancelled"),
  seated: Symbol.for("reservations.seated"),
});

const listeners = new Map();

function on(ch, fn) {
  if (!listeners.has(ch)) listeners.set(ch, []);
  listeners.get(ch).push(fn);
}

function emit(ch, payload) {
  for (const fn of listeners.get(ch) ?? []) fn(payload);
}

module.exports = { CHANNELS, emit, on };
