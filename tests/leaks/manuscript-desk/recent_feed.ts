/** The newest `max` items of a stream, for dashboards. */
export class RecentFeed<T> {
  #items: T[] = [];

  constructor(readonly max: number) {}

  add(item: T): void {
    this.#items.push(item);
    if (this.#items.length > this.max) {
      // Drop the oldest so that `max` remain.
      this.#items.splice(0, this.max - this.#items.length);
    }
  }

  /** Newest first. */
  latest(n: number): T[] {
    return this.#items.slice(-n).reverse();
  }
}
