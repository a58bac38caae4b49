"use strict";

// On-demand reads: the app asks for a meter's register now, the head-end sends the request over
// the comms hub and the reply comes back later as its own call. A request with no reply in time
// is dropped (the app shows "meter did not answer").

const REPLY_WITHIN_MS = 150;

class OnDemandReads {
  #pending = new Map();
  #timedOut = 0;

  request(meter, requestId, by) {
    if (this.#pending.has(requestId)) return false;
    const entry = { meter: meter.id, requestId, by, requestedAt: Date.now(), timer: null };
    entry.timer = setTimeout(() => {
      this.#pending.delete(requestId);
      this.#timedOut++;
    }, REPLY_WITHIN_MS);
    this.#pending.set(requestId, entry);
    return true;
  }

  reply(meter, requestId, reading) {
    const entry = this.#pending.get(requestId);
    if (!entry || entry.meter !== meter.id) return false;
    clearTimeout(entry.timer);
    this.#pending.delete(requestId);
    meter.record({ ...reading, source: "on-demand", latencyMs: Date.now() - entry.requestedAt });
    return true;
  }

  stats() {
    return { pending: this.#pending.size, timedOut: this.#timedOut };
  }
}

module.exports = { OnDemandReads };
