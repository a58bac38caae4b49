/** A response kept so that a retried push gets the same answer. */
export interface StoredResponse {
  status: number;
  body: string;
  device: string;
  /** When it was first answered (sent back as Idempotent-Replayed-From). */
  at: number;
}

export interface HandlerResult {
  status: number;
  body: unknown;
}

/**
 * Carers' phones retry a push whenever the signal drops mid-request, usually within a second
 * or two, and the app sends the same Idempotency-Key with the retry. Answers are kept for a
 * short window so a retry gets the original response instead of applying the change twice.
 */
export class IdempotencyWindow {
  readonly windowMs: number;
  #entries = new Map<string, StoredResponse>();
  #inFlight = new Map<string, Promise<StoredResponse>>();
  #timer: ReturnType<typeof setInterval>;
  replays = 0;

  constructor(windowMs: number) {
    this.windowMs = windowMs;
    this.#timer = setInterval(() => this.#sweep(), 250);
    Deno.unrefTimer(this.#timer);
  }

  async run(
    key: string,
    device: string,
    handler: () => Promise<HandlerResult>,
  ): Promise<StoredResponse & { replayed: boolean }> {
    const scoped = `${device}:${key}`;
    const done = this.#entries.get(scoped);
    if (done) {
      this.replays++;
      return { ...done, replayed: true };
    }
    // the retry can arrive while the first attempt is still being handled
    const pending = this.#inFlight.get(scoped);
    if (pending) {
      this.replays++;
      return { ...(await pending), replayed: true };
    }
    const attempt = handler().then((result) => {
      const stored: StoredResponse = {
        status: result.status,
        body: JSON.stringify(result.body),
        device,
        at: Date.now(),
      };
      // only successful answers are replayed; a failed push may be retried for real
      if (result.status < 400) this.#entries.set(scoped, stored);
      return stored;
    }).finally(() => this.#inFlight.delete(scoped));
    this.#inFlight.set(scoped, attempt);
    return { ...(await attempt), replayed: false };
  }

  get size() {
    return this.#entries.size;
  }

  close() {
    clearInterval(this.#timer);
  }

  // monotonic clock, so a wall-clock correction on the host can't expire everything at once
  #sweep() {
    const cutoff = performance.now() - this.windowMs;
    for (const [key, entry] of this.#entries) {
      if (entry.at < cutoff) this.#entries.delete(key);
    }
  }
}
