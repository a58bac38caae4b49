export interface Receipt {
  sha256: string;
  name: string;
  bytes: number;
  at: number;
}

/** Per tenant: totals, the last LATENCY_WINDOW hashing times, the last RECENT receipts. */
export class TenantStats {
  static LATENCY_WINDOW = 128;
  static RECENT = 50;

  uploads = 0;
  bytes = 0;
  rejected = 0;
  #latencies = new Float64Array(TenantStats.LATENCY_WINDOW);
  #head = 0;
  #filled = 0;
  #recent = new Map<string, Receipt>();

  constructor(readonly tenant: string) {}

  record(receipt: Receipt, ms: number) {
    this.uploads++;
    this.bytes += receipt.bytes;
    this.#latencies[this.#head] = ms;
    this.#head = (this.#head + 1) % this.#latencies.length;
    this.#filled = Math.min(this.#filled + 1, this.#latencies.length);
    this.#recent.delete(receipt.sha256);
    this.#recent.set(receipt.sha256, receipt);
    if (this.#recent.size > TenantStats.RECENT) {
      this.#recent.delete(this.#recent.keys().next().value!);
    }
  }

  receipt(sha256: string): Receipt | undefined {
    return this.#recent.get(sha256);
  }

  summary() {
    const window = this.#latencies.slice(0, this.#filled).sort();
    const pct = (p: number) => window.length ? window[Math.floor((window.length - 1) * p)] : null;
    return {
      tenant: this.tenant,
      uploads: this.uploads,
      bytes: this.bytes,
      rejected: this.rejected,
      p50ms: pct(0.5),
      p95ms: pct(0.95),
      recent: [...this.#recent.values()].slice(-5).reverse(),
    };
  }
}

const tenants = new Map<string, TenantStats>();

export function statsFor(tenant: string): TenantStats {
  let stats = tenants.get(tenant);
  if (!stats) {
    stats = new TenantStats(tenant);
    tenants.set(tenant, stats);
  }
  return stats;
}

export function knownTenant(tenant: string): TenantStats | undefined {
  return tenants.get(tenant);
}
