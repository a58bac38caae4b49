/**
 * Rendered badges, memoised without keeping them alive: the cache holds WeakRefs, so a badge
 * nobody references any more can be collected and is simply rendered again.
 */
export interface Badge {
  svg: string;
  etag: string;
  bytes: Uint8Array<ArrayBuffer>;
}

const badgeCache = new Map<string, WeakRef<Badge>>();

export function memoBadge(key: string, render: () => Badge): Badge {
  const hit = badgeCache.get(key)?.deref();
  if (hit) return hit;
  const fresh = render();
  badgeCache.set(key, new WeakRef(fresh));
  return fresh;
}

export function cacheStats() {
  let live = 0;
  for (const ref of badgeCache.values()) if (ref.deref()) live++;
  return { entries: badgeCache.size, live };
}
