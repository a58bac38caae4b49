/**
 * journal: a small batched append-only journal (vendored from the agency's old CAT-tool
 * backend, 2014; no upstream any more).
 *
 *   const journal = new Journal({ sink, intervalMs: 200 });
 *   journal.write(a).write(b);               // chainable; buffered until the next flush
 *   journal.then(onFlushed, onError);        // after every flush (metrics, replication)
 *   journal.flush();                         // also runs on the timer
 *
 * Hooks registered with then() run after each flush with the batch that went out, in the
 * order they were registered; a hook that throws does not stop the others.
 */

export class Journal {
  #sink;
  #buffer = [];
  #afterFlush = [];
  #seq = 0;
  #flushes = 0;

  constructor({ sink, intervalMs = 200 }) {
    this.#sink = sink;
    const timer = setInterval(() => this.flush(), intervalMs);
    timer.unref?.();
  }

  /** Buffers one record (stamped with its sequence number); returns the journal. */
  write(record) {
    this.#buffer.push({ seq: ++this.#seq, at: new Date().toISOString(), ...record });
    return this;
  }

  /** Registers a hook run after every flush; returns the journal. */
  then(onFlushed, onError) {
    this.#afterFlush.push({ onFlushed, onError });
    return this;
  }

  flush() {
    if (this.#buffer.length === 0) return 0;
    const batch = this.#buffer.splice(0);
    this.#flushes++;
    let error = null;
    try {
      this.#sink(batch);
    } catch (err) {
      error = err;
    }
    for (const hook of this.#afterFlush) {
      try {
        if (error) hook.onError?.(error, batch);
        else hook.onFlushed?.(batch);
      } catch {
        // one hook must not stop the rest
      }
    }
    return batch.length;
  }

  get stats() {
    return {
      buffered: this.#buffer.length,
      flushes: this.#flushes,
      hooks: this.#afterFlush.length,
    };
  }
}
