import { loadMeter, type MeterRow, type Reading, saveMeters } from "./registry.ts";

const MAX_ROWS = 40;
const FLUSH_EVERY_MS = 200;
const KEEP_READINGS = 12;

/**
 * Read-through cache over the meter registry with write-behind for readings: a reading updates
 * the cached row at once and the row is saved in the next batch. Rows with unsaved readings are
 * never evicted.
 */
export class MeterCache {
  #rows = new Map<string, MeterRow>();
  #loading = new Map<string, Promise<MeterRow>>();
  #queue: string[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #flushing = false;

  async get(id: string): Promise<MeterRow> {
    const cached = this.#rows.get(id);
    if (cached) return cached;
    let p = this.#loading.get(id);
    if (!p) {
      p = loadMeter(id).finally(() => this.#loading.delete(id));
      this.#loading.set(id, p);
    }
    const row = await p;
    if (!this.#rows.has(id)) {
      this.#rows.set(id, row);
      this.#evict(id);
    }
    return this.#rows.get(id)!;
  }

  async addReading(id: string, reading: Reading): Promise<MeterRow> {
    const row = await this.get(id);
    row.readings.push(reading);
    if (row.readings.length > KEEP_READINGS) row.readings.shift();
    row.dirty = true;
    if (!this.#queue.includes(id)) this.#queue.push(id);
    this.#schedule();
    return row;
  }

  #evict(keep: string) {
    if (this.#rows.size <= MAX_ROWS) return;
    for (const [id, row] of this.#rows) {
      if (this.#rows.size <= MAX_ROWS) break;
      if (row.dirty || id === keep) continue; // not saved yet, or just asked for
      this.#rows.delete(id);
    }
  }

  #schedule() {
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      this.flush().catch((err) => console.error("meter flush failed", err));
    }, FLUSH_EVERY_MS);
  }

  async flush() {
    if (this.#flushing || this.#queue.length === 0) return;
    this.#flushing = true;
    try {
      // copy the rows so readings arriving during the save don't end up half-written
      const batch = this.#queue.splice(0).flatMap((id) => {
        const row = this.#rows.get(id);
        return row ? [structuredClone(row)] : [];
      });
      await saveMeters(batch);
      const now = Date.now();
      for (const row of batch) {
        row.dirty = false;
        row.flushedAt = now;
      }
    } finally {
      this.#flushing = false;
      if (this.#queue.length) this.#schedule();
    }
  }

  stats() {
    let dirty = 0;
    for (const row of this.#rows.values()) if (row.dirty) dirty++;
    return { cached: this.#rows.size, dirty, queued: this.#queue.length };
  }
}
