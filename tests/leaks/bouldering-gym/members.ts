/** Members from the membership system, looked up by number and kept in a small LRU. */
export interface Member {
  id: string;
  name: string;
  plan: "monthly" | "10-visit" | "student";
  visitsLeft?: number;
  belayCertified: boolean;
}

const MAX_CACHED = 48;
const cache = new Map<string, Member>();
const counts = { lookups: 0, misses: 0 };

// Stands in for the membership system's API.
async function fetchMember(id: string): Promise<Member | undefined> {
  await new Promise((resolve) => setTimeout(resolve, 2));
  const n = Number(id.replace(/\D/g, ""));
  if (!Number.isFinite(n) || n <= 0) return undefined;
  const plans = ["monthly", "10-visit", "student"] as const;
  const plan = plans[n % 3];
  return {
    id,
    name: `Member ${n}`,
    plan,
    visitsLeft: plan === "10-visit" ? 1 + (n % 10) : undefined,
    belayCertified: n % 4 !== 0,
  };
}

export async function lookupMember(id: string): Promise<Member | undefined> {
  counts.lookups++;
  const hit = cache.get(id);
  if (hit) {
    cache.delete(id);
    cache.set(id, hit);
    return hit;
  }
  counts.misses++;
  const member = await fetchMember(id);
  if (!member) return undefined;
  cache.set(id, member);
  while (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
  return member;
}

export function memberStats() {
  return { ...counts, cached: cache.size };
}
