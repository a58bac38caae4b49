/** One captured change to a contact: the fields that changed, before and after. */
export interface Change {
  seq: number;
  at: string;
  contact: string;
  fields: Record<string, { before: unknown; after: unknown }>;
}

/**
 * The capture buffer: the newest CAPACITY changes in sequence order. Consumers that fall
 * further behind than that re-sync from a full export instead.
 */
export class ChangeLog {
  #changes: Change[] = [];
  #seq = 0;
  readonly capacity: number;

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  append(contact: string, fields: Change["fields"]): Change {
    const change: Change = { seq: ++this.#seq, at: new Date().toISOString(), contact, fields };
    this.#changes.push(change);
    if (this.#changes.length > this.capacity) {
      this.#changes.splice(0, this.#changes.length - this.capacity);
    }
    return change;
  }

  /** Changes after `seq`, at most `limit`; `gap` when some were already dropped. */
  after(seq: number, limit: number): { changes: Change[]; gap: boolean } {
    const oldest = this.#changes[0]?.seq ?? this.#seq + 1;
    const gap = seq + 1 < oldest;
    const from = this.#changes.findIndex((c) => c.seq > seq);
    const changes = from === -1 ? [] : this.#changes.slice(from, from + limit);
    return { changes, gap };
  }

  get oldestSeq(): number {
    return (this.#changes[0]?.seq ?? this.#seq + 1) - 1;
  }

  get latestSeq(): number {
    return this.#seq;
  }
}
