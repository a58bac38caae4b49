/**
 * Batches log records and ships them to the collector. A batch is flushed when it reaches
 * maxBatchBytes or on the timer, whichever comes first; every batch waits in #pending until the
 * collector acks it. Busy (503) batches are retried with backoff; batches over the collector's
 * frame limit are split in two and sent again.
 */
export class Shipper {
  #conn;
  #buffer = [];
  #bufferBytes = 0;
  #pending = new Map();
  #deadLetters = [];
  #seq = 0;
  #maxBatchBytes;
  #maxBufferBytes;
  stats = { received: 0, batches: 0, acked: 0, splits: 0, retries: 0, dropped: 0 };

  constructor(conn, { maxBatchBytes = 4096, maxBufferBytes = 1 << 20, flushMs = 200 } = {}) {
    this.#conn = conn;
    this.#maxBatchBytes = maxBatchBytes;
    this.#maxBufferBytes = maxBufferBytes;
    conn.on("ack", (ack) => this.#onAck(ack));
    setInterval(() => this.flush(), flushMs).unref();
  }

  /** Returns false when the buffer is full: the caller should tell the agent to back off. */
  push(records) {
    if (this.#bufferBytes > this.#maxBufferBytes) return false;
    for (const record of records) {
      const line = JSON.stringify(record);
      this.#buffer.push({ record, line });
      this.#bufferBytes += line.length + 1;
      this.stats.received++;
    }
    if (this.#bufferBytes >= this.#maxBatchBytes) this.flush();
    return true;
  }

  flush() {
    if (this.#buffer.length === 0) return;
    const items = this.#buffer.splice(0);
    this.#bufferBytes = 0;
    this.#send({ id: `b${++this.#seq}`, items }, 1);
  }

  #send(batch, attempt) {
    const entry = { batch, attempt, sentAt: Date.now() };
    this.#pending.set(batch.id, entry);
    this.stats.batches++;
    this.#conn.send({ id: batch.id, payload: batch.items.map((i) => i.line).join("\n") });
  }

  #onAck({ id, status }) {
    const entry = this.#pending.get(id);
    if (!entry) return;
    if (status === 413 && entry.batch.items.length > 1) {
      this.#split(entry.batch);
      return;
    }
    this.#pending.delete(id);
    if (status === 200) {
      this.stats.acked += entry.batch.items.length;
    } else if (status === 503 && entry.attempt < 5) {
      this.stats.retries++;
      setTimeout(() => this.#send(entry.batch, entry.attempt + 1), 25 * 2 ** entry.attempt);
    } else {
      this.stats.dropped += entry.batch.items.length;
      this.#deadLetters.push({ id, status, count: entry.batch.items.length, at: Date.now() });
      if (this.#deadLetters.length > 20) this.#deadLetters.shift();
    }
  }

  /** Two halves of about the same size in bytes. */
  #split(batch) {
    const total = batch.items.reduce((n, i) => n + i.line.length + 1, 0);
    let bytes = 0;
    let cut = 0;
    while (cut < batch.items.length - 1 && bytes + batch.items[cut].line.length < total / 2) {
      bytes += batch.items[cut].line.length + 1;
      cut++;
    }
    cut = Math.max(1, cut);
    this.stats.splits++;
    this.#send({ id: `${batch.id}.1`, items: batch.items.slice(0, cut) }, 1);
    this.#send({ id: `${batch.id}.2`, items: batch.items.slice(cut) }, 1);
  }

  status() {
    return {
      ...this.stats,
      buffered: this.#buffer.length,
      pending: this.#pending.size,
      deadLetters: this.#deadLetters.slice(-5),
    };
  }
}
