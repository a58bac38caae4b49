/** Rate-limit plans by API key prefix. Costs are in tokens; most calls cost 1. */

export interface Plan {
  name: string;
  capacity: number;
  refillPerSec: number;
  /** After a rejected call the key is refused outright for this long. */
  penaltyMs: number;
}

export const PLANS: Record<string, Plan> = {
  ak_test: { name: "sandbox", capacity: 5, refillPerSec: 5, penaltyMs: 250 },
  ak_live: { name: "standard", capacity: 20, refillPerSec: 20, penaltyMs: 250 },
  ak_ent: { name: "enterprise", capacity: 200, refillPerSec: 100, penaltyMs: 100 },
};

export function planFor(apiKey: string): Plan | undefined {
  const prefix = apiKey.split("_").slice(0, 2).join("_");
  return PLANS[prefix];
}

/** Bulk endpoints cost one token per item. */
export function costOf(method: string, path: string, items: number): number {
  if (method !== "GET" && path.endsWith("/bulk")) return Math.max(1, items);
  return 1;
}
