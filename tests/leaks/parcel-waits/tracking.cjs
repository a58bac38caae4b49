const { EventEmitter2 } = require("eventemitter2");

// Plenty of couriers' apps wait on scans at once.
const tracking = new EventEmitter2({ maxListeners: 500 });

const MAX_PARCELS = 200;
/** Latest known state per parcel, oldest first (Map keeps insertion order). */
const parcels = new Map();

function remember(id, state) {
  parcels.delete(id);
  parcels.set(id, state);
  if (parcels.size > MAX_PARCELS) parcels.delete(parcels.keys().next().value);
}

function recordScan(id, scan) {
  const previous = parcels.get(id);
  const state = {
    id,
    status: scan.status,
    depot: scan.depot,
    at: new Date().toISOString(),
    history: [...(previous?.history ?? []).slice(-9), { status: scan.status, depot: scan.depot }],
  };
  remember(id, state);
  tracking.emit("status", state);
  return state;
}

function latest(id) {
  return parcels.get(id);
}

/**
 * Resolves with the parcel's next status change, or with its current state (changed: false)
 * once `timeoutMs` has passed without one.
 */
function waitForChange(id, timeoutMs) {
  return new Promise((resolve) => {
    const onStatus = (state) => {
      if (state.id !== id) return;
      clearTimeout(timer);
      tracking.off("status", onStatus);
      resolve({ changed: true, state });
    };
    const timer = setTimeout(() => {
      resolve({ changed: false, state: parcels.get(id) ?? null });
    }, timeoutMs);
    tracking.on("status", onStatus);
  });
}

module.exports = { tracking, recordScan, latest, waitForChange };
