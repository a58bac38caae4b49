// Write-behind buffer for analytics events: requests append and return at once, and the
// buffer hands events to the sink in batches, when enough have piled up or on a timer.

export class WriteBehindBuffer {
  constructor(sink, { maxBatch = 100, flushEveryMs = 100 } = {}) {
    this.sink = sink;
    this.maxBatch = maxBatch;
    this.flushEveryMs = flushEveryMs;
    // Events in arrival order; everything before `flushedUpTo` has been handed to the sink.
    this.pending = [];
    this.flushedUpTo = 0;
    this.flushing = null;
    this.stats = { accepted: 0, flushed: 0, batches: 0, failedBatches: 0, lastFlushAt: null };
    this.timer = setInterval(() => this.flush("timer"), flushEveryMs);
    this.timer.unref();
  }

  get backlog() {
    return this.pending.length - this.flushedUpTo;
  }

  add(event) {
    this.pending.push(event);
    this.stats.accepted++;
    if (this.backlog >= this.maxBatch) this.flush("size");
  }

  flush(reason) {
    // One flush at a time; the next timer tick or size trigger picks up what arrived meanwhile.
    if (this.flushing || this.backlog === 0) return this.flushing ?? Promise.resolve();
    const from = this.flushedUpTo;
    const batch = this.pending.slice(from);
    this.flushedUpTo = this.pending.length;
    this.flushing = this.sink.writeBatch(batch, reason)
      .then(() => {
        this.stats.flushed += batch.length;
        this.stats.batches++;
        this.stats.lastFlushAt = new Date().toISOString();
      })
      .catch((err) => {
        // Rewind so the same events go out again with the next flush.
        this.stats.failedBatches++;
        this.flushedUpTo = from;
        console.error(`flush of ${batch.length} events failed: ${err.message}`);
      })
      .finally(() => {
        this.flushing = null;
      });
    return this.flushing;
  }

  async close() {
    clearInterval(this.timer);
    await this.flushing;
    await this.flush("shutdown");
  }
}
