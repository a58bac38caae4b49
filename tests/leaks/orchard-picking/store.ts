import type { Row, RowLive } from "./row.ts";

/** Rows open today, by id. */
export class RowStore {
  #rows = new Map<string, Row>();

  add(row: Row): void {
    this.#rows.set(row.id, row);
  }

  get(id: string): Row | undefined {
    return this.#rows.get(id);
  }

  remove(id: string): boolean {
    return this.#rows.delete(id);
  }

  values(): IterableIterator<Row> {
    return this.#rows.values();
  }
}

export interface RowSummary {
  id: string;
  block: string;
  variety: string;
  pickers: string[];
  live: RowLive;
}

/** Also keeps the last few closed rows, so the tablets can still show a row just finished. */
export class ClosingRowStore extends RowStore {
  #closed: RowSummary[] = [];

  override remove(id: string): boolean {
    const row = this.get(id);
    if (row) {
      this.#closed.unshift({
        id,
        block: row.block,
        variety: row.variety,
        pickers: row.pickers,
        live: row.close(),
      });
      if (this.#closed.length > 30) this.#closed.length = 30;
    }
    return super.remove(id);
  }

  closedRow(id: string): RowSummary | undefined {
    return this.#closed.find((s) => s.id === id);
  }
}
