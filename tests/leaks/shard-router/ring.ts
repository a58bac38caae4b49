// Consistent hashing over the cache nodes: each node owns `vnodes * weight` points on a 32-bit
// ring, and a key goes to the first point at or after its own hash. Adding or removing a node
// only moves the keys next to its points.

export interface RingNode {
  id: string;
  addr: string;
  zone: string;
  weight: number;
}

interface Point {
  hash: number;
  node: RingNode;
}

/** FNV-1a, 32 bit. Stable across processes, which is all the ring needs. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class HashRing {
  points: Point[] = [];
  nodes = new Map<string, RingNode>();

  constructor(readonly vnodes = 32) {}

  /** Adds a node, or updates the one with the same id. */
  add(node: RingNode) {
    this.nodes.set(node.id, node);
    const count = this.vnodes * Math.max(1, Math.round(node.weight));
    for (let i = 0; i < count; i++) {
      this.points.push({ hash: fnv1a(`${node.id}#${i}`), node });
    }
    this.points.sort((a, b) => a.hash - b.hash);
  }

  remove(id: string) {
    if (!this.nodes.delete(id)) return false;
    this.points = this.points.filter((p) => p.node.id !== id);
    return true;
  }

  lookup(key: string): RingNode | undefined {
    const points = this.points;
    if (points.length === 0) return undefined;
    const h = fnv1a(key);
    let lo = 0;
    let hi = points.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (points[mid].hash < h) lo = mid + 1;
      else hi = mid;
    }
    const id = points[lo === points.length ? 0 : lo].node.id;
    return this.nodes.get(id);
  }

  /** Share of the ring each node owns, for the ops page. */
  ownership(): Record<string, number> {
    const owned: Record<string, number> = {};
    const points = this.points;
    for (let i = 0; i < points.length; i++) {
      const prev = i === 0 ? points[points.length - 1].hash - 2 ** 32 : points[i - 1].hash;
      const id = points[i].node.id;
      owned[id] = (owned[id] ?? 0) + (points[i].hash - prev) / 2 ** 32;
    }
    for (const id of Object.keys(owned)) owned[id] = Math.round(owned[id] * 1000) / 1000;
    return owned;
  }
}
