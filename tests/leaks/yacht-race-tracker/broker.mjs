/**
 * Position fan-out to tracker clients (the race office screen, the committee boat's tablets,
 * spectators' phones). Every subscriber has a small queue: a client that falls behind loses
 * its oldest fixes rather than holding up everyone else, and is listed as lagging until it
 * has caught up.
 */
export class Broker {
  #subscribers = new Map();
  #lagging = new Set();
  #published = 0;
  #dropped = 0;

  constructor({ queueSize = 4 } = {}) {
    this.queueSize = queueSize;
  }

  subscribe(id, { boats = [], client = "unknown" } = {}) {
    if (this.#subscribers.has(id)) return this.#subscribers.get(id);
    const sub = {
      id,
      client,
      boats: new Set(boats),
      queue: [],
      openedAt: new Date().toISOString(),
      delivered: 0,
      dropped: 0,
    };
    this.#subscribers.set(id, sub);
    return sub;
  }

  publish(fix) {
    this.#published++;
    for (const sub of this.#subscribers.values()) {
      if (sub.boats.size > 0 && !sub.boats.has(fix.boat)) continue;
      if (sub.queue.length >= this.queueSize) {
        sub.queue.shift();
        sub.dropped++;
        this.#dropped++;
        this.#lagging.add(sub);
      }
      sub.queue.push(fix);
    }
  }

  /** Up to `max` queued fixes, oldest first. */
  poll(id, max = this.queueSize) {
    const sub = this.#subscribers.get(id);
    if (!sub) return null;
    const fixes = sub.queue.splice(0, max);
    sub.delivered += fixes.length;
    if (sub.queue.length === 0) this.#lagging.delete(sub);
    return fixes;
  }

  close(id) {
    const sub = this.#subscribers.get(id);
    if (!sub) return null;
    this.#subscribers.delete(id);
    return { id, delivered: sub.delivered, dropped: sub.dropped };
  }

  stats() {
    return {
      subscribers: this.#subscribers.size,
      lagging: this.#lagging.size,
      published: this.#published,
      dropped: this.#dropped,
    };
  }
}
