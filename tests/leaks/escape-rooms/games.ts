import { loadProfile, type Profile, ProfileCache } from "./profiles.ts";
import { Schedule } from "./schedule.ts";
import { TeamQueue } from "./team_queue.ts";

export interface Game {
  ref: string;
  room: string;
  team: string;
  players: number;
  start: number;
  end: number;
}

interface Hint {
  seq: number;
  text: string;
  at: string;
}

const ROOMS = "vault lab tomb submarine attic observatory casino studio library prison".split(" ");
const HINTS_KEPT = 20;

const games = new Map<string, Game>();
const schedule = new Schedule<Game>();
const hintLogs = new Map(ROOMS.map((r) => [r, { seq: 0, hints: new Map<number, Hint>() }]));
const profiles = new ProfileCache(32);
export const teamQueue = new TeamQueue();
const leaderboard: { team: string; room: string; seconds: number }[] = [];

export function book(ref: string, team: string, players: number, startIso: string): Game {
  if (games.has(ref)) throw new Error("reference already used");
  const start = Date.parse(startIso);
  const end = start + 75 * 60_000;
  const busy = new Set(schedule.during(start, end).map((g) => g.room));
  const room = ROOMS.find((r) => !busy.has(r));
  if (!room) throw new Error("fully booked");
  const game = { ref, room, team, players, start, end };
  games.set(ref, game);
  schedule.add(game);
  return game;
}

export function sendHint(ref: string, text: string): Hint {
  const game = games.get(ref);
  if (!game) throw new Error("no such game");
  const log = hintLogs.get(game.room)!;
  const hint = { seq: ++log.seq, text: text.slice(0, 300), at: new Date().toISOString() };
  log.hints.set(hint.seq, hint);
  log.hints.delete(hint.seq - HINTS_KEPT);
  return hint;
}

export async function profile(team: string): Promise<Profile> {
  const cached = profiles.get(team);
  if (cached) return cached;
  const loaded = await loadProfile(team);
  profiles.set(team, loaded);
  return loaded;
}

export function finish(ref: string, escaped: boolean, seconds: number) {
  const game = games.get(ref);
  if (!game) throw new Error("no such game");
  return teamQueue.run(game.team, async () => {
    const p = await profile(game.team);
    if (escaped && (p.bestSeconds === null || seconds < p.bestSeconds)) p.bestSeconds = seconds;
    p.visits++;
    games.delete(ref);
    schedule.remove(game);
    if (escaped) {
      leaderboard.push({ team: game.team, room: game.room, seconds });
      leaderboard.sort((a, b) => a.seconds - b.seconds);
      leaderboard.splice(10);
    }
    return { ref, escaped, seconds, best: p.bestSeconds };
  });
}

export function status() {
  return { open: games.size, top: leaderboard.slice(0, 3), cached: profiles.size };
}
