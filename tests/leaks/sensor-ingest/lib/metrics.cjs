"use strict";

const DEFAULT_BUCKETS = [0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000];

function formatLabels(labels) {
  const parts = Object.keys(labels).sort().map((k) => `${k}="${String(labels[k])}"`);
  return parts.length ? `{${parts.join(",")}}` : "";
}

class HistogramChild {
  constructor(labels, buckets) {
    this.labels = labels;
    this.buckets = buckets;
    this.counts = new Array(buckets.length).fill(0);
    this.sum = 0;
    this.count = 0;
  }

  observe(value) {
    for (let i = 0; i < this.buckets.length; i++) {
      if (value <= this.buckets[i]) this.counts[i]++;
    }
    this.sum += value;
    this.count++;
  }
}

class Histogram {
  constructor({ name, help, labelNames = [], buckets = DEFAULT_BUCKETS }) {
    this.name = name;
    this.help = help;
    this.labelNames = labelNames;
    this.bucketBounds = buckets;
    this.children = new Map();
  }

  labels(labels) {
    let child = this.children.get(labels);
    if (!child) {
      child = new HistogramChild(labels, this.bucketBounds);
      this.children.set(labels, child);
    }
    return child;
  }

  startTimer(labels) {
    const started = process.hrtime.bigint();
    return () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      this.labels(labels).observe(ms);
      return ms;
    };
  }

  expose() {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const child of this.children.values()) {
      child.buckets.forEach((le, i) => {
        const labels = formatLabels({ ...child.labels, le });
        lines.push(`${this.name}_bucket${labels} ${child.counts[i]}`);
      });
      lines.push(`${this.name}_sum${formatLabels(child.labels)} ${child.sum}`);
      lines.push(`${this.name}_count${formatLabels(child.labels)} ${child.count}`);
    }
    return lines.join("\n");
  }
}

class Registry {
  constructor() {
    this.metrics = [];
  }

  histogram(options) {
    const metric = new Histogram(options);
    this.metrics.push(metric);
    return metric;
  }

  expose() {
    return this.metrics.map((m) => m.expose()).join("\n\n") + "\n";
  }
}

module.exports = { Registry, Histogram };
