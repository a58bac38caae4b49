"use strict";

/**
 * Messages held until a due time, in a binary min-heap on dueAt. Cancelling marks the entry and
 * forgets its id; the heap skips cancelled entries when it reaches them.
 */
class DelayQueue {
  #heap = [];
  #byId = new Map();

  schedule(id, dueAt, message) {
    if (this.#byId.has(id)) throw new Error(`${id} is already scheduled`);
    const entry = { id, dueAt, message, cancelled: false, scheduledAt: Date.now() };
    this.#heap.push(entry);
    this.#siftUp(this.#heap.length - 1);
    this.#byId.set(id, entry);
    return entry;
  }

  cancel(id) {
    const entry = this.#byId.get(id);
    if (!entry) return false;
    entry.cancelled = true;
    this.#byId.delete(id);
    return true;
  }

  /** Entries due at `now`, earliest first. */
  takeDue(now) {
    const due = [];
    while (this.#heap.length && this.#heap[0].dueAt <= now) {
      const entry = this.#pop();
      if (entry.cancelled) continue;
      this.#byId.delete(entry.id);
      due.push(entry);
    }
    return due;
  }

  get(id) {
    return this.#byId.get(id);
  }

  get size() {
    return this.#byId.size;
  }

  #pop() {
    const heap = this.#heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length) {
      heap[0] = last;
      this.#siftDown(0);
    }
    return top;
  }

  #siftUp(i) {
    const heap = this.#heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent].dueAt <= heap[i].dueAt) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  }

  #siftDown(i) {
    const heap = this.#heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let min = i;
      if (l < heap.length && heap[l].dueAt < heap[min].dueAt) min = l;
      if (r < heap.length && heap[r].dueAt < heap[min].dueAt) min = r;
      if (min === i) return;
      [heap[min], heap[i]] = [heap[i], heap[min]];
      i = min;
    }
  }
}

module.exports = { DelayQueue };
