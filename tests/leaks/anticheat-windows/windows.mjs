/**
 * Per-player counters in fixed one-second windows. A window only matters while it is the
 * current one, so a sweeper drops every window that has closed.
 */
export class WindowCounters {
  #windows = new Map();

  constructor(windowMs = 1000) {
    this.windowMs = windowMs;
    this.sweeper = setInterval(() => this.sweep(), windowMs);
    this.sweeper.unref();
  }

  #slot(now) {
    return Math.floor(now / this.windowMs);
  }

  add(player, metric, n = 1, now = Date.now()) {
    const key = `${player}\u0000${metric}`;
    const slot = this.#slot(now);
    let w = this.#windows.get(key);
    if (!w || w.slot !== slot) {
      w = { slot, count: 0 };
      this.#windows.set(key, w);
    }
    w.count += n;
    return w.count;
  }

  sweep(now = Date.now()) {
    const current = this.#slot(now);
    for (const [key, w] of this.#windows) if (w.slot < current) this.#windows.delete(key);
  }

  get size() {
    return this.#windows.size;
  }
}
