export type Labels = Record<string, string>;

interface Series {
  labels: Labels;
  value: number;
  updated: number;
}

function seriesKey(names: string[], labels: Labels): string {
  return names.map((n) => `${n}="${labels[n] ?? ""}"`).join(",");
}

export class Counter {
  #series = new Map<string, Series>();

  constructor(readonly name: string, readonly help: string, readonly labelNames: string[]) {}

  inc(labels: Labels, by = 1) {
    const key = seriesKey(this.labelNames, labels);
    const s = this.#series.get(key);
    if (s) {
      s.value += by;
      s.updated = Date.now();
    } else this.#series.set(key, { labels: { ...labels }, value: by, updated: Date.now() });
  }

  expose(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const [key, s] of this.#series) lines.push(`${this.name}{${key}} ${s.value}`);
    return lines.join("\n");
  }
}

/**
 * A gauge whose series may be short-lived (one per upload, per job): a series nobody has set for
 * `staleAfterMs` is dropped, so finished work does not stay on the dashboard.
 */
export class Gauge {
  #series = new Map<string, Series>();

  constructor(
    readonly name: string,
    readonly help: string,
    readonly labelNames: string[],
    readonly staleAfterMs = Infinity,
  ) {}

  set(labels: Labels, value: number) {
    const key = seriesKey(this.labelNames, labels);
    let s = this.#series.get(key);
    if (!s) {
      s = { labels: { ...labels }, value, updated: 0 };
      this.#series.set(key, s);
    }
    s.value = value;
    s.updated = Date.now();
  }

  sweep(now: number) {
    for (const [key, s] of this.#series) {
      if (now - s.updated > this.staleAfterMs) this.#series.delete(key);
    }
  }

  get size() {
    return this.#series.size;
  }

  expose(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} gauge`];
    for (const [key, s] of this.#series) lines.push(`${this.name}{${key}} ${s.value}`);
    return lines.join("\n");
  }
}

export class Registry {
  #counters: Counter[] = [];
  #gauges: Gauge[] = [];
  #sweeper: ReturnType<typeof setInterval> | undefined;

  counter(name: string, help: string, labelNames: string[]) {
    const c = new Counter(name, help, labelNames);
    this.#counters.push(c);
    return c;
  }

  gauge(name: string, help: string, labelNames: string[], staleAfterMs?: number) {
    const g = new Gauge(name, help, labelNames, staleAfterMs);
    this.#gauges.push(g);
    return g;
  }

  startSweeping(everyMs: number) {
    this.#sweeper ??= setInterval(() => {
      const now = performance.now();
      for (const g of this.#gauges) g.sweep(now);
    }, everyMs);
  }

  expose(): string {
    return [...this.#counters, ...this.#gauges].map((m) => m.expose()).join("\n\n") + "\n";
  }
}
