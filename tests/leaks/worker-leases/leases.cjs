"use strict";

/**
 * Leases on named resources for the batch workers: one holder at a time, a TTL the holder keeps
 * extending with heartbeats, and a fencing token that goes up with every grant so storage can
 * turn away a worker that lost its lease without noticing. A worker may wait a little for a
 * busy resource; a lease nobody renews lapses and goes to whoever is waiting.
 */

const SWEEP_MS = 200;
const MAX_WAIT_MS = 250;
const HISTORY = 50;

class LeaseTable {
  #leases = new Map();
  #fence = 0;
  #history = [];
  #byHolder = new Map();

  constructor() {
    this.sweeper = setInterval(() => this.#sweep(Date.now()), SWEEP_MS);
    this.sweeper.unref();
  }

  #grant(resource, holder, ttlMs, queue = []) {
    const now = Date.now();
    const lease = {
      resource,
      holder,
      token: ++this.#fence,
      ttlMs,
      acquiredAt: now,
      expiresAt: now + ttlMs,
      renewals: 0,
      queue,
    };
    this.#leases.set(resource, lease);
    this.#count(holder).grants++;
    this.#log("granted", lease);
    return lease;
  }

  #count(holder) {
    let c = this.#byHolder.get(holder);
    if (!c) this.#byHolder.set(holder, c = { grants: 0, released: 0, lapsed: 0, gaveUp: 0 });
    return c;
  }

  #log(what, lease) {
    this.#history.push({
      what,
      resource: lease.resource,
      holder: lease.holder,
      token: lease.token,
      at: Date.now(),
    });
    if (this.#history.length > HISTORY) this.#history.splice(0, this.#history.length - HISTORY);
  }

  acquire(resource, holder, ttlMs, waitMs = 0) {
    const lease = this.#leases.get(resource);
    if (!lease) {
      return Promise.resolve({ granted: true, ...view(this.#grant(resource, holder, ttlMs)) });
    }
    if (lease.holder === holder) {
      lease.expiresAt = Date.now() + ttlMs;
      lease.renewals++;
      return Promise.resolve({ granted: true, ...view(lease) });
    }
    if (waitMs <= 0) return Promise.resolve({ granted: false, heldBy: lease.holder });
    return new Promise((resolve) => {
      const waiter = { holder, ttlMs, resolve, timer: null };
      waiter.timer = setTimeout(() => {
        const current = this.#leases.get(resource);
        if (current) {
          const i = current.queue.indexOf(waiter);
          if (i !== -1) current.queue.splice(i, 1);
          resolve({ granted: false, heldBy: current.holder });
        } else {
          resolve({ granted: false, heldBy: null });
        }
        this.#count(holder).gaveUp++;
      }, Math.min(waitMs, MAX_WAIT_MS));
      lease.queue.push(waiter);
    });
  }

  heartbeat(resource, holder, token) {
    const lease = this.#leases.get(resource);
    if (!lease || lease.holder !== holder) return null;
    if (token !== undefined && token !== lease.token) return null;
    lease.expiresAt = Date.now() + lease.ttlMs;
    lease.renewals++;
    return view(lease);
  }

  release(resource, holder) {
    const lease = this.#leases.get(resource);
    if (!lease || lease.holder !== holder) return false;
    this.#count(holder).released++;
    this.#log("released", lease);
    this.#handOver(lease);
    return true;
  }

  /** The lease ends: the next waiter gets it, or the resource is free. */
  #handOver(lease) {
    this.#leases.delete(lease.resource);
    const next = lease.queue.shift();
    if (!next) return;
    clearTimeout(next.timer);
    const granted = this.#grant(lease.resource, next.holder, next.ttlMs, lease.queue);
    next.resolve({ granted: true, ...view(granted) });
  }

  #sweep(now) {
    for (const lease of this.#leases.values()) {
      if (lease.expiresAt > now) continue;
      this.#count(lease.holder).lapsed++;
      this.#log("lapsed", lease);
      this.#handOver(lease);
    }
  }

  heldBy(holder) {
    const out = [];
    for (const lease of this.#leases.values()) if (lease.holder === holder) out.push(view(lease));
    return out;
  }

  history(limit = 20) {
    return this.#history.slice(-limit).reverse();
  }

  stats() {
    return {
      held: this.#leases.size,
      fence: this.#fence,
      holders: Object.fromEntries(this.#byHolder),
    };
  }
}

function view(lease) {
  return {
    resource: lease.resource,
    holder: lease.holder,
    token: lease.token,
    expiresAt: new Date(lease.expiresAt).toISOString(),
    renewals: lease.renewals,
    waiting: lease.queue.length,
  };
}

module.exports = { LeaseTable };
