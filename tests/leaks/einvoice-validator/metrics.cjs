"use strict";
// Prometheus-style histograms whose label values are declared up front, so a typo or a raw
// value can never blow up the number of series.

const registry = new Map();

function histogram({ name, help, labels, buckets }) {
  const series = new Map();
  const metric = {
    name,
    help,
    observe(values, seconds) {
      for (const [label, allowed] of Object.entries(labels)) {
        if (!allowed.includes(values[label])) {
          throw new Error(`${name}: ${label}="${values[label]}" is not a declared value`);
        }
      }
      const key = Object.keys(labels).map((label) => values[label]).join("|");
      let s = series.get(key);
      if (!s) {
        s = { counts: new Array(buckets.length).fill(0), sum: 0, count: 0 };
        series.set(key, s);
      }
      const bucket = buckets.findIndex((le) => seconds <= le);
      if (bucket !== -1) s.counts[bucket]++;
      s.sum += seconds;
      s.count++;
    },
    expose() {
      const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} histogram`];
      for (const [key, s] of series) {
        const parts = key.split("|");
        const labelText = Object.keys(labels).map((l, i) => `${l}="${parts[i]}"`).join(",");
        let cumulative = 0;
        buckets.forEach((le, i) => {
          cumulative += s.counts[i];
          lines.push(`${name}_bucket{${labelText},le="${le}"} ${cumulative}`);
        });
        lines.push(`${name}_sum{${labelText}} ${s.sum}`, `${name}_count{${labelText}} ${s.count}`);
      }
      return lines.join("\n");
    },
  };
  registry.set(name, metric);
  return metric;
}

function exposeAll() {
  return [...registry.values()].map((metric) => metric.expose()).join("\n") + "\n";
}

module.exports = { histogram, exposeAll };
