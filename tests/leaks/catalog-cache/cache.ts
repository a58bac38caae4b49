import NodeCache from "node-cache";

// Read-through cache in front of the product database: at most MAX_KEYS entries, the oldest
// evicted to make room (node-cache refuses a new key when full instead of evicting).
const MAX_KEYS = 200;

export const productCache = new NodeCache({
  stdTTL: 0,
  checkperiod: 0,
  maxKeys: MAX_KEYS,
  useClones: false,
});

function evictOldest() {
  const [oldest] = productCache.keys();
  if (oldest !== undefined) productCache.del(oldest);
}

export async function readThrough<T>(
  key: string,
  load: () => Promise<T>,
  onLookup: (hit: boolean) => void,
): Promise<T> {
  const hit = productCache.get<T>(key);
  if (hit !== undefined) {
    onLookup(true);
    return hit;
  }
  onLookup(false);
  const value = await load();
  if (productCache.keys().length >= MAX_KEYS) evictOldest();
  productCache.set(key, value);
  return value;
}

export function cacheStats() {
  return productCache.getStats();
}
