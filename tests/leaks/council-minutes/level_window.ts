export interface Level {
  at: number;
  dbfs: number;
  mic: string;
}

/**
 * The floor microphone's recent levels, newest first: the VU bar on the live stream shows the
 * last quarter second, in at most `maxLevels` segments.
 */
export class LevelWindow {
  #levels: Level[] = [];
  readonly spanMs: number;
  readonly maxLevels: number;

  constructor(spanMs: number, maxLevels: number) {
    this.spanMs = spanMs;
    this.maxLevels = maxLevels;
  }

  add(level: Level): void {
    this.#levels.unshift(level);
    const cutoff = level.at - this.spanMs;
    while (
      this.#levels.length > this.maxLevels ||
      (this.#levels.length > 0 && this.#levels[this.#levels.length - 1].at < cutoff)
    ) {
      this.#levels.pop();
    }
  }

  peak(now: number): number | null {
    const cutoff = now - this.spanMs;
    let peak: number | null = null;
    for (const level of this.#levels) {
      if (level.at < cutoff) break;
      if (peak === null || level.dbfs > peak) peak = level.dbfs;
    }
    return peak;
  }
}
