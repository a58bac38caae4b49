/**
 * A conference's run-sheets (the cue list per day), edited by the crew's tablets, offline at
 * times. Each field is a last-writer-wins register; a cue remembers which writes its current
 * state has seen, so that a write made without seeing the latest one is counted as a conflict
 * for the stage manager to look at.
 */
import { dominates, mergeInto, observe, type VersionVector } from "./vclock.ts";

export type Field = "time" | "text" | "owner";
export const FIELDS: Field[] = ["time", "text", "owner"];

export interface Stamp {
  replica: string;
  counter: number;
}

export interface Cue {
  id: string;
  fields: Record<Field, { value: string; stamp: Stamp }>;
  context: VersionVector;
  conflicts: number;
}

export interface Sheet {
  id: string;
  title: string;
  cues: Map<string, Cue>;
  clock: VersionVector;
}

const SEED: Stamp = { replica: "import", counter: 1 };

function seed(id: string, title: string, cues: [string, string, string][]): Sheet {
  const sheet: Sheet = { id, title, cues: new Map(), clock: new Map([["import", 1]]) };
  cues.forEach(([time, text, owner], i) => {
    const cueId = `c${String(i + 1).padStart(2, "0")}`;
    sheet.cues.set(cueId, {
      id: cueId,
      fields: {
        time: { value: time, stamp: SEED },
        text: { value: text, stamp: SEED },
        owner: { value: owner, stamp: SEED },
      },
      context: new Map([["import", 1]]),
      conflicts: 0,
    });
  });
  return sheet;
}

export const sheets = new Map<string, Sheet>([
  [
    "day-1",
    seed("day-1", "Day 1 – Main hall", [
      ["08:30", "Doors open, walk-in music", "sound"],
      ["09:00", "Welcome by the host", "stage"],
      ["09:10", "Keynote – slides from laptop B", "video"],
      ["10:00", "Panel, four handhelds", "sound"],
      ["10:45", "Break, sponsor loop on screens", "video"],
      ["11:15", "Workshop changeover", "stage"],
    ]),
  ],
  [
    "day-2",
    seed("day-2", "Day 2 – Main hall", [
      ["09:00", "Doors open", "stage"],
      ["09:30", "Awards, stingers per category", "sound"],
      ["10:30", "Closing keynote", "video"],
      ["11:30", "Strike", "stage"],
    ]),
  ],
]);

const later = (a: Stamp, b: Stamp) =>
  a.counter !== b.counter ? a.counter > b.counter : a.replica > b.replica;

/** Applies one write by `replica`, made having seen `seen`; returns its stamp. */
export function write(
  sheet: Sheet,
  replica: string,
  seen: VersionVector,
  op: { cue: string; field: Field; value: string },
): Stamp | undefined {
  const cue = sheet.cues.get(op.cue);
  if (!cue || !FIELDS.includes(op.field)) return undefined;
  // A Lamport counter: above everything this replica has seen, so its write wins over those.
  let top = 0;
  for (const counter of seen.values()) top = Math.max(top, counter);
  const stamp = { replica, counter: top + 1 };
  observe(sheet.clock, replica, stamp.counter);
  observe(seen, replica, stamp.counter);
  if (!dominates(seen, cue.context)) cue.conflicts++;
  const current = cue.fields[op.field];
  if (later(stamp, current.stamp)) cue.fields[op.field] = { value: op.value, stamp };
  mergeInto(cue.context, seen);
  return stamp;
}

/** The cues with a write that `seen` does not include. */
export function changesSince(sheet: Sheet, seen: VersionVector) {
  return [...sheet.cues.values()].filter((cue) => !dominates(seen, cue.context)).map(view);
}

export function view(cue: Cue) {
  return {
    id: cue.id,
    ...Object.fromEntries(FIELDS.map((f) => [f, cue.fields[f].value])),
    conflicts: cue.conflicts,
  };
}
