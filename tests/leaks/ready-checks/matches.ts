import {
  accept,
  decline,
  type FoundMatch,
  type QueuedPlayer,
  type ReadyOutcome,
  runReadyCheck,
} from "./readycheck.ts";

export class MatchError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

const MAPS = ["Harbor", "Quarry", "Skyline", "Foundry", "Outpost"];
const RECENT_LIMIT = 25;

/** Matches waiting on their ready check. */
const pending = new Map<string, FoundMatch>();
/** Started or abandoned matches, newest first, for the client's "last match" screen. */
const recent: { id: string; mode: string; map: string; outcome: string; players: string[] }[] = [];
const counters = { found: 0, started: 0, expired: 0, declined: 0 };

function finish(outcome: ReadyOutcome) {
  if (outcome.kind === "draining") return;
  const match = outcome.match;
  pending.delete(match.id);
  counters[outcome.kind === "ready" ? "started" : outcome.kind]++;
  recent.unshift({
    id: match.id,
    mode: match.mode,
    map: match.map,
    outcome: outcome.kind,
    players: match.players.map((p) => p.name),
  });
  if (recent.length > RECENT_LIMIT) recent.length = RECENT_LIMIT;
}

export function createMatch(
  body: { id?: string; mode?: string; region?: string; players?: QueuedPlayer[] },
): FoundMatch {
  if (!body.id || !Array.isArray(body.players) || body.players.length < 2) {
    throw new MatchError(400, "id and at least two players required");
  }
  if (pending.has(body.id)) throw new MatchError(409, "match already pending");
  const match: FoundMatch = {
    id: body.id,
    mode: body.mode ?? "casual",
    map: MAPS[counters.found % MAPS.length],
    region: body.region ?? "eu-west",
    players: body.players,
    accepted: new Set(),
    declined: null,
    createdAt: Date.now(),
    allIn: Promise.withResolvers<void>(),
  };
  match.allIn.promise.catch(() => {});
  counters.found++;
  pending.set(match.id, match);
  runReadyCheck(match).then(finish, (err) => console.error("ready check failed", err));
  return match;
}

export function respond(matchId: string, playerId: string, ready: boolean) {
  const match = pending.get(matchId);
  if (!match) throw new MatchError(404, "no pending match");
  const ok = ready ? accept(match, playerId) : decline(match, playerId);
  if (!ok) throw new MatchError(403, "not in this match");
  return { match: match.id, accepted: match.accepted.size, of: match.players.length };
}

export function lookup(matchId: string) {
  const m = pending.get(matchId);
  if (m) {
    return { id: m.id, state: "ready-check", accepted: [...m.accepted], map: m.map };
  }
  const done = recent.find((r) => r.id === matchId);
  return done ? { ...done, state: done.outcome } : null;
}

export function stats() {
  return { ...counters, pending: pending.size };
}
