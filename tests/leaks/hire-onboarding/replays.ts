/**
 * Idempotency for the provisioning callbacks. IT, facilities and payroll retry a callback when
 * our answer is slow, and a retry must get the first answer back rather than run the step again.
 * Their retries come within a few hundred ms; after the window a repeat is treated as new.
 */
export interface StoredReply {
  status: number;
  body: string;
  system: string;
  storedAt: string;
  expiresAt: number;
}

export class ReplayCache {
  #replies = new Map<string, StoredReply>();
  #windowMs: number;
  #replayed = 0;

  constructor(windowMs: number) {
    this.#windowMs = windowMs;
  }

  lookup(key: string): StoredReply | undefined {
    const hit = this.#replies.get(key);
    if (!hit || hit.expiresAt <= Date.now()) return undefined;
    this.#replayed++;
    return hit;
  }

  remember(key: string, system: string, status: number, body: string) {
    const reply: StoredReply = {
      status,
      body,
      system,
      storedAt: new Date().toISOString(),
      expiresAt: Date.now() + this.#windowMs,
    };
    this.#replies.set(key, reply);
  }

  /** Drops replies whose window has passed. */
  sweep(now: number) {
    for (const [key, reply] of this.#replies) {
      if (reply.expiresAt <= now) this.#replies.delete(key);
    }
  }

  get stats() {
    return { stored: this.#replies.size, replayed: this.#replayed };
  }
}
