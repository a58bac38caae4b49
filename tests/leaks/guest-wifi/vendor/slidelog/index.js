"use strict";

/**
 * slidelog — an exact sliding-window rate limiter: each key keeps the log of its hits (oldest
 * first), a hit is allowed while fewer than `limit` logged hits are inside the window, and a
 * sweep every `sweepMs` trims the logs and forgets keys with nothing left in the window.
 */
class SlidingLogLimiter {
  constructor({ limit, windowMs, sweepMs = 250 }) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.logs = new Map();
    this.allowed = 0;
    this.refused = 0;
    this.timer = setInterval(() => this.sweep(), sweepMs);
    this.timer.unref?.();
  }

  /** Counts a hit for `key` (with `meta` kept for the audit view) if the key is under its limit. */
  hit(key, meta = {}) {
    const now = Date.now();
    let log = this.logs.get(key);
    if (!log) {
      log = [];
      this.logs.set(key, log);
    }
    const first = firstInWindow(log, now - this.windowMs);
    const inWindow = first === -1 ? 0 : log.length - first;
    if (inWindow >= this.limit) {
      this.refused++;
      return { allowed: false, retryAfterMs: log[first].at + this.windowMs - now };
    }
    log.push({ at: now, ...meta });
    this.allowed++;
    return { allowed: true, remaining: this.limit - inWindow - 1 };
  }

  /** The hits of `key` still in the window, newest last. */
  recent(key) {
    const log = this.logs.get(key) ?? [];
    const first = firstInWindow(log, Date.now() - this.windowMs);
    return first === -1 ? [] : log.slice(first);
  }

  sweep(now = Date.now()) {
    const cutoff = now - this.windowMs;
    for (const [key, log] of this.logs) {
      // Logs are in time order: drop everything before the first hit still in the window.
      log.splice(0, firstInWindow(log, cutoff));
      if (log.length === 0) this.logs.delete(key);
    }
  }

  stats() {
    return { keys: this.logs.size, allowed: this.allowed, refused: this.refused };
  }

  close() {
    clearInterval(this.timer);
  }
}

function firstInWindow(log, cutoff) {
  return log.findIndex((h) => h.at > cutoff);
}

module.exports = { SlidingLogLimiter };
