import type { EdgeRecord } from "./records.ts";

/** The most recent records, for the live tail in the ops dashboard. */
export class RecordRing {
  #slots: (EdgeRecord | undefined)[];
  #next = 0;
  #count = 0;

  constructor(readonly capacity: number) {
    this.#slots = new Array(capacity);
  }

  add(record: EdgeRecord): void {
    this.#slots[this.#next] = record;
    this.#next = (this.#next + 1) % this.capacity;
    if (this.#count < this.capacity) this.#count++;
  }

  /** Newest first. */
  *newest(): Generator<EdgeRecord> {
    for (let i = 1; i <= this.#count; i++) {
      yield this.#slots[(this.#next - i + this.capacity) % this.capacity]!;
    }
  }

  get size(): number {
    return this.#count;
  }
}

export const recent = new RecordRing(100);

export function tail(filter: { host?: string | null; status?: string | null }, limit: number) {
  const out = [];
  for (const r of recent.newest()) {
    if (filter.host && r.host !== filter.host) continue;
    if (filter.status && String(r.status)[0] !== filter.status[0]) continue;
    out.push(r);
    if (out.length >= limit) break;
  }
  return out;
}
