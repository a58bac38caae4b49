import { PieceTable } from "./piece_table.ts";

/** A note stays readable at this size: older lines fall off the end. */
const MAX_NOTE_CHARS = 3000;

export interface Note {
  id: string;
  title: string;
  table: PieceTable;
  revision: number;
  lastEditor: string;
  updatedAt: number;
}

const notes = new Map<string, Note>();
for (
  const [id, title] of [
    ["standup", "Daily stand-up, team Payments"],
    ["handover", "On-call handover"],
    ["lunch", "Friday lunch order"],
  ]
) {
  notes.set(id, {
    id,
    title,
    table: new PieceTable(`# ${title}\n`),
    revision: 0,
    lastEditor: "",
    updatedAt: Date.now(),
  });
}

export function getNote(id: string): Note | undefined {
  return notes.get(id);
}

function touched(note: Note, editor: string): Note {
  note.revision++;
  note.lastEditor = editor;
  note.updatedAt = Date.now();
  if (note.table.length > MAX_NOTE_CHARS) {
    note.table.delete(MAX_NOTE_CHARS, note.table.length - MAX_NOTE_CHARS);
  }
  return note;
}

/** A new entry goes right under the title line, newest first. */
export function addEntry(note: Note, author: string, text: string): Note {
  const time = new Date().toISOString().slice(11, 16);
  note.table.insert(note.title.length + 3, `- [${time}] ${author}: ${text.trim()}\n`);
  return touched(note, author);
}

export function edit(note: Note, editor: string, at: number, remove: number, insert: string) {
  note.table.delete(at, remove);
  note.table.insert(at, insert);
  return touched(note, editor);
}

export function search(note: Note, query: string): string[] {
  const q = query.toLowerCase();
  return note.table.text().split("\n").filter((line) => line.toLowerCase().includes(q)).slice(
    0,
    20,
  );
}

export function stats() {
  return [...notes.values()].map((n) => ({
    id: n.id,
    revision: n.revision,
    length: n.table.length,
    pieces: n.table.pieceCount,
    lastEditor: n.lastEditor,
  }));
}
