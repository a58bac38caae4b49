export interface SeenMessage {
  id: string;
  charger: string;
  action: string;
  firstSeen: string;
  expiresAt: number;
  duplicates: number;
  body: unknown;
}

/**
 * Chargers resend an event when they miss our 200 (flaky 4G at the car parks), with the same
 * message id. Anything seen inside the window is answered as a duplicate and not processed.
 */
export class DedupWindow {
  #seen = new Map<string, SeenMessage>();
  #timer: ReturnType<typeof setInterval>;

  constructor(readonly windowMs: number, sweepEveryMs = 200) {
    this.#timer = setInterval(() => this.sweep(), sweepEveryMs);
  }

  /** The first sighting of `id` inside the window, or undefined (and remembers this one). */
  check(id: string, charger: string, action: string, body: unknown): SeenMessage | undefined {
    const hit = this.#seen.get(id);
    if (hit && hit.expiresAt > Date.now()) {
      hit.duplicates++;
      return hit;
    }
    this.#seen.set(id, {
      id,
      charger,
      action,
      firstSeen: new Date().toISOString(),
      expiresAt: Date.now() + this.windowMs,
      duplicates: 0,
      body,
    });
    return undefined;
  }

  sweep() {
    // monotonic clock, so an NTP step on the host does not flush the window
    const now = performance.now();
    for (const [id, entry] of this.#seen) {
      if (entry.expiresAt <= now) this.#seen.delete(id);
    }
  }

  get size(): number {
    return this.#seen.size;
  }

  close() {
    clearInterval(this.#timer);
  }
}
