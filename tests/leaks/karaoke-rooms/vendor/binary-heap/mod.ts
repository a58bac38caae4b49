// binary-heap 1.2.0 — minimal array-backed priority queue. MIT licence.

export class BinaryHeap<T> {
  items: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number) {}

  get length(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    this.items.push(item);
    this.#up(this.items.length - 1);
  }

  pop(): T | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    if (this.items.length > 0 && last !== undefined) {
      this.items[0] = last;
      this.#down(0);
    }
    return top;
  }

  #up(i: number) {
    const { items, compare } = this;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (compare(items[i], items[parent]) >= 0) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  #down(i: number) {
    const { items, compare } = this;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = i;
      if (l < items.length && compare(items[l], items[smallest]) < 0) smallest = l;
      if (r < items.length && compare(items[r], items[smallest]) < 0) smallest = r;
      if (smallest === i) return;
      [items[i], items[smallest]] = [items[smallest], items[i]];
      i = smallest;
    }
  }
}
