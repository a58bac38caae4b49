/** The newest `max` items, for the clubhouse screen. */
export class Recent<T> {
  #items: T[] = [];

  constructor(readonly max: number) {}

  add(item: T): void {
    this.#items.push(item);
    const excess = this.#items.length - this.max;
    if (excess > 0) this.#items.splice(0, excess);
  }

  latest(n: number): T[] {
    return this.#items.slice(-n).reverse();
  }
}
