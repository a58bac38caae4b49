/**
 * Rolling per-customer features for the risk score: what a customer did in the last
 * fifteen minutes (count, spend, devices, countries), kept in memory on the scoring node.
 */

export interface TxnEvent {
  txn: string;
  at: number;
  amountMinor: number;
  currency: string;
  merchant: string;
  device: string;
  ipCountry: string;
  binCountry: string;
}

interface CustomerWindow {
  customer: string;
  firstSeen: number;
  events: TxnEvent[];
  declines: number;
}

export interface Features {
  txnCount: number;
  spendMinor: number;
  distinctDevices: number;
  distinctCountries: number;
  secondsSinceLast: number | null;
  declinesInWindow: number;
  accountAgeSeconds: number;
}

export class FeatureStore {
  #windows = new Map<string, CustomerWindow>();
  #windowMs: number;

  constructor(windowMs: number) {
    this.#windowMs = windowMs;
  }

  /** Adds the event to the customer's window and returns the features as of that event. */
  observe(customer: string, event: TxnEvent): Features {
    let w = this.#windows.get(customer);
    if (!w) {
      w = { customer, firstSeen: event.at, events: [], declines: 0 };
      this.#windows.set(customer, w);
    }
    this.#prune(w, event.at);
    const last = w.events.at(-1);
    const features = this.#compute(w, event);
    features.secondsSinceLast = last ? Math.round((event.at - last.at) / 1000) : null;
    w.events.push(event);
    return features;
  }

  markDeclined(customer: string) {
    const w = this.#windows.get(customer);
    if (w) w.declines++;
  }

  #prune(w: CustomerWindow, now: number) {
    const cutoff = now - this.#windowMs;
    let drop = 0;
    while (drop < w.events.length && w.events[drop].at < cutoff) drop++;
    if (drop > 0) {
      w.events.splice(0, drop);
      w.declines = 0;
    }
  }

  #compute(w: CustomerWindow, event: TxnEvent): Features {
    const devices = new Set([event.device]);
    const countries = new Set([event.ipCountry]);
    let spend = event.amountMinor;
    for (const e of w.events) {
      devices.add(e.device);
      countries.add(e.ipCountry);
      spend += e.amountMinor;
    }
    return {
      txnCount: w.events.length + 1,
      spendMinor: spend,
      distinctDevices: devices.size,
      distinctCountries: countries.size,
      secondsSinceLast: null,
      declinesInWindow: w.declines,
      accountAgeSeconds: Math.round((event.at - w.firstSeen) / 1000),
    };
  }

  /** Forgets customers whose window has emptied out (windows are pruned as they score). */
  compact() {
    for (const [id, w] of this.#windows) {
      if (w.events.length === 0) this.#windows.delete(id);
    }
  }

  size() {
    return this.#windows.size;
  }
}
