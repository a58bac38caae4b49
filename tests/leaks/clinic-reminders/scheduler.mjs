/**
 * A small in-process job scheduler: jobs ordered by due time in a binary min-heap, a handler per
 * job kind, exponential backoff on failure.
 */
export class Scheduler {
  #heap = [];
  #byId = new Map();
  #handlers = new Map();
  #timer = null;
  #seq = 0;
  #running = false;

  constructor({ tickMs = 1_000, maxAttempts = 5, backoffMs = 30_000 } = {}) {
    this.tickMs = tickMs;
    this.maxAttempts = maxAttempts;
    this.backoffMs = backoffMs;
    this.completed = 0;
    this.failed = 0;
  }

  handle(kind, fn) {
    this.#handlers.set(kind, fn);
    return this;
  }

  schedule(dueAt, kind, payload) {
    if (!this.#handlers.has(kind)) throw new Error(`no handler for ${kind}`);
    const entry = {
      id: `job-${++this.#seq}`,
      kind,
      dueAt,
      payload,
      attempts: 0,
      cancelled: false,
      scheduledAt: Date.now(),
    };
    this.#insert(entry);
    this.#byId.set(entry.id, entry);
    return entry.id;
  }

  cancel(id) {
    const entry = this.#byId.get(id);
    if (!entry) return false;
    entry.cancelled = true;
    this.#byId.delete(id);
    return true;
  }

  get(id) {
    const entry = this.#byId.get(id);
    return entry &&
      { id: entry.id, kind: entry.kind, dueAt: entry.dueAt, attempts: entry.attempts };
  }

  start() {
    this.#timer ??= setInterval(() => this.#tick(Date.now()), this.tickMs);
    this.#timer.unref();
  }

  stop() {
    clearInterval(this.#timer);
    this.#timer = null;
  }

  stats() {
    return { pending: this.#byId.size, completed: this.completed, failed: this.failed };
  }

  async #tick(now) {
    if (this.#running) return;
    this.#running = true;
    try {
      while (this.#heap.length > 0 && this.#heap[0].dueAt <= now) {
        const entry = this.#pop();
        if (entry.cancelled) continue;
        await this.#run(entry, now);
      }
    } finally {
      this.#running = false;
    }
  }

  async #run(entry, now) {
    try {
      await this.#handlers.get(entry.kind)(entry.payload, entry);
      this.#byId.delete(entry.id);
      this.completed++;
    } catch (err) {
      entry.attempts++;
      entry.lastError = String(err?.message ?? err);
      if (entry.attempts >= this.maxAttempts) {
        this.#byId.delete(entry.id);
        this.failed++;
        console.error(`job ${entry.id} (${entry.kind}) gave up: ${entry.lastError}`);
        return;
      }
      entry.dueAt = now + this.backoffMs * 2 ** (entry.attempts - 1);
      this.#insert(entry);
    }
  }

  #insert(entry) {
    this.#heap.push(entry);
    let i = this.#heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.#heap[parent].dueAt <= this.#heap[i].dueAt) break;
      [this.#heap[parent], this.#heap[i]] = [this.#heap[i], this.#heap[parent]];
      i = parent;
    }
  }

  #pop() {
    const heap = this.#heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let min = i;
        if (l < heap.length && heap[l].dueAt < heap[min].dueAt) min = l;
        if (r < heap.length && heap[r].dueAt < heap[min].dueAt) min = r;
        if (min === i) break;
        [heap[min], heap[i]] = [heap[i], heap[min]];
        i = min;
      }
    }
    return top;
  }
}
