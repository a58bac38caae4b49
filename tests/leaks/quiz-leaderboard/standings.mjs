import { SortedSet } from "./vendor/sorted-set/index.mjs";

// Team standings for the quiz night: totals per team, and the board ordered by total so the
// live screen can show the top of the table without sorting every time.
const totals = new Map();
const board = new SortedSet();

export function record(roundId, result) {
  const team = String(result.team).trim();
  const points = Math.max(0, Math.min(10, Number(result.points) || 0));
  const previous = totals.get(team);
  if (previous) board.delete(previous.score, team);
  const standing = {
    team,
    score: (previous?.score ?? 0) + points,
    rounds: (previous?.rounds ?? 0) + 1,
    lastRound: { id: roundId, points, joker: Boolean(result.joker), at: new Date().toISOString() },
  };
  totals.set(team, standing);
  board.add(standing.score, team, standing);
  return standing;
}

export function top(n) {
  const rows = [];
  const seen = new Set();
  for (const node of board.descending()) {
    // Only a team's current standing is shown.
    if (seen.has(node.member) || totals.get(node.member) !== node.value) continue;
    seen.add(node.member);
    rows.push({ rank: rows.length + 1, team: node.member, score: node.score });
    if (rows.length === n) break;
  }
  return rows;
}

export function teamCount() {
  return totals.size;
}
