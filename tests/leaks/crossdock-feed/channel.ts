/** A small in-process channel: producers push, each subscription reads in order. */
export class Channel<T> {
  #queue: T[] = [];
  #waiting: ((value: T) => void)[] = [];
  #pushed = 0;

  push(value: T) {
    this.#pushed++;
    const next = this.#waiting.shift();
    if (next) next(value);
    else this.#queue.push(value);
  }

  #take(): Promise<T> {
    if (this.#queue.length > 0) return Promise.resolve(this.#queue.shift()!);
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  async *subscribe(): AsyncGenerator<T, never> {
    while (true) yield await this.#take();
  }

  stats() {
    return { pushed: this.#pushed, buffered: this.#queue.length };
  }
}
