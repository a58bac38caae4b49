// Order events forwarded to the partners' webhooks. A delivery is tried at once and, on a
// network error, a 429 or a 5xx, again after a backoff (base, 2×base, 4×base …) up to
// maxAttempts; a 2xx or another 4xx ends it.

export interface Delivery {
  id: string;
  partner: string;
  url: string;
  body: string;
  attempt: number;
  queuedAt: number;
  lastStatus: number;
  lastError: string | null;
  timer: ReturnType<typeof setTimeout> | null;
}

export class Outbox {
  readonly pending = new Map<string, Delivery>();
  delivered = 0;
  rejected = 0;
  gaveUp = 0;

  constructor(readonly maxAttempts = 4, readonly baseDelayMs = 15) {}

  enqueue(partner: string, url: string, event: unknown): string {
    const delivery: Delivery = {
      id: crypto.randomUUID(),
      partner,
      url,
      body: JSON.stringify(event),
      attempt: 0,
      queuedAt: Date.now(),
      lastStatus: 0,
      lastError: null,
      timer: null,
    };
    this.pending.set(delivery.id, delivery);
    void this.#attempt(delivery);
    return delivery.id;
  }

  async #attempt(d: Delivery) {
    d.timer = null;
    d.attempt++;
    let status = 0;
    try {
      const res = await fetch(d.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-delivery-id": d.id,
          "x-attempt": String(d.attempt),
        },
        body: d.body,
        signal: AbortSignal.timeout(750),
      });
      status = res.status;
      await res.body?.cancel();
    } catch (err) {
      d.lastError = String((err as Error).message ?? err);
    }
    d.lastStatus = status;

    if (status >= 200 && status < 300) {
      this.pending.delete(d.id);
      this.delivered++;
      return;
    }
    if (status >= 400 && status < 500 && status !== 429) {
      this.pending.delete(d.id);
      this.rejected++;
      return;
    }
    if (d.attempt >= this.maxAttempts) {
      this.gaveUp++;
      return;
    }
    const delay = this.baseDelayMs * 2 ** (d.attempt - 1);
    d.timer = setTimeout(() => void this.#attempt(d), delay);
  }

  stats() {
    const retrying = [...this.pending.values()].filter((d) => d.timer !== null).length;
    return { retrying, delivered: this.delivered, rejected: this.rejected, gaveUp: this.gaveUp };
  }
}
