/**
 * A FIFO on two stacks (pushes go on the inbox, takes come off the outbox, which is refilled
 * from the inbox, reversed, when it runs dry): O(1) amortised without Array#shift. Capped: when
 * it is over capacity the oldest entry is dropped, so a feed nobody reads stays small.
 */
export class BoundedQueue<T> {
  #inbox: T[] = [];
  #outbox: T[] = [];
  #dropped = 0;

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.#inbox.length + this.#outbox.length;
  }

  get dropped(): number {
    return this.#dropped;
  }

  enqueue(item: T): void {
    this.#inbox.push(item);
    if (this.size > this.capacity) this.#dropOldest();
  }

  dequeue(): T | undefined {
    if (this.#outbox.length === 0) this.#refill();
    return this.#outbox.pop();
  }

  take(max: number): T[] {
    const out: T[] = [];
    while (out.length < max && this.size > 0) out.push(this.dequeue()!);
    return out;
  }

  #refill(): void {
    while (this.#inbox.length > 0) this.#outbox.push(this.#inbox.pop()!);
  }

  #dropOldest(): void {
    // The oldest entry is the top of the outbox.
    const dropped = this.#outbox.pop();
    if (dropped !== undefined) this.#dropped++;
  }
}
