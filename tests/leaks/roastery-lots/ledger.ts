export type MovementKind = "receipt" | "roast" | "sample" | "write-off";

export interface Movement {
  seq: number;
  lot: string;
  kind: MovementKind;
  kg: number;
  ref: string;
  at: string;
  note?: string;
}

interface ReadPin {
  lot: string;
  afterSeq: number;
  openedAt: number;
  rows: Movement[];
}

/**
 * Stock movements of every green coffee lot in the warehouse. Readers get a consistent view of
 * one lot: the rows are copied when reading starts, so a roast booked meanwhile does not shift
 * a page under a reader.
 */
export class Ledger {
  #rows: Movement[] = [];
  #seq = 0;
  #pins = new Set<ReadPin>();

  append(entry: Omit<Movement, "seq" | "at">): Movement {
    const row: Movement = { ...entry, seq: ++this.#seq, at: new Date().toISOString() };
    this.#rows.push(row);
    return row;
  }

  balance(lot: string): number {
    let kg = 0;
    for (const row of this.#rows) if (row.lot === lot) kg += row.kg;
    return Math.round(kg * 100) / 100;
  }

  *history(lot: string, afterSeq = 0): Generator<Movement, void, undefined> {
    const pin: ReadPin = {
      lot,
      afterSeq,
      openedAt: Date.now(),
      rows: this.#rows.filter((r) => r.lot === lot && r.seq > afterSeq),
    };
    this.#pins.add(pin);
    try {
      yield* pin.rows;
    } finally {
      this.#pins.delete(pin);
    }
  }

  /** Moves a closed lot's rows out of the working ledger (the accounts export has them). */
  archive(lot: string): number {
    const before = this.#rows.length;
    this.#rows = this.#rows.filter((r) => r.lot !== lot);
    return before - this.#rows.length;
  }

  stats() {
    const now = Date.now();
    let oldest = 0;
    for (const pin of this.#pins) oldest = Math.max(oldest, now - pin.openedAt);
    return { rows: this.#rows.length, lastSeq: this.#seq, readers: this.#pins.size, oldest };
  }
}
