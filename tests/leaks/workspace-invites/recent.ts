/** A fixed-size list of the latest items, oldest dropped first. */
export class Recent<T> {
  #items: T[] = [];
  constructor(readonly capacity: number) {}

  add(item: T) {
    this.#items.push(item);
    if (this.#items.length > this.capacity) this.#items.shift();
  }

  latest(n = this.capacity): T[] {
    return this.#items.slice(-n).reverse();
  }
}
