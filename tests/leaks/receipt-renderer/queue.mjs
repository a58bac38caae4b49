/**
 * A small in-process FIFO for render jobs. Array#shift is O(n) on big queues, so dequeueing
 * just moves a read index forward.
 */
export class JobQueue {
  #items = [];
  #head = 0;
  #waiters = [];

  get pending() {
    return this.#items.length - this.#head;
  }

  push(kind, payload) {
    const job = { id: `${kind}-${this.#items.length + 1}`, kind, payload, enqueuedAt: Date.now() };
    this.#items.push(job);
    const waiter = this.#waiters.shift();
    if (waiter) waiter();
    return job.id;
  }

  /** Resolves with the next job, waiting for one if the queue is empty. */
  async take() {
    while (this.#head >= this.#items.length) {
      await new Promise((resolve) => this.#waiters.push(resolve));
    }
    return this.#items[this.#head++];
  }
}

export const renderQueue = new JobQueue();
