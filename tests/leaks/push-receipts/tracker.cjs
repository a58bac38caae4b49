"use strict";

// Delivery tracking for push notifications: a message stays pending until the device
// acknowledges it, and is re-sent with exponential backoff meanwhile (devices are often
// offline for a while). A day without an ack and we give up.
const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 5 * 60_000;
const GIVE_UP_MS = 24 * 60 * 60_000;

class DeliveryTracker {
  constructor(send) {
    this.send = send;
    this.pending = new Map();
    this.stats = { tracked: 0, acked: 0, resent: 0, expired: 0 };
  }

  track(message) {
    const now = Date.now();
    this.pending.set(String(message.id), {
      message,
      firstSentAt: now,
      attempts: 1,
      nextAttemptAt: now + FIRST_RETRY_MS,
    });
    this.stats.tracked++;
  }

  ack(id) {
    if (this.pending.delete(id)) this.stats.acked++;
  }

  /** Called on a timer: re-send what is due, drop what is too old. */
  retryDue(now = Date.now()) {
    for (const [id, entry] of this.pending) {
      if (now - entry.firstSentAt > GIVE_UP_MS) {
        this.pending.delete(id);
        this.stats.expired++;
        continue;
      }
      if (entry.nextAttemptAt > now) continue;
      entry.attempts++;
      entry.nextAttemptAt = now + Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** entry.attempts);
      this.stats.resent++;
      this.send(entry.message);
    }
  }
}

module.exports = { DeliveryTracker };
