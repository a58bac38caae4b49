import { fetchRates, type RateTable } from "./provider.ts";

export interface Snapshot {
  table: RateTable;
  fetchedAt: number;
  source: string;
}

interface Waiter {
  resolve: (snapshot: Snapshot) => void;
  reject: (err: unknown) => void;
  requestId: string;
  reason: string;
  queuedAt: number;
}

/**
 * The rate table the tills quote from. It is refetched when it is older than `maxAgeMs`, or on
 * demand (a till changing its margin, an auditor's request with Cache-Control: no-cache); demands
 * that arrive while a fetch is under way wait for that one instead of starting another.
 */
export class RateBook {
  #current: Snapshot | undefined;
  #refreshing = false;
  #waiters: Waiter[] = [];
  #refreshes = 0;
  #failures = 0;
  readonly maxAgeMs: number;

  constructor(maxAgeMs: number) {
    this.maxAgeMs = maxAgeMs;
  }

  current(requestId: string): Promise<Snapshot> {
    const snapshot = this.#current;
    if (snapshot && Date.now() - snapshot.fetchedAt < this.maxAgeMs) {
      return Promise.resolve(snapshot);
    }
    return this.fresh(requestId, snapshot ? "stale" : "cold");
  }

  fresh(requestId: string, reason: string): Promise<Snapshot> {
    const ready = new Promise<Snapshot>((resolve, reject) => {
      this.#waiters.push({ resolve, reject, requestId, reason, queuedAt: Date.now() });
    });
    if (!this.#refreshing) this.#refresh();
    return ready;
  }

  async #refresh(): Promise<void> {
    this.#refreshing = true;
    this.#refreshes++;
    try {
      const table = await fetchRates();
      this.#current = { table, fetchedAt: Date.now(), source: "ecb-mirror" };
      for (const waiter of this.#waiters) waiter.resolve(this.#current);
    } catch (err) {
      this.#failures++;
      for (const waiter of this.#waiters) waiter.reject(err);
    } finally {
      this.#refreshing = false;
    }
  }

  status() {
    return {
      fetchedAt: this.#current ? new Date(this.#current.fetchedAt).toISOString() : null,
      refreshes: this.#refreshes,
      failures: this.#failures,
      refreshing: this.#refreshing,
    };
  }
}
