// Households come from the regional registration system; the last 48 looked up are kept for
// a minute (most families are served once a week, volunteers look a family up two or three
// times during a visit).
const MAX = 48;
const MAX_AGE_MS = 60_000;
const cache = new Map();
const counts = { lookups: 0, registry: 0 };

async function fromRegistry(id) {
  counts.registry++;
  await new Promise((resolve) => setTimeout(resolve, 2));
  const n = Number(id.replace(/\D/g, "")) || 0;
  return {
    id,
    size: 1 + (n % 6),
    diet: n % 5 === 0 ? ["halal"] : n % 7 === 0 ? ["vegetarian"] : [],
    referredBy: ["municipality", "social work", "debt counselling"][n % 3],
    fetchedAt: Date.now(),
  };
}

export async function household(id) {
  counts.lookups++;
  const hit = cache.get(id);
  if (hit && Date.now() - hit.fetchedAt < MAX_AGE_MS) {
    cache.delete(id);
    cache.set(id, hit);
    return hit;
  }
  const fresh = await fromRegistry(id);
  cache.delete(id);
  cache.set(id, fresh);
  while (cache.size > MAX) cache.delete(cache.keys().next().value);
  return fresh;
}

export const householdStats = () => ({ ...counts, cached: cache.size });
