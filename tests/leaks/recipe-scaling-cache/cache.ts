// Read-through cache for the recipe API: one region per kind of thing, entries by the key
// the lookup was made with; writers invalidate what they changed.

interface CacheEntry {
  value: unknown;
  storedAt: number;
  expiresAt: number;
  hits: number;
}

const TTL_MS = 10 * 60_000;
const regions = new Map<string, Map<string, CacheEntry>>();

function region(name: string): Map<string, CacheEntry> {
  let r = regions.get(name);
  if (!r) {
    r = new Map();
    regions.set(name, r);
  }
  return r;
}

export async function readThrough<T>(name: string, key: string, load: () => Promise<T>) {
  const r = region(name);
  const hit = r.get(key);
  if (hit && hit.expiresAt > Date.now()) {
    hit.hits++;
    return hit.value as T;
  }
  const value = await load();
  if (value !== undefined) {
    r.set(key, { value, storedAt: Date.now(), expiresAt: Date.now() + TTL_MS, hits: 0 });
  }
  return value;
}

export function invalidate(name: string, key: string) {
  regions.get(name)?.delete(key);
}

export function cacheStats() {
  return Object.fromEntries([...regions].map(([name, r]) => [name, r.size]));
}
