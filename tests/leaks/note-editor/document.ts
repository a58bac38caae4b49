/** One shared note. Every edit can be undone (and redone) by anyone editing the note. */

export interface NoteState {
  title: string;
  body: string;
  tags: string[];
  revision: number;
  updatedBy: string;
  updatedAt: string;
}

export type NoteEdit = Partial<Pick<NoteState, "title" | "body" | "tags">>;

export class NoteDocument {
  readonly id: string;
  #state: NoteState;
  #undoStack: NoteState[] = [];
  #redoStack: NoteState[] = [];

  constructor(id: string, title: string) {
    this.id = id;
    this.#state = {
      title,
      body: "",
      tags: [],
      revision: 0,
      updatedBy: "system",
      updatedAt: new Date().toISOString(),
    };
  }

  get state(): Readonly<NoteState> {
    return this.#state;
  }

  apply(edit: NoteEdit, user: string): NoteState {
    this.#undoStack.push(structuredClone(this.#state));
    this.#redoStack = [];
    this.#state = {
      ...this.#state,
      ...edit,
      tags: edit.tags ? [...new Set(edit.tags)] : this.#state.tags,
      revision: this.#state.revision + 1,
      updatedBy: user,
      updatedAt: new Date().toISOString(),
    };
    return this.#state;
  }

  undo(): NoteState | undefined {
    const previous = this.#undoStack.pop();
    if (!previous) return undefined;
    this.#redoStack.push(this.#state);
    this.#state = previous;
    return previous;
  }

  redo(): NoteState | undefined {
    const next = this.#redoStack.pop();
    if (!next) return undefined;
    this.#undoStack.push(this.#state);
    this.#state = next;
    return next;
  }

  get canUndo(): boolean {
    return this.#undoStack.length > 0;
  }
}
