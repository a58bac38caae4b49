"use strict";
// The wallet journal with group commit: every posting waits for its batch to be durable,
// but postings that arrive together share one write (and one fsync, on a real disk).

const FSYNC_LATENCY_MS = 3;
const TAIL_SIZE = 256;

class JournalFile {
  constructor() {
    this.lsn = 0;
    this.tail = new Array(TAIL_SIZE).fill(null); // ring of the last records, for /journal
    this.writes = 0;
  }

  append(records) {
    return new Promise((resolve) => {
      setTimeout(() => {
        for (const record of records) {
          record.lsn = ++this.lsn;
          this.tail[record.lsn % TAIL_SIZE] = record;
        }
        this.writes++;
        resolve(this.lsn);
      }, FSYNC_LATENCY_MS);
    });
  }

  recent(n) {
    const out = [];
    for (let lsn = this.lsn; lsn > 0 && out.length < n; lsn--) out.push(this.tail[lsn % TAIL_SIZE]);
    return out;
  }
}

class GroupCommitter {
  constructor(file, { maxBatch = 32, maxDelayMs = 15 } = {}) {
    this.file = file;
    this.maxBatch = maxBatch;
    this.maxDelayMs = maxDelayMs;
    this.queue = [];
    this.timer = null;
    this.inFlight = Promise.resolve();
    this.batches = 0;
  }

  commit(record) {
    return new Promise((resolve, reject) => {
      this.queue.push({ record, resolve, reject });
      if (this.queue.length >= this.maxBatch) this.flush();
      else if (!this.timer) this.timer = setTimeout(() => this.flush(), this.maxDelayMs);
    });
  }

  flush() {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.queue.length === 0) return this.inFlight;
    const batch = this.queue;
    this.queue = [];
    // Batches are written in order: the next waits for the one being written.
    this.inFlight = this.inFlight
      .then(() => this.file.append(batch.map((w) => w.record)))
      .then(
        () => {
          this.batches++;
          for (const w of batch) w.resolve(w.record);
        },
        (err) => {
          for (const w of batch) w.reject(err);
        },
      );
    return this.inFlight;
  }
}

module.exports = { JournalFile, GroupCommitter };
