/**
 * Timers for a lot of far-apart moments without a setTimeout each: entries go into one-second
 * slots and a tick walks the slots from where it stopped up to now.
 */
export class TimerWheel {
  constructor(onDue, { tickMs = 250 } = {}) {
    this.onDue = onDue;
    this.slots = new Map();
    this.cursor = Math.floor(Date.now() / 1000);
    this.timer = setInterval(() => this.tick(), tickMs);
    this.timer.unref();
  }

  schedule(at, entry) {
    const second = Math.floor(at / 1000);
    let bucket = this.slots.get(second);
    if (!bucket) this.slots.set(second, bucket = []);
    bucket.push(entry);
    return { second, entry };
  }

  cancel(handle) {
    const bucket = this.slots.get(handle.second);
    const index = bucket ? bucket.indexOf(handle.entry) : -1;
    if (index === -1) return false;
    bucket.splice(index, 1);
    if (bucket.length === 0) this.slots.delete(handle.second);
    return true;
  }

  tick() {
    const now = Math.floor(Date.now() / 1000);
    for (; this.cursor <= now; this.cursor++) {
      const due = this.slots.get(this.cursor);
      if (!due) continue;
      this.slots.delete(this.cursor);
      for (const entry of due) {
        try {
          this.onDue(entry);
        } catch (err) {
          console.error("timer entry failed", err);
        }
      }
    }
  }
}
