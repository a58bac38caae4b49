/** A fixed-size window of the most recent items: once full, each write replaces the oldest. */
export class RingBuffer<T> {
  #items: T[] = [];
  #head = 0;
  readonly capacity: number;

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  write(item: T) {
    if (this.#items.length < this.capacity) {
      this.#items.push(item);
      return;
    }
    // full: overwrite the oldest slot and move the head on
    this.#items.splice(this.#head, 0, item);
    this.#head = (this.#head + 1) % this.capacity;
  }

  /** Oldest first. */
  toArray(): T[] {
    const window = this.#items.slice(0, this.capacity);
    return [...window.slice(this.#head), ...window.slice(0, this.#head)];
  }

  get size() {
    return Math.min(this.#items.length, this.capacity);
  }
}
