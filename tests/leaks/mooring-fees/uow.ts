import { HarbourError, type Visit } from "./harbour.ts";

/**
 * One unit of work per request: visits read in the request are loaded once (the identity map)
 * and changes are written back together at commit. Nothing outlives the request.
 */
export class UnitOfWork {
  #loaded = new Map<string, Visit>();
  #changed = new Set<string>();

  constructor(private table: Map<string, Visit>) {}

  visit(id: string): Visit {
    const known = this.#loaded.get(id);
    if (known) return known;
    const row = this.table.get(id);
    if (!row) throw new HarbourError(404, `no visit ${id}`);
    const copy = { ...row, boat: { ...row.boat } };
    this.#loaded.set(id, copy);
    return copy;
  }

  changed(visit: Visit) {
    this.#changed.add(visit.id);
  }

  commit() {
    for (const id of this.#changed) this.table.set(id, this.#loaded.get(id)!);
    this.#changed.clear();
    this.#loaded.clear();
  }
}
