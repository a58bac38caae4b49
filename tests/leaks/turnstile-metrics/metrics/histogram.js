"use strict";

const DEFAULT_BUCKETS = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/**
 * A Prometheus histogram with OpenMetrics exemplars: each bucket shows the trace of a recent
 * observation that fell into it, so a slow bucket on the dashboard links to a trace.
 */
class Histogram {
  constructor(name, help, { buckets = DEFAULT_BUCKETS, labelNames = [] } = {}) {
    this.name = name;
    this.help = help;
    this.labelNames = labelNames;
    this.bounds = [...buckets].sort((a, b) => a - b);
    this.series = new Map();
  }

  _seriesFor(labels) {
    const key = this.labelNames.map((l) => labels[l] ?? "").join("|");
    let series = this.series.get(key);
    if (!series) {
      series = {
        text: this.labelNames.map((l) => `${l}="${labels[l] ?? ""}"`).join(","),
        sum: 0,
        count: 0,
        buckets: [...this.bounds, Infinity].map((le) => ({ le, count: 0, exemplars: [] })),
      };
      this.series.set(key, series);
    }
    return series;
  }

  /** Records one observation (seconds); `exemplar` are its trace labels, if it was traced. */
  observe(labels, seconds, exemplar) {
    const series = this._seriesFor(labels);
    series.sum += seconds;
    series.count++;
    const bucket = series.buckets.find((b) => seconds <= b.le);
    bucket.count++;
    if (exemplar) {
      bucket.exemplars.push({ labels: exemplar, value: seconds, timestamp: Date.now() / 1000 });
    }
  }

  startTimer(labels) {
    const started = process.hrtime.bigint();
    return (exemplar) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.observe(labels, seconds, exemplar);
      return seconds;
    };
  }

  /** OpenMetrics text: cumulative buckets, each with its latest exemplar. */
  expose() {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const series of this.series.values()) {
      let cumulative = 0;
      for (const bucket of series.buckets) {
        cumulative += bucket.count;
        const le = bucket.le === Infinity ? "+Inf" : String(bucket.le);
        const labels = series.text ? `${series.text},le="${le}"` : `le="${le}"`;
        let line = `${this.name}_bucket{${labels}} ${cumulative}`;
        const latest = bucket.exemplars.at(-1);
        if (latest) {
          const ex = Object.entries(latest.labels).map(([k, v]) => `${k}="${v}"`).join(",");
          line += ` # {${ex}} ${latest.value} ${latest.timestamp.toFixed(3)}`;
        }
        lines.push(line);
      }
      const labels = series.text ? `{${series.text}}` : "";
      lines.push(
        `${this.name}_sum${labels} ${series.sum}`,
        `${this.name}_count${labels} ${series.count}`,
      );
    }
    return lines.join("\n");
  }
}

module.exports = { Histogram };
