import type { Point } from "./geo.ts";

export interface Located extends Point {
  id: string;
}

/**
 * A uniform grid over lat/lng for "who is near here" queries: each cell (about 1.1 km of
 * latitude at the default size) holds the items whose position falls in it.
 */
export class SpatialGrid<T extends Located> {
  readonly cells = new Map<string, Map<string, T>>();

  constructor(readonly cellDeg = 0.01) {}

  keyFor(lat: number, lng: number): string {
    return `${Math.floor(lat / this.cellDeg)}:${Math.floor(lng / this.cellDeg)}`;
  }

  insert(item: T) {
    const key = this.keyFor(item.lat, item.lng);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = new Map();
      this.cells.set(key, cell);
    }
    cell.set(item.id, item);
  }

  remove(item: T) {
    const key = this.keyFor(item.lat, item.lng);
    const cell = this.cells.get(key);
    if (!cell) return;
    cell.delete(item.id);
    if (cell.size === 0) this.cells.delete(key);
  }

  /** Items in the cells within `ring` cells of the point (a square of (2·ring+1)² cells). */
  around(lat: number, lng: number, ring = 2): T[] {
    const cy = Math.floor(lat / this.cellDeg);
    const cx = Math.floor(lng / this.cellDeg);
    const found = new Map<string, T>();
    for (let y = cy - ring; y <= cy + ring; y++) {
      for (let x = cx - ring; x <= cx + ring; x++) {
        for (const item of this.cells.get(`${y}:${x}`)?.values() ?? []) found.set(item.id, item);
      }
    }
    return [...found.values()];
  }

  stats() {
    let items = 0;
    for (const cell of this.cells.values()) items += cell.size;
    return { cells: this.cells.size, items };
  }
}
