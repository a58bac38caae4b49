/**
 * The airlines' passenger lookups (in production one HTTPS call per alliance partner). Here a
 * stand-in that answers after a few milliseconds from the boarding pass number.
 */
import { setTimeout as sleep } from "node:timers/promises";

const TIERS = ["none", "silver", "gold", "platinum"];
const CABINS = ["economy", "premium", "business", "first"];

export class PassengerNotFound extends Error {
  status = 404;
}

export async function lookupPassenger(boardingPass, flight) {
  await sleep(3);
  const n = Number(boardingPass.replace(/\D/g, ""));
  if (!Number.isFinite(n) || boardingPass.startsWith("X")) {
    throw new PassengerNotFound(`no passenger ${boardingPass} on ${flight}`);
  }
  return {
    boardingPass,
    flight,
    name: `Passenger ${n}`,
    frequentFlyer: `FB${String(n).padStart(9, "0")}`,
    tier: TIERS[n % TIERS.length],
    cabin: CABINS[(n >> 2) % CABINS.length],
    seat: `${(n % 38) + 1}${"ABCDEF"[n % 6]}`,
    departure: new Date(Date.now() + 3 * 3600_000).toISOString(),
  };
}
