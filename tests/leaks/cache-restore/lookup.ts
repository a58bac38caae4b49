import { type CacheEntry, list } from "./storage.ts";

export class CacheMiss extends Error {
  constructor(readonly scope: string, readonly keys: string[]) {
    super(`no cache for ${keys.join(", ")} in ${scope}`);
    this.name = "CacheMiss";
  }
}

export const metrics = { hits: 0, misses: 0, shared: 0 };

/**
 * Matrix jobs restore the same cache at the same moment, so concurrent lookups for the same
 * keys share one walk over the scope's entries.
 */
const inflight = new Map<string, Promise<CacheEntry>>();

async function find(scope: string, keys: string[], version: string): Promise<CacheEntry> {
  const entries = (await list(scope)).filter((e) => e.version === version);
  // exact match on the primary key first, then the restore keys as prefixes, in order
  const exact = entries.find((e) => e.key === keys[0]);
  if (exact) return exact;
  for (const prefix of keys.slice(1)) {
    const partial = entries.find((e) => e.key.startsWith(prefix));
    if (partial) return partial;
  }
  throw new CacheMiss(scope, keys);
}

export function restore(scope: string, keys: string[], version: string): Promise<CacheEntry> {
  const id = `${scope}|${version}|${keys.join("\n")}`;
  const shared = inflight.get(id);
  if (shared) {
    metrics.shared++;
    return shared;
  }
  const pending = find(scope, keys, version);
  inflight.set(id, pending);
  pending
    .then((entry) => {
      inflight.delete(id);
      entry.lastAccessedAt = Date.now();
      metrics.hits++;
    })
    .catch(() => {
      metrics.misses++;
    });
  return pending;
}
