export interface Change {
  section: string;
  before: string;
  after: string;
}

export interface Transaction {
  author: string;
  label: string;
  startedAt: number;
  changes: Change[];
}

const UNDO_LIMIT = 40;

/**
 * Undo/redo for a document. Edits are grouped into transactions so that one undo reverts
 * everything one save did; a begin() inside an open transaction (a macro built from other
 * edits) joins it, and only the outermost commit() puts it on the undo stack.
 */
export class History {
  #undo: Transaction[] = [];
  #redo: Transaction[] = [];
  #open: Transaction | null = null;
  #depth = 0;

  begin(author: string, label: string): Transaction {
    this.#depth++;
    if (this.#open) return this.#open;
    this.#open = { author, label, startedAt: Date.now(), changes: [] };
    return this.#open;
  }

  record(change: Change) {
    if (!this.#open) throw new Error("record() outside a transaction");
    this.#open.changes.push(change);
  }

  commit() {
    if (this.#depth === 0) return;
    if (--this.#depth > 0) return;
    const tx = this.#open;
    this.#open = null;
    if (!tx || tx.changes.length === 0) return;
    this.#undo.push(tx);
    if (this.#undo.length > UNDO_LIMIT) this.#undo.shift();
    this.#redo.length = 0;
  }

  undo(): Transaction | undefined {
    const tx = this.#undo.pop();
    if (tx) this.#redo.push(tx);
    return tx;
  }

  redo(): Transaction | undefined {
    const tx = this.#redo.pop();
    if (tx) this.#undo.push(tx);
    return tx;
  }

  summary() {
    return {
      undo: this.#undo.slice(-10).map((t) => ({
        label: t.label,
        author: t.author,
        changes: t.changes.length,
      })),
      redo: this.#redo.length,
      editing: this.#open !== null,
    };
  }
}
