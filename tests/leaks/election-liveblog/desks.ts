import { Desk, type Post } from "./desk.ts";
import { nextEventId } from "./sequence.ts";

export const desks = new Map<string, Desk>([
  ["national", new Desk("national", "National results")],
  ["regions", new Desk("regions", "Regions and constituencies")],
  ["analysis", new Desk("analysis", "Analysis")],
]);

/**
 * The front page's state events: the seat tally and the seat map. They go out on the same
 * stream as the posts (so they take an event id too), but only the latest of each matters,
 * so they are not replayed.
 */
interface StateEvent {
  id: number;
  type: "tally" | "seatmap";
  data: unknown;
}

const seats = new Map<string, number>();
const constituencies = new Map<string, string>();
export const latestState: Partial<Record<StateEvent["type"], StateEvent>> = {};

function tally() {
  return [...seats].sort((a, b) => b[1] - a[1]).map(([party, n]) => ({ party, seats: n }));
}

function emitState(type: StateEvent["type"], data: unknown): void {
  latestState[type] = { id: nextEventId(), type, data };
}

export function recordResult(post: Post, winner: string | undefined): void {
  if (post.kind !== "result" || !winner || !post.constituency) return;
  const before = constituencies.get(post.constituency);
  if (before) seats.set(before, (seats.get(before) ?? 1) - 1);
  constituencies.set(post.constituency, winner);
  seats.set(winner, (seats.get(winner) ?? 0) + 1);
  emitState("tally", tally());
  emitState("seatmap", { declared: constituencies.size, changed: post.constituency, winner });
}
