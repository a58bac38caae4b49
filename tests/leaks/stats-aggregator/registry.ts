import type { Sample } from "./lines.ts";

/** Only these tags make it into a series key; anything else (request ids, user ids) is dropped. */
const ALLOWED_TAGS = ["route", "method", "status", "region"];
const BUCKETS = [5, 10, 25, 50, 100, 250, 500, 1000, 2500];
/** A series with no samples for this many flushes is dropped. */
const IDLE_FLUSHES = 3;
const MAX_SERIES = 2000;

export interface Series {
  key: string;
  name: string;
  type: Sample["type"];
  labels: Record<string, string>;
  value: number;
  count: number;
  sum: number;
  buckets: number[];
  touchedAt: number;
}

export interface FlushSummary {
  n: number;
  at: number;
  series: number;
  samples: number;
  dropped: number;
}

export class Registry {
  #series = new Map<string, Series>();
  #flushes: FlushSummary[] = [];
  #flushCount = 0;
  #samplesSinceFlush = 0;
  readonly stats = { samples: 0, overflow: 0, droppedTags: 0 };

  record(sample: Sample) {
    const labels: Record<string, string> = {};
    for (const tag of ALLOWED_TAGS) {
      if (sample.tags[tag] !== undefined) labels[tag] = sample.tags[tag];
    }
    this.stats.droppedTags += Object.keys(sample.tags).length - Object.keys(labels).length;
    const key = `${sample.name}|${sample.type}|${
      ALLOWED_TAGS.map((t) => labels[t] ?? "").join("|")
    }`;
    let series = this.#series.get(key);
    if (!series) {
      if (this.#series.size >= MAX_SERIES) {
        this.stats.overflow++;
        return;
      }
      series = {
        key,
        name: sample.name,
        type: sample.type,
        labels,
        value: 0,
        count: 0,
        sum: 0,
        buckets: BUCKETS.map(() => 0),
        touchedAt: this.#flushCount,
      };
      this.#series.set(key, series);
    }
    series.touchedAt = this.#flushCount;
    this.stats.samples++;
    this.#samplesSinceFlush++;
    switch (sample.type) {
      case "c":
        series.value += sample.value;
        break;
      case "g":
        series.value = sample.value;
        break;
      case "h": {
        series.count++;
        series.sum += sample.value;
        const i = BUCKETS.findIndex((b) => sample.value <= b);
        if (i >= 0) series.buckets[i]++;
        break;
      }
    }
  }

  /** Closes an interval: drops idle series and keeps a summary of the last 30 flushes. */
  flush(now = Date.now()) {
    this.#flushCount++;
    let dropped = 0;
    for (const [key, series] of this.#series) {
      if (this.#flushCount - series.touchedAt > IDLE_FLUSHES) {
        this.#series.delete(key);
        dropped++;
      }
    }
    this.#flushes.push({
      n: this.#flushCount,
      at: now,
      series: this.#series.size,
      samples: this.#samplesSinceFlush,
      dropped,
    });
    if (this.#flushes.length > 30) this.#flushes.shift();
    this.#samplesSinceFlush = 0;
  }

  flushes(limit: number): FlushSummary[] {
    return this.#flushes.slice(-limit);
  }

  /** Prometheus text exposition. */
  render(): string {
    const out: string[] = [];
    for (const s of this.#series.values()) {
      const name = s.name.replaceAll(".", "_");
      const labels = Object.entries(s.labels).map(([k, v]) => `${k}="${v}"`);
      const l = (extra: string[] = []) => {
        const all = [...labels, ...extra];
        return all.length ? `{${all.join(",")}}` : "";
      };
      if (s.type === "h") {
        let cumulative = 0;
        BUCKETS.forEach((b, i) => {
          cumulative += s.buckets[i];
          out.push(`${name}_bucket${l([`le="${b}"`])} ${cumulative}`);
        });
        out.push(`${name}_bucket${l(['le="+Inf"'])} ${s.count}`);
        out.push(`${name}_sum${l()} ${s.sum}`);
        out.push(`${name}_count${l()} ${s.count}`);
      } else {
        out.push(`${name}${l()} ${s.value}`);
      }
    }
    return out.join("\n") + "\n";
  }
}
