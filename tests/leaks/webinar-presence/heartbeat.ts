/**
 * One shared clock for keep-alive pings, so a thousand attendees don't mean a thousand
 * intervals. The interval only runs while someone is subscribed.
 */
export class Heartbeat {
  #subscribers = new Set<(now: number) => void>();
  #interval: ReturnType<typeof setInterval> | undefined;
  #everyMs: number;
  ticks = 0;

  constructor(everyMs: number) {
    this.#everyMs = everyMs;
  }

  subscribe(fn: (now: number) => void) {
    this.#subscribers.add(fn);
    this.#interval ??= setInterval(() => this.#tick(), this.#everyMs);
  }

  unsubscribe(fn: (now: number) => void) {
    this.#subscribers.delete(fn);
    if (this.#subscribers.size === 0 && this.#interval !== undefined) {
      clearInterval(this.#interval);
      this.#interval = undefined;
    }
  }

  #tick() {
    this.ticks++;
    const now = Date.now();
    for (const fn of this.#subscribers) {
      try {
        fn(now);
      } catch (err) {
        console.error("heartbeat subscriber failed:", err);
      }
    }
  }

  get size() {
    return this.#subscribers.size;
  }
}

export const heartbeat = new Heartbeat(250);
