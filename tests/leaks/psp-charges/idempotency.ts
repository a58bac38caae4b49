/**
 * Idempotency-Key handling for POST /v1/charges: a retried request with the same key gets the
 * first response back instead of charging twice, and a request that arrives while the first
 * is still with the acquirer waits for it.
 */

export interface StoredResponse {
  status: number;
  body: unknown;
  fingerprint: string;
  storedAt: number;
}

export class KeyReused extends Error {}

const MAX_REMEMBERED = 40;

export class IdempotencyStore {
  #inflight = new Map<string, Promise<StoredResponse>>();
  #responses = new Map<string, StoredResponse>();

  async run(
    key: string,
    fingerprint: string,
    work: () => Promise<StoredResponse>,
  ): Promise<StoredResponse & { replayed: boolean }> {
    const stored = this.#responses.get(key);
    if (stored) {
      if (stored.fingerprint !== fingerprint) throw new KeyReused(key);
      return { ...stored, replayed: true };
    }
    const running = this.#inflight.get(key);
    if (running) return { ...(await running), replayed: true };

    // Declines are not remembered: the customer may try the same key again with another card.
    const pending = work().then((res) => {
      this.#inflight.delete(key);
      this.#remember(key, res);
      return res;
    });
    this.#inflight.set(key, pending);
    return { ...(await pending), replayed: false };
  }

  stats() {
    return { inflight: this.#inflight.size, remembered: this.#responses.size };
  }

  #remember(key: string, res: StoredResponse) {
    this.#responses.set(key, res);
    if (this.#responses.size > MAX_REMEMBERED) {
      const oldest = this.#responses.keys().next().value!;
      this.#responses.delete(oldest);
    }
  }
}
