/** A small Prometheus-style metrics registry (histograms only; that's all the service needs). */

type Labels = Record<string, string>;

interface Series {
  labels: Labels;
  buckets: Float64Array;
  sum: number;
  count: number;
}

export class Histogram {
  readonly #series = new Map<string, Series>();

  constructor(
    readonly name: string,
    readonly help: string,
    readonly bounds: readonly number[] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  ) {}

  observe(labels: Labels, value: number): void {
    const key = Object.keys(labels).sort().map((k) => `${k}=${labels[k]}`).join(",");
    let series = this.#series.get(key);
    if (!series) {
      series = {
        labels: { ...labels },
        buckets: new Float64Array(this.bounds.length + 1),
        sum: 0,
        count: 0,
      };
      this.#series.set(key, series);
    }
    let i = 0;
    while (i < this.bounds.length && value > this.bounds[i]) i++;
    series.buckets[i]++;
    series.sum += value;
    series.count++;
  }

  startTimer(labels: Labels): () => number {
    const start = performance.now();
    return () => {
      const seconds = (performance.now() - start) / 1000;
      this.observe(labels, seconds);
      return seconds;
    };
  }

  *expose(): Generator<string> {
    yield `# HELP ${this.name} ${this.help}`;
    yield `# TYPE ${this.name} histogram`;
    for (const s of this.#series.values()) {
      const base = Object.entries(s.labels).map(([k, v]) => `${k}="${v}"`).join(",");
      let cumulative = 0;
      for (let i = 0; i < s.buckets.length; i++) {
        cumulative += s.buckets[i];
        const le = i < this.bounds.length ? String(this.bounds[i]) : "+Inf";
        yield `${this.name}_bucket{${base},le="${le}"} ${cumulative}`;
      }
      yield `${this.name}_sum{${base}} ${s.sum}`;
      yield `${this.name}_count{${base}} ${s.count}`;
    }
  }
}

export class Registry {
  readonly #metrics = new Map<string, Histogram>();

  histogram(name: string, help: string, bounds?: number[]): Histogram {
    const existing = this.#metrics.get(name);
    if (existing) return existing;
    const h = new Histogram(name, help, bounds);
    this.#metrics.set(name, h);
    return h;
  }

  render(): string {
    return [...this.#metrics.values()].flatMap((m) => [...m.expose()]).join("\n") + "\n";
  }
}

export const registry = new Registry();
