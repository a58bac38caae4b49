import { CoalescingCache } from "./node_modules/coalescing-cache/index.js";
import { lookupPassenger } from "./airline.mjs";

export const LOUNGES = {
  "crown-f": { name: "Crown Lounge (pier F)", minTier: "gold", cabins: ["business", "first"] },
  "aspire-d": { name: "Aspire Lounge (pier D)", minTier: "silver", cabins: ["first"] },
};
const TIER_RANK = { none: 0, silver: 1, gold: 2, platinum: 3 };

function evaluate(passenger, lounge) {
  const reasons = [];
  if (TIER_RANK[passenger.tier] >= TIER_RANK[lounge.minTier]) {
    reasons.push(`${passenger.tier} frequent flyer (${passenger.frequentFlyer})`);
  }
  if (lounge.cabins.includes(passenger.cabin)) reasons.push(`travelling ${passenger.cabin}`);
  const guests = passenger.tier === "platinum" ? 2 : passenger.tier === "gold" ? 1 : 0;
  return { admitted: reasons.length > 0, guests, reasons };
}

// Scanners at the desk read the same pass two or three times (and the agent's screen asks as
// well): one airline call per pass and flight, kept for the passenger's stay.
const passengers = new CoalescingCache({
  max: 64,
  ttlMs: 20 * 60_000,
  load: (key) => {
    const [pass, flight] = key.split("|");
    return lookupPassenger(pass, flight);
  },
});

export async function checkEligibility(boardingPass, flight, loungeId) {
  const lounge = LOUNGES[loungeId];
  if (!lounge) return null;
  const passenger = await passengers.get(`${boardingPass}|${flight}`);
  return {
    lounge: lounge.name,
    passenger: passenger.name,
    seat: passenger.seat,
    ...evaluate(passenger, lounge),
  };
}

export function cacheStats() {
  return { size: passengers.size, ...passengers.stats };
}
