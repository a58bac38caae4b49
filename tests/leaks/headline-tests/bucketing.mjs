// Deterministic bucketing: a visitor lands in the same variant on every request, on every
// instance, without a lookup. 32-bit murmur3 of "<salt>:<unit>" scaled to [0, 1).

function murmur3(key, seed = 0) {
  let h = seed >>> 0;
  const len = key.length;
  let i = 0;
  while (i + 4 <= len) {
    let k = (key.charCodeAt(i) & 0xff) | ((key.charCodeAt(i + 1) & 0xff) << 8) |
      ((key.charCodeAt(i + 2) & 0xff) << 16) | ((key.charCodeAt(i + 3) & 0xff) << 24);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
    i += 4;
  }
  let k = 0;
  switch (len & 3) {
    case 3:
      k ^= (key.charCodeAt(i + 2) & 0xff) << 16;
    // falls through
    case 2:
      k ^= (key.charCodeAt(i + 1) & 0xff) << 8;
    // falls through
    case 1:
      k ^= key.charCodeAt(i) & 0xff;
      k = Math.imul(k, 0xcc9e2d51);
      k = (k << 15) | (k >>> 17);
      k = Math.imul(k, 0x1b873593);
      h ^= k;
  }
  h ^= len;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function bucketOf(salt, unitId) {
  return murmur3(`${salt}:${unitId}`) / 0x100000000;
}

/** Picks a variant by weight (weights need not sum to 1). */
export function pickVariant(variants, salt, unitId) {
  const total = variants.reduce((sum, v) => sum + v.weight, 0);
  let point = bucketOf(salt, unitId) * total;
  for (const variant of variants) {
    if (point < variant.weight) return variant;
    point -= variant.weight;
  }
  return variants[variants.length - 1];
}

/**
 * The key of a sticky assignment: the unit first, then the experiment, the same layout as the
 * SDK's sticky-bucket documents so the two can be reconciled.
 */
export function assignmentKey(unitId, experimentId) {
  return `${unitId}:${experimentId}`;
}
