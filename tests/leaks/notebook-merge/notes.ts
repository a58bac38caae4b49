import { mergeLines } from "./merge.ts";
import { SnapshotStore } from "./snapshots.ts";

export class NoteError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

interface Note {
  key: string;
  owner: string;
  slug: string;
  title: string;
  version: number;
  lines: string[];
  /** Open tabs by client id, with the version each opened. */
  editors: Map<string, number>;
  updatedBy: string;
}

const notes = new Map<string, Note>();
const history = new SnapshotStore(8);
const counters = { opens: 0, writes: 0, merges: 0, conflicts: 0 };

const SEED: Record<string, { title: string; text: string }> = {
  "maya@example.com/lisbon-trip": {
    title: "Lisbon trip checklist",
    text: [
      "# Lisbon, 12-16 May",
      "- [ ] Passports (both in the blue folder)",
      "- [ ] Travel insurance documents printed",
      "- [ ] Euros: about 200 in cash for the trams and markets",
      "- [ ] Book Sintra train tickets for Tuesday morning",
      "- [ ] Pastéis de Belém before the queue (opens 8:00)",
      "- [ ] Chargers, adaptor (type F), power bank",
      "- [ ] Ask Rui about the fado place in Alfama",
      "- [ ] Sunscreen, hats, comfortable shoes for the hills",
      "- [ ] Leave spare key with Mrs Hart at no. 14",
    ].join("\n"),
  },
  "team/retro-notes": {
    title: "Sprint retro",
    text: "## Went well\n- deploys\n## To improve\n- flaky e2e suite",
  },
};

for (const [key, seed] of Object.entries(SEED)) {
  const slash = key.lastIndexOf("/");
  const note: Note = {
    key,
    owner: key.slice(0, slash),
    slug: key.slice(slash + 1),
    title: seed.title,
    version: 1,
    lines: seed.text.split("\n"),
    editors: new Map(),
    updatedBy: "import",
  };
  notes.set(key, note);
  history.put(key, 1, seed.text, "import", 1);
}

function requireNote(key: string): Note {
  const note = notes.get(key);
  if (!note) throw new NoteError(404, `no note ${key}`);
  return note;
}

/** The oldest version an open tab still edits on top of. */
function oldestOpenBase(note: Note): number {
  let oldest = note.version;
  for (const v of note.editors.values()) oldest = Math.min(oldest, v);
  return oldest;
}

export function openNote(key: string, client: string) {
  const note = requireNote(key);
  if (!client) throw new NoteError(400, "client is required");
  note.editors.set(client, note.version);
  counters.opens++;
  return { key, title: note.title, version: note.version, text: note.lines.join("\n") };
}

export function writeNote(key: string, client: string, text: string) {
  const note = requireNote(key);
  const base = note.editors.get(client);
  if (base === undefined) throw new NoteError(409, `${client} has not opened ${key}`);
  if (typeof text !== "string") throw new NoteError(400, "text is required");
  let lines = text.split("\n");
  if (base !== note.version) {
    const snapshot = history.get(key, base);
    if (!snapshot) throw new NoteError(410, `version ${base} is gone; reopen the note`);
    const merged = mergeLines(snapshot.text.split("\n"), note.lines, lines);
    lines = merged.lines;
    counters.merges++;
    counters.conflicts += merged.conflicts;
  }
  note.lines = lines;
  note.version++;
  note.updatedBy = client;
  note.editors.set(client, note.version);
  history.put(key, note.version, lines.join("\n"), client, oldestOpenBase(note));
  counters.writes++;
  return { key, version: note.version, merged: base !== note.version - 1 };
}

export function closeNote(key: string, client: string) {
  const note = requireNote(key);
  note.editors.delete(client);
  return { key, open: note.editors.size };
}

export function readNote(key: string) {
  const note = requireNote(key);
  return {
    key,
    title: note.title,
    version: note.version,
    updatedBy: note.updatedBy,
    text: note.lines.join("\n"),
  };
}

export function noteStats() {
  return { ...counters, notes: notes.size, versionsKept: history.size };
}
