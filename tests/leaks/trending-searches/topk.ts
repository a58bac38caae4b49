/**
 * Approximate top-k counting with the Space-Saving algorithm (Metwally et al.): at most
 * `capacity` counters; a new term takes over the smallest counter and inherits its count as
 * its possible overestimate (`error`).
 */
export interface Counter {
  term: string;
  count: number;
  error: number;
  example: string;
  lastSeen: number;
}

export class SpaceSaving {
  #counters = new Map<string, Counter>();
  #observed = 0;

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.#counters.size;
  }

  get observed(): number {
    return this.#observed;
  }

  offer(term: string, example: string): Counter {
    this.#observed++;
    const known = this.#counters.get(term);
    if (known) {
      known.count++;
      known.example = example;
      known.lastSeen = Date.now();
      return known;
    }
    let inherited = 0;
    if (this.#counters.size >= this.capacity) {
      const victim = this.#smallest();
      if (victim) {
        this.#counters.delete(victim.term);
        inherited = victim.count;
      }
    }
    const counter = { term, count: inherited + 1, error: inherited, example, lastSeen: Date.now() };
    this.#counters.set(term, counter);
    return counter;
  }

  #smallest(): Counter | undefined {
    let smallest: Counter | undefined;
    for (const counter of this.#counters.values()) {
      if (counter.count < (smallest?.count ?? 0)) smallest = counter;
    }
    return smallest;
  }

  top(k: number): Counter[] {
    return [...this.#counters.values()]
      .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term))
      .slice(0, k);
  }
}
