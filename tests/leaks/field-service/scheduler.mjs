/** Timed jobs in a binary min-heap; each entry knows its slot so it can be taken out early. */
export class Scheduler {
  #heap = [];
  #byId = new Map();
  #handlers = new Map();
  #timer = null;
  #seq = 0;

  handle(kind, fn) {
    this.#handlers.set(kind, fn);
    return this;
  }

  schedule(dueAt, kind, payload) {
    const entry = { id: `job-${++this.#seq}`, kind, dueAt, payload, index: -1 };
    this.#push(entry);
    this.#byId.set(entry.id, entry);
    return entry.id;
  }

  cancel(id) {
    const entry = this.#byId.get(id);
    if (!entry) return false;
    this.#byId.delete(id);
    this.#removeAt(entry.index);
    return true;
  }

  start(tickMs = 1_000) {
    this.#timer ??= setInterval(() => this.#tick(Date.now()), tickMs);
    this.#timer.unref();
  }

  get size() {
    return this.#heap.length;
  }

  #tick(now) {
    while (this.#heap.length && this.#heap[0].dueAt <= now) {
      const entry = this.#heap[0];
      this.#removeAt(0);
      this.#byId.delete(entry.id);
      Promise.resolve(this.#handlers.get(entry.kind)?.(entry.payload)).catch((err) =>
        console.error(`job ${entry.id} failed`, err)
      );
    }
  }

  #swap(a, b) {
    const heap = this.#heap;
    [heap[a], heap[b]] = [heap[b], heap[a]];
    heap[a].index = a;
    heap[b].index = b;
  }

  #up(i) {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.#heap[parent].dueAt <= this.#heap[i].dueAt) return;
      this.#swap(i, parent);
      i = parent;
    }
  }

  #down(i) {
    const heap = this.#heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let min = i;
      if (l < heap.length && heap[l].dueAt < heap[min].dueAt) min = l;
      if (r < heap.length && heap[r].dueAt < heap[min].dueAt) min = r;
      if (min === i) return;
      this.#swap(i, min);
      i = min;
    }
  }

  #push(entry) {
    entry.index = this.#heap.length;
    this.#heap.push(entry);
    this.#up(entry.index);
  }

  #removeAt(i) {
    const heap = this.#heap;
    const last = heap.length - 1;
    if (i !== last) this.#swap(i, last);
    heap.pop().index = -1;
    if (i < heap.length) {
      this.#down(i);
      this.#up(i);
    }
  }
}
