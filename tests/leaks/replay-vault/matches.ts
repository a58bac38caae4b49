import { LruCache } from "./lru.ts";

export class ReplayError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export interface Move {
  seq: number;
  player: string;
  action: string;
  x: number;
  y: number;
  tick: number;
}

interface LiveMatch {
  id: string;
  map: string;
  players: string[];
  moves: Move[];
  startedAt: number;
  idleTimer: ReturnType<typeof setTimeout>;
}

export interface Replay {
  id: string;
  map: string;
  players: string[];
  winner: string;
  durationMs: number;
  moveCount: number;
  /** Delta-encoded move log, as the client's replay viewer reads it. */
  log: string;
}

/** Every move of a live match goes out as a "move" event to whoever watches it. */
export class MoveEvent extends Event {
  constructor(readonly matchId: string, readonly move: Move) {
    super("move");
  }
}

export const feed = new EventTarget();

const IDLE_MS = 300;
const live = new Map<string, LiveMatch>();
export const replays = new LruCache<string, Replay>(30);

function abandon(id: string) {
  const match = live.get(id);
  if (!match) return;
  live.delete(id);
}

function touch(match: LiveMatch) {
  clearTimeout(match.idleTimer);
  match.idleTimer = setTimeout(() => abandon(match.id), IDLE_MS);
}

export function start(body: { id?: string; map?: string; players?: string[] }) {
  if (!body.id || !Array.isArray(body.players)) throw new ReplayError(400, "id and players");
  if (live.has(body.id)) throw new ReplayError(409, "already live");
  const match: LiveMatch = {
    id: body.id,
    map: body.map ?? "Harbor",
    players: body.players.map(String),
    moves: [],
    startedAt: Date.now(),
    idleTimer: setTimeout(() => abandon(body.id!), IDLE_MS),
  };
  live.set(match.id, match);
  return match;
}

export function move(id: string, body: Partial<Move>) {
  const match = live.get(id);
  if (!match) throw new ReplayError(404, "not live");
  const mv: Move = {
    seq: match.moves.length + 1,
    player: String(body.player),
    action: String(body.action ?? "move"),
    x: Number(body.x ?? 0),
    y: Number(body.y ?? 0),
    tick: Number(body.tick ?? 0),
  };
  match.moves.push(mv);
  touch(match);
  feed.dispatchEvent(new MoveEvent(id, mv));
  return mv;
}

function encode(moves: Move[]): string {
  let prev = { x: 0, y: 0, tick: 0 };
  return moves.map((m) => {
    const d = `${m.player}:${m.action}:${m.x - prev.x},${m.y - prev.y}@${m.tick - prev.tick}`;
    prev = m;
    return d;
  }).join(";");
}

export function finish(id: string, winner: string): Replay {
  const match = live.get(id);
  if (!match) throw new ReplayError(404, "not live");
  clearTimeout(match.idleTimer);
  live.delete(id);
  const replay: Replay = {
    id,
    map: match.map,
    players: match.players,
    winner,
    durationMs: Date.now() - match.startedAt,
    moveCount: match.moves.length,
    log: encode(match.moves),
  };
  replays.set(id, replay);
  return replay;
}

export function liveCount() {
  return live.size;
}
