export interface Timed {
  /** Epoch milliseconds. */
  at: number;
}

/**
 * The samples of the last `spanMs`, newest first: the control-room panels draw them from the
 * left edge, and the RoCoF check reads the newest against the oldest still inside the span.
 */
export class RecentWindow<T extends Timed> {
  #samples: T[] = [];
  readonly spanMs: number;

  constructor(spanMs: number) {
    this.spanMs = spanMs;
  }

  add(sample: T): void {
    this.#samples.unshift(sample);
    this.prune(sample.at);
  }

  /** Drops what has fallen out of the span. */
  prune(now: number): void {
    const cutoff = now - this.spanMs;
    while (this.#samples.length > 0 && this.#samples[0].at < cutoff) {
      this.#samples.shift();
    }
  }

  /** The samples inside the span, newest first. */
  within(now: number): T[] {
    const cutoff = now - this.spanMs;
    return this.#samples.filter((s) => s.at >= cutoff);
  }

  latest(): T | undefined {
    return this.#samples[0];
  }
}
