import { History } from "./history.ts";
import type { Show } from "./show.ts";

// Operators at the desk or on a tablet in the stalls. Each has their own undo history, so
// one programmer undoing does not take back another's edit.
type Operator = { name: string; since: number; lastSeen: number; edits: number; history: History };

const IDLE_MS = 15 * 60_000;
const MAX_OPERATORS = 32;
const operators = new Map<string, Operator>();

export function touch(name: string): Operator {
  const now = Date.now();
  let op = operators.get(name);
  if (op) operators.delete(name);
  else op = { name, since: now, lastSeen: now, edits: 0, history: new History(30) };
  op.lastSeen = now;
  operators.set(name, op);
  if (operators.size > MAX_OPERATORS) operators.delete(operators.keys().next().value!);
  return op;
}

setInterval(() => {
  const cutoff = Date.now() - IDLE_MS;
  for (const [name, op] of operators) if (op.lastSeen < cutoff) operators.delete(name);
}, 250);

export function activeOperators(): string[] {
  return [...operators.keys()];
}

// Printed cue sheets for the stage manager; a sheet only changes with the show's version.
const SHEETS_KEPT = 8;
const sheets = new Map<string, string>();

export function cueSheet(show: Show): string {
  const key = `${show.id}@${show.version}`;
  if (sheets.has(key)) return sheets.get(key)!;
  const lines = [`${show.title} — cue sheet v${show.version}`, ""];
  for (const c of show.cues) {
    const levels = Object.entries(c.levels).map(([ch, v]) => `${ch}@${v}`).join(" ");
    lines.push(
      `Q${c.number.padEnd(6)} ${c.label.padEnd(28)} ↑${c.fadeUp} ↓${c.fadeDown} ${levels}`,
    );
  }
  const text = lines.join("\n");
  sheets.set(key, text);
  if (sheets.size > SHEETS_KEPT) sheets.delete(sheets.keys().next().value!);
  return text;
}
