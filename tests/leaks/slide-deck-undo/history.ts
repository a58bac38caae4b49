export type SlideField = "title" | "body" | "notes";

export interface HistoryEntry {
  id: string;
  slide: string;
  field: SlideField;
  before: string;
  after: string;
  author: string;
  at: string;
}

/**
 * Undo/redo for a deck. Entries are also kept by id: the history panel links to them, and
 * the client names the entry it means when two people undo at the same time.
 */
export class UndoHistory {
  #undo: HistoryEntry[] = [];
  #redo: HistoryEntry[] = [];
  #byId = new Map<string, HistoryEntry>();
  #seq = 0;

  constructor(readonly limit: number) {}

  record(change: Omit<HistoryEntry, "id" | "at">): HistoryEntry {
    const entry: HistoryEntry = {
      ...change,
      id: `h${++this.#seq}`,
      at: new Date().toISOString(),
    };
    this.#undo.push(entry);
    this.#byId.set(entry.id, entry);
    // a new change means nothing undone can be redone any more
    for (const undone of this.#redo) this.#byId.delete(undone.id);
    this.#redo.length = 0;
    if (this.#undo.length > this.limit) this.#undo.shift();
    return entry;
  }

  undo(): HistoryEntry | undefined {
    const entry = this.#undo.pop();
    if (entry) this.#redo.push(entry);
    return entry;
  }

  redo(): HistoryEntry | undefined {
    const entry = this.#redo.pop();
    if (entry) this.#undo.push(entry);
    return entry;
  }

  entry(id: string): HistoryEntry | undefined {
    return this.#byId.get(id);
  }

  recent(n: number) {
    return this.#undo.slice(-n).reverse().map((e) => ({
      id: e.id,
      slide: e.slide,
      field: e.field,
      author: e.author,
      at: e.at,
    }));
  }

  get canRedo(): boolean {
    return this.#redo.length > 0;
  }
}
