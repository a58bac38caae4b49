// tick-heap 1.3.0: a binary min-heap ordered by a compare function (MIT).

export class MinHeap {
  constructor(compare = (a, b) => a - b) {
    this.compare = compare;
    this.items = [];
  }

  get size() {
    return this.items.length;
  }

  peek() {
    return this.items[0];
  }

  push(item) {
    this.items.push(item);
    this.#up(this.items.length - 1);
    return this.items.length;
  }

  pop() {
    const items = this.items;
    if (items.length === 0) return undefined;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0) {
      items[0] = last;
      this.#down(0);
    }
    return top;
  }

  /** Removes the first item `match` accepts (linear scan); returns it, or undefined. */
  remove(match) {
    const i = this.items.findIndex(match);
    if (i < 0) return undefined;
    const found = this.items[i];
    const last = this.items.pop();
    if (i < this.items.length) {
      this.items[i] = last;
      this.#down(i);
      this.#up(i);
    }
    return found;
  }

  #up(i) {
    const items = this.items;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(items[i], items[parent]) >= 0) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  #down(i) {
    const items = this.items;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let min = i;
      if (l < items.length && this.compare(items[l], items[min]) < 0) min = l;
      if (r < items.length && this.compare(items[r], items[min]) < 0) min = r;
      if (min === i) return;
      [items[i], items[min]] = [items[min], items[i]];
      i = min;
    }
  }
}
