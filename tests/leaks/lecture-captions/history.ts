/**
 * Undo for the caption editor. As in a text editor, a run of the same kind of edit by the same
 * person is one undo step (typing a sentence is undone in one go, not letter by letter); a
 * different kind of edit, or someone else's, starts a new step. At most MAX_STEPS are kept.
 */

export interface EditOp {
  kind: "append" | "correct" | "remove";
  author: string;
  lineId: string;
  text: string;
  before?: string;
  at: number;
}

const MAX_STEPS = 100;

export class EditStep {
  readonly kind: EditOp["kind"];
  readonly author: string;
  readonly startedAt: number;
  ops: EditOp[];

  constructor(first: EditOp) {
    this.kind = first.kind;
    this.author = first.author;
    this.startedAt = first.at;
    this.ops = [first];
  }
}

export class EditHistory {
  #undo: EditStep[] = [];
  #redo: EditStep[] = [];

  record(op: EditOp): void {
    const last = this.#undo.at(-1);
    if (last && last.author === op.author && last.kind === op.kind) {
      last.ops.push(op);
    } else {
      this.#undo.push(new EditStep(op));
      if (this.#undo.length > MAX_STEPS) this.#undo.shift();
    }
    this.#redo.length = 0;
  }

  /** Takes the last step off for `revert` to undo its ops, newest first. */
  undo(author: string): EditStep | undefined {
    const index = this.#undo.findLastIndex((s) => s.author === author);
    if (index < 0) return undefined;
    const [step] = this.#undo.splice(index, 1);
    this.#redo.push(step);
    if (this.#redo.length > MAX_STEPS) this.#redo.shift();
    return step;
  }

  stats() {
    return {
      steps: this.#undo.length,
      redo: this.#redo.length,
      lastStep: this.#undo.at(-1)
        ? { kind: this.#undo.at(-1)!.kind, author: this.#undo.at(-1)!.author }
        : null,
    };
  }
}
