/**
 * The last `capacity` request ids and what they returned, so a resubmitted change (the
 * office's browser retrying a POST) is not recorded twice. Oldest out first.
 */
export class RecentKeys<V> {
  readonly capacity: number;
  #entries = new Map<string, V>();
  hits = 0;

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  get(key: string): V | undefined {
    const v = this.#entries.get(key);
    if (v !== undefined) this.hits++;
    return v;
  }

  set(key: string, value: V) {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    while (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
  }

  get size() {
    return this.#entries.size;
  }
}
