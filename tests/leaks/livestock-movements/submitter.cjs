"use strict";

const BATCH_EVERY_MS = 200;
const MAX_BATCH = 500;
const MAX_TRIES = 6;
const KEEP_REJECTED = 50;

/** Batches movement notifications to the registry, retrying with exponential backoff. */
class Submitter {
  constructor(registry, { onAccepted, onRejected } = {}) {
    this.registry = registry;
    this.onAccepted = onAccepted;
    this.onRejected = onRejected;
    this.queue = [];
    this.backoff = Object.create(null);
    this.rejected = [];
    this.accepted = 0;
    this.flushing = false;
    this.timer = setInterval(() => {
      this.flush().catch((err) => console.error("registry flush failed:", err));
    }, BATCH_EVERY_MS);
  }

  enqueue(movement) {
    this.backoff[movement.id] = { tries: 0, nextAt: 0, lastError: null, movement };
    this.queue.push(movement.id);
  }

  async flush() {
    if (this.flushing || this.queue.length === 0) return;
    this.flushing = true;
    try {
      const now = Date.now();
      const due = [];
      const waiting = [];
      for (const id of this.queue) {
        (due.length < MAX_BATCH && this.backoff[id].nextAt <= now ? due : waiting).push(id);
      }
      this.queue = waiting;
      if (due.length === 0) return;
      const results = await this.registry.submitBatch(due.map((id) => this.backoff[id].movement));
      for (const result of results) this.settle(result.id, result);
    } finally {
      this.flushing = false;
    }
  }

  settle(id, result) {
    const entry = this.backoff[id];
    if (result.status === "retry" && entry.tries + 1 < MAX_TRIES) {
      entry.tries++;
      entry.nextAt = Date.now() + 100 * 2 ** entry.tries;
      entry.lastError = result.reason;
      this.queue.push(id);
      return;
    }
    if (result.status !== "accepted") {
      this.rejected.push({ id, eartag: entry.movement.eartag, reason: result.reason });
      if (this.rejected.length > KEEP_REJECTED) this.rejected.shift();
      this.onRejected?.(entry.movement, result.reason);
      return;
    }
    delete this.backoff[id];
    this.accepted++;
    this.onAccepted?.(entry.movement, result.registryRef);
  }

  status() {
    return { queued: this.queue.length, accepted: this.accepted, recentRejections: this.rejected };
  }
}

module.exports = { Submitter };
