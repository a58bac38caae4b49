/**
 * A capped FIFO on two stacks: pushes go on the inbox, takes come off the outbox (refilled from
 * the inbox, reversed, when it runs dry). Over capacity, the oldest entry is dropped.
 */
export class CappedFeed<T> {
  #inbox: T[] = [];
  #outbox: T[] = [];

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.#inbox.length + this.#outbox.length;
  }

  push(item: T): void {
    this.#inbox.push(item);
    while (this.size > this.capacity) this.shift();
  }

  shift(): T | undefined {
    if (this.#outbox.length === 0) {
      while (this.#inbox.length > 0) this.#outbox.push(this.#inbox.pop()!);
    }
    return this.#outbox.pop();
  }

  take(max: number): T[] {
    const out: T[] = [];
    while (out.length < max && this.size > 0) out.push(this.shift()!);
    return out;
  }
}
