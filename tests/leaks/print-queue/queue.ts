/** An in-memory FIFO whose take() waits for the next item when the queue is empty. */
export class JobQueue<T> {
  #items: T[] = [];
  #head = 0;
  #waiting: ((item: T) => void)[] = [];

  push(item: T): void {
    const waiter = this.#waiting.shift();
    if (waiter) waiter(item);
    else this.#items.push(item);
  }

  take(): Promise<T> {
    if (this.#head < this.#items.length) {
      const item = this.#items[this.#head++];
      if (this.#head > 64 && this.#head * 2 > this.#items.length) {
        this.#items = this.#items.slice(this.#head);
        this.#head = 0;
      }
      return Promise.resolve(item);
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  get length(): number {
    return this.#items.length - this.#head;
  }
}
