// A small Prometheus-style metrics registry: counters and histograms with labels, rendered in
// the text exposition format on GET /metrics.

const DEFAULT_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

function labelKey(labels) {
  return Object.keys(labels).sort().map((k) => `${k}=${labels[k]}`).join(",");
}

function renderLabels(labels, extra = {}) {
  const all = { ...labels, ...extra };
  const parts = Object.entries(all).map(([k, v]) => `${k}="${String(v).replace(/"/g, '\\"')}"`);
  return parts.length ? `{${parts.join(",")}}` : "";
}

export class Counter {
  constructor(name, help) {
    this.name = name;
    this.help = help;
    this.values = new Map();
  }

  inc(labels = {}, by = 1) {
    const key = labelKey(labels);
    const entry = this.values.get(key);
    if (entry) entry.value += by;
    else this.values.set(key, { labels, value: by });
  }

  render() {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const { labels, value } of this.values.values()) {
      lines.push(`${this.name}${renderLabels(labels)} ${value}`);
    }
    return lines.join("\n");
  }
}

export class Histogram {
  constructor(name, help, buckets = DEFAULT_BUCKETS) {
    this.name = name;
    this.help = help;
    this.buckets = buckets;
    this.series = new Map();
  }

  observe(labels, seconds) {
    const key = labelKey(labels);
    let s = this.series.get(key);
    if (!s) {
      s = { labels, counts: new Array(this.buckets.length + 1).fill(0), sum: 0, count: 0 };
      this.series.set(key, s);
    }
    let b = this.buckets.findIndex((le) => seconds <= le);
    if (b < 0) b = this.buckets.length;
    s.counts[b]++;
    s.sum += seconds;
    s.count++;
  }

  render() {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const s of this.series.values()) {
      let cumulative = 0;
      this.buckets.forEach((le, i) => {
        cumulative += s.counts[i];
        lines.push(`${this.name}_bucket${renderLabels(s.labels, { le })} ${cumulative}`);
      });
      cumulative += s.counts[this.buckets.length];
      lines.push(`${this.name}_bucket${renderLabels(s.labels, { le: "+Inf" })} ${cumulative}`);
      lines.push(`${this.name}_sum${renderLabels(s.labels)} ${s.sum}`);
      lines.push(`${this.name}_count${renderLabels(s.labels)} ${s.count}`);
    }
    return lines.join("\n");
  }
}

export class Registry {
  #metrics = new Map();

  counter(name, help) {
    if (!this.#metrics.has(name)) this.#metrics.set(name, new Counter(name, help));
    return this.#metrics.get(name);
  }

  histogram(name, help, buckets) {
    if (!this.#metrics.has(name)) this.#metrics.set(name, new Histogram(name, help, buckets));
    return this.#metrics.get(name);
  }

  render() {
    return [...this.#metrics.values()].map((m) => m.render()).join("\n\n") + "\n";
  }
}
