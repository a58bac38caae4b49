export interface Positioned {
  id: string;
  lat: number;
  lng: number;
}

/**
 * Grooming vans by grid cell (0.02° squares, about 2 km) for "which van is nearest": the index
 * remembers the cell it filed each van under, so a move or a removal finds it there whatever the
 * van's position says now.
 */
export class CellIndex<T extends Positioned> {
  readonly cells = new Map<string, Set<T>>();
  readonly #filedUnder = new Map<string, string>();

  constructor(readonly size = 0.02) {}

  cellOf(lat: number, lng: number) {
    return `${Math.floor(lat / this.size)},${Math.floor(lng / this.size)}`;
  }

  put(item: T) {
    const key = this.cellOf(item.lat, item.lng);
    const was = this.#filedUnder.get(item.id);
    if (was === key) return;
    if (was !== undefined) this.#unfile(item, was);
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, cell = new Set());
    cell.add(item);
    this.#filedUnder.set(item.id, key);
  }

  drop(item: T) {
    const was = this.#filedUnder.get(item.id);
    if (was === undefined) return;
    this.#unfile(item, was);
    this.#filedUnder.delete(item.id);
  }

  #unfile(item: T, key: string) {
    const cell = this.cells.get(key);
    cell?.delete(item);
    if (cell?.size === 0) this.cells.delete(key);
  }

  near(lat: number, lng: number): T[] {
    const [y, x] = this.cellOf(lat, lng).split(",").map(Number);
    const out: T[] = [];
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) out.push(...(this.cells.get(`${y + dy},${x + dx}`) ?? []));
    }
    return out;
  }
}
