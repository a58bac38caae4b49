/**
 * Agents retry a push when the response is lost; the push id lets us ignore the second copy.
 * Remembers the last `max` ids (a Map in insertion order, oldest dropped first).
 */
export class RecentIds {
  #seen = new Map<string, number>();

  constructor(readonly max = 64) {}

  /** True the first time an id is seen. */
  firstTime(id: string): boolean {
    if (this.#seen.has(id)) return false;
    this.#seen.set(id, Date.now());
    if (this.#seen.size > this.max) {
      const oldest = this.#seen.keys().next().value;
      if (oldest !== undefined) this.#seen.delete(oldest);
    }
    return true;
  }

  get size() {
    return this.#seen.size;
  }
}
