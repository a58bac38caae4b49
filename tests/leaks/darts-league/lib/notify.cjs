"use strict";

// Push notices to players' phones, pending until the app acknowledges them. Ids are sent and
// stored as strings (they are 64-bit), and a day without an ack drops the notice.
const RETRY_MS = 2_000;
const GIVE_UP_MS = 2_500;

class Notices {
  constructor() {
    this.pending = new Map();
    this.stats = { sent: 0, acked: 0, resent: 0, dropped: 0 };
  }

  send(notice) {
    this.pending.set(notice.id, { notice, sentAt: Date.now(), attempts: 1 });
    this.stats.sent++;
  }

  ack(id) {
    if (this.pending.delete(id)) this.stats.acked++;
  }

  retryDue(now = Date.now()) {
    for (const [id, p] of this.pending) {
      if (now - p.sentAt > GIVE_UP_MS) {
        this.pending.delete(id);
        this.stats.dropped++;
      } else if (now - p.sentAt > RETRY_MS * p.attempts) {
        p.attempts++;
        this.stats.resent++;
      }
    }
  }
}

// Board reservations (a board for a match), kept in expiry order.
class Reservations {
  constructor() {
    this.queue = [];
    this.expired = 0;
  }

  place(r) {
    this.queue.push(r);
    this.queue.sort((a, b) => a.expiresAt - b.expiresAt);
  }

  take(id) {
    const at = this.queue.findIndex((r) => r.id === id);
    return at === -1 ? undefined : this.queue.splice(at, 1)[0];
  }

  sweep(now = Date.now()) {
    while (this.queue.length > 0 && this.queue[0].expiresAt <= now) {
      this.queue.shift();
      this.expired++;
    }
  }
}

module.exports = { Notices, Reservations };
