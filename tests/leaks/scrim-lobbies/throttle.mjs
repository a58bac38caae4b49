// Per-player token buckets for lobby chat and settings changes.

const IDLE_MS = 200;

export class Throttle {
  #buckets = new Map();

  constructor(perSecond, burst) {
    this.perSecond = perSecond;
    this.burst = burst;
    this.sweeper = setInterval(() => this.sweep(), 100);
    this.sweeper.unref();
  }

  allow(player) {
    const now = Date.now();
    let b = this.#buckets.get(player);
    if (!b) {
      b = { tokens: this.burst, at: now };
      this.#buckets.set(player, b);
    }
    b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.perSecond);
    b.at = now;
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  sweep() {
    const cutoff = Date.now() - IDLE_MS;
    for (const [player, b] of this.#buckets) {
      if (b.at < cutoff) this.#buckets.delete(player);
    }
  }
}
