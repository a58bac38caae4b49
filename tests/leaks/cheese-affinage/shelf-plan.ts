export type Layout = [shelf: string, wheelId: string, turnedAt: string | null][];

export interface Move {
  wheelId: string;
  from: string;
  to: string;
}

interface HistoryEntry {
  label: string;
  moves: Move[];
  before: Layout;
  after: Layout;
  at: number;
}

const HISTORY_LIMIT = 40;

/** Where each wheel sits in one cave, with undo/redo for the cave master's tablet. */
export class ShelfPlan {
  positions = new Map<string, string>();
  turnedAt = new Map<string, string>();
  undoStack: HistoryEntry[] = [];
  redoStack: HistoryEntry[] = [];

  constructor(readonly cave: string, readonly shelves: string[]) {}

  layout(rack?: string): Layout {
    const rows: Layout = [];
    for (const [wheelId, shelf] of this.positions) {
      if (!rack || shelf.startsWith(`${rack}-`)) {
        rows.push([shelf, wheelId, this.turnedAt.get(wheelId) ?? null]);
      }
    }
    return rows.sort((a, b) => a[0].localeCompare(b[0]));
  }

  place(wheelId: string, shelf: string) {
    if (!this.shelves.includes(shelf)) throw new RangeError(`no shelf ${shelf} in ${this.cave}`);
    this.positions.set(wheelId, shelf);
  }

  take(wheelId: string) {
    this.positions.delete(wheelId);
    this.turnedAt.delete(wheelId);
  }

  move(wheelId: string, to: string) {
    const from = this.positions.get(wheelId);
    if (!from) throw new RangeError(`wheel ${wheelId} is not in ${this.cave}`);
    const before = this.layout(to.split("-")[0]);
    this.place(wheelId, to);
    this.record({
      label: `move ${wheelId}`,
      moves: [{ wheelId, from, to }],
      before,
      after: this.layout(to.split("-")[0]),
      at: Date.now(),
    });
  }

  /** Turning day: every wheel on the rack goes down a shelf and the bottom one goes to the top. */
  rotateRack(rack: string) {
    const shelves = this.shelves.filter((s) => s.startsWith(`${rack}-`));
    const before = this.layout(rack);
    const stamp = new Date().toISOString();
    const moves: Move[] = [];
    for (const [shelf, wheelId] of before) {
      const to = shelves[(shelves.indexOf(shelf) + 1) % shelves.length];
      moves.push({ wheelId, from: shelf, to });
    }
    for (const m of moves) {
      this.positions.set(m.wheelId, m.to);
      this.turnedAt.set(m.wheelId, stamp);
    }
    const batch = {
      label: `rotate ${rack}`,
      moves,
      before,
      after: this.layout(rack),
      at: Date.now(),
    };
    this.undoStack.push(batch);
    this.redoStack = [];
    return batch;
  }

  undo() {
    const entry = this.undoStack.pop();
    if (!entry) return null;
    for (const m of [...entry.moves].reverse()) {
      if (this.positions.has(m.wheelId)) this.positions.set(m.wheelId, m.from);
    }
    this.redoStack.push(entry);
    return entry.label;
  }

  redo() {
    const entry = this.redoStack.pop();
    if (!entry) return null;
    for (const m of entry.moves) {
      if (this.positions.has(m.wheelId)) this.positions.set(m.wheelId, m.to);
    }
    this.record(entry, false);
    return entry.label;
  }

  private record(entry: HistoryEntry, clearRedo = true) {
    this.undoStack.push(entry);
    if (this.undoStack.length > HISTORY_LIMIT) this.undoStack.shift();
    if (clearRedo) this.redoStack = [];
  }
}
