/**
 * Cataloguers' working notes on an item, with undo: a run of notes by the same person is one
 * undo step, sealed after MAX_RUN notes so an undo never takes away a whole afternoon; at most
 * MAX_STEPS steps are kept, and the item shows its latest MAX_NOTES notes.
 */

const MAX_RUN = 8;
const MAX_STEPS = 10;
const MAX_NOTES = 20;

interface Note {
  id: number;
  author: string;
  text: string;
  at: number;
}

interface Step {
  author: string;
  notes: Note[];
}

export class ItemNotes {
  #notes: Note[] = [];
  #steps: Step[] = [];
  #seq = 0;

  add(author: string, text: string): Note {
    const note = { id: ++this.#seq, author, text, at: Date.now() };
    this.#notes.push(note);
    if (this.#notes.length > MAX_NOTES) this.#notes.shift();
    const last = this.#steps.at(-1);
    if (last && last.author === author && last.notes.length < MAX_RUN) {
      last.notes.push(note);
    } else {
      this.#steps.push({ author, notes: [note] });
      if (this.#steps.length > MAX_STEPS) this.#steps.shift();
    }
    return note;
  }

  undo(author: string): number {
    const index = this.#steps.findLastIndex((s) => s.author === author);
    if (index < 0) return 0;
    const [step] = this.#steps.splice(index, 1);
    const gone = new Set(step.notes.map((n) => n.id));
    this.#notes = this.#notes.filter((n) => !gone.has(n.id));
    return gone.size;
  }

  latest(n = 5): Note[] {
    return this.#notes.slice(-n);
  }

  get steps(): number {
    return this.#steps.length;
  }
}

const byItem = new Map<string, ItemNotes>();

export function notesFor(itemId: string): ItemNotes {
  let notes = byItem.get(itemId);
  if (!notes) byItem.set(itemId, notes = new ItemNotes());
  return notes;
}
