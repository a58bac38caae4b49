import { followers } from "./followers.ts";
import { pitchPlanner } from "./pitches.ts";
import { Recent } from "./recent.ts";

export interface Match {
  id: string;
  team: string;
  opponent: string;
  pitch: string;
  kickoff: string;
  home: number;
  away: number;
  status: "scheduled" | "playing" | "final";
}

export interface Update {
  match: string;
  text: string;
  at: string;
}

const matches = new Map<string, Match>();
export const clubFeed = new Recent<Update>(40);
export const results = new Recent<{ match: string; line: string }>(20);
let pushesSent = 0;

export function schedule(input: Omit<Match, "home" | "away" | "status">): Match | string {
  if (matches.has(input.id)) return `${input.id} exists`;
  const booked = pitchPlanner.book(input.id, input.pitch, input.team, input.kickoff);
  if (typeof booked === "string") return booked;
  const match: Match = { ...input, home: 0, away: 0, status: "scheduled" };
  matches.set(match.id, match);
  clubFeed.add({
    match: match.id,
    text: `${match.team} – ${match.opponent} on ${match.pitch}`,
    at: new Date().toISOString(),
  });
  return match;
}

export function findMatch(id: string): Match | undefined {
  return matches.get(id);
}

export function goal(match: Match, side: "home" | "away", scorer: string, minute: number) {
  match[side]++;
  match.status = "playing";
  const text = `${minute}' ${scorer}: ${match.team} ${match.home}-${match.away} ${match.opponent}`;
  // One push per follower; the push service is called with the whole list.
  pushesSent += followers.of(match.id).length;
  clubFeed.add({ match: match.id, text, at: new Date().toISOString() });
  return { match: match.id, score: `${match.home}-${match.away}` };
}

export function finish(match: Match) {
  match.status = "final";
  pitchPlanner.release(match.id, match.pitch);
  const notified = followers.forget(match.id);
  matches.delete(match.id);
  const line = `${match.team} ${match.home}-${match.away} ${match.opponent}`;
  results.add({ match: match.id, line });
  clubFeed.add({ match: match.id, text: `Final: ${line}`, at: new Date().toISOString() });
  return { match: match.id, line, notified };
}

export function clubhouse() {
  return {
    playing: matches.size,
    pitchesInUse: pitchPlanner.inUse(),
    pushesSent,
    feed: clubFeed.latest(8),
    results: results.latest(5),
  };
}
