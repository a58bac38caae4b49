/** Process-wide counters and timings, read by /metrics and the StatsD forwarder. */
class Metrics {
  constructor() {
    this.counters = new Map();
    this.samples = [];
    this.startedAt = Date.now();
  }

  increment(name, by = 1) {
    this.counters.set(name, (this.counters.get(name) ?? 0) + by);
  }

  timing(name, ms, tags = {}) {
    this.samples.push({ name, value: ms, tags, at: Date.now() });
  }

  summary() {
    const timings = {};
    for (const sample of this.samples) {
      const t = (timings[sample.name] ??= { count: 0, totalMs: 0, maxMs: 0 });
      t.count++;
      t.totalMs += sample.value;
      t.maxMs = Math.max(t.maxMs, sample.value);
    }
    return {
      uptimeMs: Date.now() - this.startedAt,
      counters: Object.fromEntries(this.counters),
      timings,
    };
  }
}

export const metrics = new Metrics();
