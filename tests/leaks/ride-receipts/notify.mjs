// Rider notifications after a trip. The receipt waits a moment because drivers' apps send
// toll and waiting-time adjustments right after they end the trip; the rating prompt comes
// once the rider has had time to get out of the car.

import { pushToRider } from "./push.mjs";

const RECEIPT_DELAY_MS = Number(process.env.RECEIPT_DELAY_MS ?? 40);
const RATING_PROMPT_DELAY_MS = Number(process.env.RATING_PROMPT_DELAY_MS ?? 80);

// Timers that have not fired yet: on shutdown they are cleared so server.close() can let the
// process exit (the nightly reconcile re-sends receipts that never went out).
const pendingTimers = new Set();
let failures = 0;

function later(delayMs, task) {
  const timer = setTimeout(() => {
    task().catch((err) => {
      failures++;
      console.error("rider notification failed:", err.message);
    });
  }, delayMs);
  pendingTimers.add(timer);
  return timer;
}

export function scheduleTripNotifications(trip, fare) {
  later(RECEIPT_DELAY_MS, () =>
    pushToRider(trip.riderId, {
      kind: "receipt",
      title: `Your trip with ${trip.driverName}: ${fare.totalText}`,
      rideId: trip.rideId,
      lines: fare.lines,
    }));
  later(RATING_PROMPT_DELAY_MS, () =>
    pushToRider(trip.riderId, {
      kind: "rating",
      title: `How was your ride with ${trip.driverName}?`,
      rideId: trip.rideId,
      driverId: trip.driverId,
    }));
}

export function cancelPendingNotifications() {
  for (const timer of pendingTimers) clearTimeout(timer);
  const cancelled = pendingTimers.size;
  pendingTimers.clear();
  return cancelled;
}

export function notificationStats() {
  return { failures };
}
