// Per-deck edit history for the editor's undo/redo buttons. Entries carry full before/after
// copies of the shape so that an undo restores exactly what the author saw, even when other
// collaborators have touched neighbouring properties in the meantime.

export interface ShapeStyle {
  fontFamily: string;
  fontSize: number;
  color: string;
  bold: boolean;
  align: "left" | "center" | "right";
}

export interface Shape {
  id: string;
  kind: "text" | "image" | "chart";
  x: number;
  y: number;
  w: number;
  h: number;
  text?: string;
  style: ShapeStyle;
  locked: boolean;
}

export interface HistoryEntry {
  seq: number;
  author: string;
  slideId: string;
  shapeId: string;
  before: Shape;
  after: Shape;
  at: number;
}

/** How many steps back an author can go; older steps are dropped. */
export const UNDO_LIMIT = 100;

export class EditHistory {
  undoStack: HistoryEntry[] = [];
  redoStack: HistoryEntry[] = [];
  #seq = 0;

  record(author: string, slideId: string, before: Shape, after: Shape): HistoryEntry {
    const entry: HistoryEntry = {
      seq: ++this.#seq,
      author,
      slideId,
      shapeId: after.id,
      before: structuredClone(before),
      after: structuredClone(after),
      at: Date.now(),
    };
    this.undoStack.push(entry);
    if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
    return entry;
  }

  /** The step to revert, moved over to the redo side. */
  undo(): HistoryEntry | undefined {
    const entry = this.undoStack.pop();
    if (entry) this.redoStack.push(entry);
    return entry;
  }

  /** The step to re-apply, moved back to the undo side. */
  redo(): HistoryEntry | undefined {
    const entry = this.redoStack.pop();
    if (entry) this.undoStack.push(entry);
    return entry;
  }

  summary() {
    const last = this.undoStack.at(-1);
    return {
      canUndo: this.undoStack.length > 0,
      canRedo: this.redoStack.length > 0,
      lastEdit: last ? { seq: last.seq, author: last.author, at: last.at } : null,
    };
  }
}
