/**
 * An in-memory change feed for wiki pages. Each consumer (search indexer, the mobile app's sync,
 * …) reads from its own cursor and acknowledges what it processed; entries every consumer has
 * acknowledged are compacted away.
 */

export interface Change {
  seq: number;
  pageId: string;
  kind: "created" | "edited" | "deleted";
  revision: number;
  author: string;
  summary: string;
  at: string;
}

export class ChangeLog {
  #entries: Change[] = [];
  /** seq of #entries[0]. */
  #firstSeq = 1;
  #nextSeq = 1;
  /** consumer → last acknowledged seq */
  #cursors = new Map<string, number>();

  constructor(consumers: string[]) {
    for (const name of consumers) this.#cursors.set(name, 0);
  }

  append(change: Omit<Change, "seq" | "at">): Change {
    const entry: Change = { seq: this.#nextSeq++, at: new Date().toISOString(), ...change };
    this.#entries.push(entry);
    return entry;
  }

  read(consumer: string, limit: number): Change[] {
    const cursor = this.#cursors.get(consumer);
    if (cursor === undefined) throw new RangeError(`unknown consumer ${consumer}`);
    const from = Math.max(0, cursor + 1 - this.#firstSeq);
    return this.#entries.slice(from, from + limit);
  }

  ack(consumer: string, seq: number): void {
    const cursor = this.#cursors.get(consumer);
    if (cursor === undefined) throw new RangeError(`unknown consumer ${consumer}`);
    if (seq >= this.#nextSeq) throw new RangeError(`seq ${seq} out of range`);
    if (seq <= cursor) return; // a late or repeated ack
    this.#cursors.set(consumer, seq);
    this.#compact();
  }

  /** Drops the entries every consumer has acknowledged. */
  #compact(): void {
    const oldest = Math.min(...this.#cursors.values());
    const drop = oldest - this.#firstSeq + 1;
    if (drop > 0) {
      this.#entries.splice(0, drop);
      this.#firstSeq += drop;
    }
  }

  stats() {
    return {
      retained: this.#entries.length,
      nextSeq: this.#nextSeq,
      cursors: Object.fromEntries(this.#cursors),
    };
  }
}

export const changes = new ChangeLog(["search-index", "mobile-sync"]);

/** Feeds the search cluster; only runs where a search endpoint is configured. */
export function startSearchSync(endpoint: string): void {
  const tick = async () => {
    const batch = changes.read("search-index", 200);
    if (batch.length > 0) {
      const res = await fetch(`${endpoint}/bulk`, {
        method: "POST",
        body: JSON.stringify(batch),
      });
      if (res.ok) changes.ack("search-index", batch[batch.length - 1].seq);
    }
    setTimeout(tick, 1000);
  };
  tick().catch((err) => console.error("search sync:", err));
}
