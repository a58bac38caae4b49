export interface Lap {
  kart: number;
  driver: string;
  lapMs: number;
  at: number;
}

export interface HeatEvent {
  id: number;
  type: string;
  data: unknown;
}

export interface Heat {
  id: string;
  session: string;
  grid: { kart: number; driver: string }[];
  laps: Lap[];
  events: HeatEvent[];
  status: "booked" | "called" | "racing" | "finished";
  bookedAt: number;
}

export interface Result {
  heat: string;
  session: string;
  finishedAt: string;
  standings: { pos: number; driver: string; kart: number; bestMs: number; laps: number }[];
}

export class HeatError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const RESULTS_KEPT = 20;
const LEADERBOARD_SIZE = 10;

export const heats = new Map<string, Heat>();
export const results: Result[] = [];
/** Today's fastest laps, one per driver. */
export const leaderboard: { driver: string; lapMs: number; heat: string }[] = [];
/** Season counters per regular (the club's members; walk-ins are counted as "guest"). */
export const regulars = new Map<string, { heats: number; laps: number; bestMs: number }>(
  ["Amara Osei", "Jakub Nowak", "Sian Roberts", "Dev Mistry", "Holly Carver", "Luca Bianchi"]
    .map((n) => [n, { heats: 0, laps: 0, bestMs: Infinity }]),
);

let eventSeq = 0;

export function record(heat: Heat, type: string, data: unknown): HeatEvent {
  const event = { id: ++eventSeq, type, data };
  heat.events.push(event);
  return event;
}

export function book(body: { id?: string; session?: string; drivers?: string[] }): Heat {
  if (!body.id || !Array.isArray(body.drivers) || body.drivers.length === 0) {
    throw new HeatError(400, "a heat needs an id and drivers");
  }
  if (heats.has(body.id)) throw new HeatError(409, `${body.id} is already booked`);
  if (body.drivers.length > 12) throw new HeatError(422, "twelve karts at most");
  const heat: Heat = {
    id: body.id,
    session: body.session ?? "Arrive & Drive",
    grid: body.drivers.map((driver, i) => ({ kart: i + 1, driver })),
    laps: [],
    events: [],
    status: "booked",
    bookedAt: Date.now(),
  };
  heats.set(heat.id, heat);
  record(heat, "booked", { grid: heat.grid });
  return heat;
}

export function addLaps(heat: Heat, laps: { kart: number; lapMs: number }[]) {
  if (heat.status === "finished") throw new HeatError(409, "heat is finished");
  heat.status = "racing";
  for (const l of laps) {
    const slot = heat.grid.find((g) => g.kart === l.kart);
    if (!slot) throw new HeatError(422, `kart ${l.kart} is not in this heat`);
    heat.laps.push({ kart: l.kart, driver: slot.driver, lapMs: l.lapMs, at: Date.now() });
  }
  record(heat, "laps", { count: laps.length, total: heat.laps.length });
}

export function finish(heat: Heat): Result {
  const best = new Map<number, { bestMs: number; laps: number }>();
  for (const lap of heat.laps) {
    const b = best.get(lap.kart) ?? { bestMs: Infinity, laps: 0 };
    b.bestMs = Math.min(b.bestMs, lap.lapMs);
    b.laps++;
    best.set(lap.kart, b);
  }
  const standings = heat.grid
    .map((g) => ({
      driver: g.driver,
      kart: g.kart,
      ...(best.get(g.kart) ?? { bestMs: 0, laps: 0 }),
    }))
    .sort((a, b) => b.laps - a.laps || a.bestMs - b.bestMs)
    .map((s, i) => ({ pos: i + 1, ...s }));

  for (const s of standings) {
    const regular = regulars.get(s.driver);
    if (regular) {
      regular.heats++;
      regular.laps += s.laps;
      regular.bestMs = Math.min(regular.bestMs, s.bestMs);
    }
    const mine = leaderboard.find((e) => e.driver === s.driver);
    if (mine && mine.lapMs <= s.bestMs) continue;
    if (mine) leaderboard.splice(leaderboard.indexOf(mine), 1);
    leaderboard.push({ driver: s.driver, lapMs: s.bestMs, heat: heat.id });
  }
  leaderboard.sort((a, b) => a.lapMs - b.lapMs);
  if (leaderboard.length > LEADERBOARD_SIZE) leaderboard.length = LEADERBOARD_SIZE;

  heat.status = "finished";
  const result = {
    heat: heat.id,
    session: heat.session,
    finishedAt: new Date().toISOString(),
    standings,
  };
  results.unshift(result);
  if (results.length > RESULTS_KEPT) results.length = RESULTS_KEPT;
  heats.delete(heat.id);
  return result;
}
