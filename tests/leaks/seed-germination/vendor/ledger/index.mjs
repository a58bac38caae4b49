/**
 * ledger: batched append-only writes with a promise per append (vendored; MIT).
 *
 *   await ledger.append(record);   // resolves once the batch holding it has been written
 *   ledger.onFlush(fn);            // after every flush (metrics)
 */
export class Ledger {
  #sink;
  #batch = [];
  #waiting = [];
  #hooks = [];
  #seq = 0;
  flushes = 0;

  constructor({ sink, intervalMs = 200 }) {
    this.#sink = sink;
    setInterval(() => this.flush(), intervalMs).unref?.();
  }

  append(record) {
    this.#batch.push({ seq: ++this.#seq, at: new Date().toISOString(), ...record });
    return new Promise((resolve, reject) => this.#waiting.push({ resolve, reject }));
  }

  onFlush(fn) {
    this.#hooks.push(fn);
    return () => {
      const i = this.#hooks.indexOf(fn);
      if (i >= 0) this.#hooks.splice(i, 1);
    };
  }

  flush() {
    const batch = this.#batch.splice(0);
    const waiting = this.#waiting.splice(0);
    if (batch.length === 0) return;
    this.flushes++;
    try {
      this.#sink(batch);
      for (const w of waiting) w.resolve(batch.length);
    } catch (err) {
      for (const w of waiting) w.reject(err);
    }
    for (const fn of this.#hooks) fn(batch.length);
  }
}
