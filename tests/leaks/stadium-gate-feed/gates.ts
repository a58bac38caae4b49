import type { Scan } from "./feed.ts";

export const GATES = new Map([
  ["north-1", { stand: "North Stand", turnstiles: 6 }],
  ["north-3", { stand: "North Stand", turnstiles: 4 }],
  ["east-2", { stand: "East Stand", turnstiles: 8 }],
  ["away", { stand: "South Stand (away)", turnstiles: 3 }],
]);

// Ticket blocks by gate: an "N" ticket must come in through a north gate, and so on.
const BLOCK_GATES: Record<string, string[]> = {
  N: ["north-1", "north-3"],
  E: ["east-2"],
  A: ["away"],
};

const counts = new Map<string, { admitted: number; refused: number }>();
for (const gate of GATES.keys()) counts.set(gate, { admitted: 0, refused: 0 });

// Tickets seen recently, to catch a ticket photographed and passed back over the fence.
const SEEN_LIMIT = 64;
const seen = new Map<string, string>();

export function scan(ticket: string, gate: string): Scan {
  const block = ticket.split("-")[0];
  let result: Scan["result"] = "admitted";
  if (!(BLOCK_GATES[block] ?? []).includes(gate)) result = "wrong-gate";
  else if (seen.has(ticket)) result = "duplicate";
  if (result === "admitted") {
    seen.set(ticket, gate);
    if (seen.size > SEEN_LIMIT) seen.delete(seen.keys().next().value!);
  }
  const c = counts.get(gate)!;
  if (result === "admitted") c.admitted++;
  else c.refused++;
  return { ticket, gate, result, at: new Date().toISOString() };
}

export function gateCounts() {
  return Object.fromEntries(counts);
}
