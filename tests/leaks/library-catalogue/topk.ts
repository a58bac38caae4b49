/**
 * Approximate top-k counting with the Space-Saving algorithm (Metwally et al.): at most
 * `capacity` counters; a new term takes over the smallest counter and inherits its count as
 * its possible overestimate (`error`).
 */
export interface Counter {
  term: string;
  count: number;
  error: number;
}

export class SpaceSaving {
  #counters = new Map<string, Counter>();
  observed = 0;

  constructor(readonly capacity: number) {}

  offer(term: string): void {
    this.observed++;
    const known = this.#counters.get(term);
    if (known) {
      known.count++;
      return;
    }
    let inherited = 0;
    if (this.#counters.size >= this.capacity) {
      let smallest: Counter | undefined;
      for (const c of this.#counters.values()) {
        if (!smallest || c.count < smallest.count) smallest = c;
      }
      if (smallest) {
        this.#counters.delete(smallest.term);
        inherited = smallest.count;
      }
    }
    this.#counters.set(term, { term, count: inherited + 1, error: inherited });
  }

  top(k: number): Counter[] {
    return [...this.#counters.values()].sort((a, b) => b.count - a.count).slice(0, k);
  }

  get size(): number {
    return this.#counters.size;
  }
}
