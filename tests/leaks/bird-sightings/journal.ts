import { BREEDING_CODES, type Species, species, validGridRef } from "./species.ts";

export interface Sighting {
  seq: number;
  species: Species;
  count: number;
  site: string;
  gridRef: string;
  date: string;
  observer: { name: string; email: string };
  breeding?: string;
  notes: string;
  description?: string;
  receivedAt: string;
}

export interface SightingInput {
  species: string;
  count: number;
  site: string;
  gridRef: string;
  date: string;
  observer: { name: string; email: string };
  breeding?: string;
  notes?: string;
  description?: string;
}

/** What the sync takes from the journal in one go. */
export interface Batch {
  from: number;
  next: number;
  items: Sighting[];
  takenAt: number;
}

const KEEP = 50;

/**
 * The sightings journal: every record gets a sequence number; the newest KEEP are kept for
 * the site's "latest sightings" page and for the sync to read from.
 */
export class Journal {
  #items: Sighting[] = [];
  #seq = 0;
  #waiters: (() => void)[] = [];
  #unshipped = 0;

  append(input: SightingInput): Sighting {
    const sp = species(input.species);
    if (!validGridRef(input.gridRef)) throw new RangeError("grid reference not recognised");
    if (input.breeding && !BREEDING_CODES.has(input.breeding)) {
      throw new RangeError(`breeding code ${input.breeding} unknown`);
    }
    if (sp.status === "rare" && !input.description) {
      throw new RangeError(`${sp.name} needs a description for the records panel`);
    }
    const sighting: Sighting = {
      seq: ++this.#seq,
      species: sp,
      count: Math.max(1, Math.trunc(input.count)),
      site: input.site,
      gridRef: input.gridRef.toUpperCase(),
      date: input.date,
      observer: { ...input.observer },
      breeding: input.breeding,
      notes: input.notes ?? "",
      description: input.description,
      receivedAt: new Date().toISOString(),
    };
    this.#items.push(sighting);
    if (this.#items.length > KEEP) this.#items.splice(0, this.#items.length - KEEP);
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
    return sighting;
  }

  head() {
    return this.#seq;
  }

  /** The sightings after `after`, waiting for at least one. */
  async nextBatch(after: number): Promise<Batch> {
    while (this.#seq <= after) {
      await new Promise<void>((resolve) => this.#waiters.push(resolve));
    }
    return {
      from: after,
      next: this.#seq,
      items: this.#items.filter((s) => s.seq > after),
      takenAt: Date.now(),
    };
  }

  /** A batch the sync took but did not ship (it was stopped): counted for the status page. */
  markUnshipped(batch: Batch) {
    this.#unshipped += batch.items.length;
  }

  latest(site?: string, limit = 10) {
    const items = site ? this.#items.filter((s) => s.site === site) : this.#items;
    return items.slice(-limit).reverse();
  }

  stats() {
    return { seq: this.#seq, kept: this.#items.length, unshipped: this.#unshipped };
  }
}
