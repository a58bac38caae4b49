import { floor, type OrderLine } from "./floor.ts";

/**
 * The pass screen: every line added to a table's order becomes a ticket line for its
 * course; the screen keeps the last 60 for the expeditor.
 */
const ticketLines: { table: string; course: string; text: string; at: number }[] = [];
const counts = { tickets: 0, cleared: 0 };

floor.subscribe((op, path, value) => {
  // ["orders", id, "lines", index]
  if (op === "set" && path[0] === "orders" && path[2] === "lines" && typeof value === "object") {
    const line = value as OrderLine;
    ticketLines.unshift({
      table: floor.state.orders[path[1] as string]?.table ?? "?",
      course: line.course,
      text: `${line.qty}× ${line.name}${line.notes ? ` (${line.notes})` : ""}`,
      at: Date.now(),
    });
    if (ticketLines.length > 60) ticketLines.length = 60;
    counts.tickets++;
  }
  if (op === "delete" && path[0] === "orders" && path.length === 2) counts.cleared++;
});

export function pass(course?: string) {
  return {
    counts,
    lines: ticketLines.filter((l) => !course || l.course === course).slice(0, 20),
  };
}
