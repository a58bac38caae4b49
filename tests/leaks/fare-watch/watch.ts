import { fareBus, type FareChange } from "./fares.ts";

// One fare watch per long-poll: collects the changes to the routes it watches until the first
// one arrives or the wait runs out.
export class FareWatch {
  readonly seen: FareChange[] = [];
  #done = false;
  #wake: (() => void) | null = null;

  constructor(readonly routes: Set<string>, readonly openedAt = Date.now()) {}

  onFare(event: Event) {
    if (this.#done) return;
    const change = (event as CustomEvent<FareChange>).detail;
    if (!this.routes.has(change.route)) return;
    this.seen.push(change);
    this.#wake?.();
  }

  start() {
    fareBus.addEventListener("fare", this.onFare.bind(this));
  }

  stop() {
    this.#done = true;
    fareBus.removeEventListener("fare", this.onFare.bind(this));
  }

  async wait(ms: number, signal: AbortSignal): Promise<FareChange[]> {
    this.start();
    try {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        const done = () => {
          clearTimeout(timer);
          signal.removeEventListener("abort", done);
          resolve();
        };
        this.#wake = done;
        signal.addEventListener("abort", done);
      });
      return this.seen.slice();
    } finally {
      this.#wake = null;
      this.stop();
    }
  }
}
