"use strict";

/**
 * Quote requests per phone number in a sliding window (the online form gets scripted abuse):
 * a log of hits per key, trimmed on every hit and by a sweep that forgets idle keys.
 */
class SlidingWindow {
  constructor(limit, windowMs) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.logs = new Map();
  }

  #trim(log, now) {
    const cutoff = now - this.windowMs;
    let i = 0;
    while (i < log.length && log[i] <= cutoff) i++;
    if (i) log.splice(0, i);
  }

  hit(key, now = Date.now()) {
    const log = this.logs.get(key) ?? [];
    this.#trim(log, now);
    if (log.length >= this.limit) return false;
    log.push(now);
    this.logs.set(key, log);
    return true;
  }

  sweep(now = Date.now()) {
    for (const [key, log] of this.logs) {
      this.#trim(log, now);
      if (log.length === 0) this.logs.delete(key);
    }
  }
}

module.exports = { SlidingWindow };
