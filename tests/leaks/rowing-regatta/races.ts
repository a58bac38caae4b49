export class RaceError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export interface Split {
  lane: number;
  markM: number;
  elapsedMs: number;
}

export interface Race {
  id: string;
  event: string;
  lanes: { lane: number; crew: string; club: string }[];
  splits: Split[];
  startedAt: number;
  finished: boolean;
}

type Waiter = (split: Split | null) => void;

const live = new Map<string, Race>();
const waiters = new Map<string, Set<Waiter>>();
const MARKS = [500, 1000, 1500, 2000];
const MAX_SPLITS = MARKS.length * 8;

export function startRace(body: Partial<Race>): Race {
  if (!body.id || !body.event || !body.lanes?.length) {
    throw new RaceError(400, "id, event and lanes required");
  }
  if (live.has(body.id)) throw new RaceError(409, `race ${body.id} already running`);
  const race: Race = {
    id: body.id,
    event: body.event,
    lanes: body.lanes.map((l, n) => ({ lane: l.lane ?? n + 1, crew: l.crew, club: l.club })),
    splits: [],
    startedAt: Date.now(),
    finished: false,
  };
  live.set(race.id, race);
  return race;
}

export function liveRace(id: string): Race {
  const race = live.get(id);
  if (!race) throw new RaceError(404, `race ${id} not running`);
  return race;
}

export function recordSplit(id: string, split: Split) {
  const race = liveRace(id);
  if (!MARKS.includes(split.markM)) throw new RaceError(400, `no timing point at ${split.markM} m`);
  race.splits.push(split);
  if (race.splits.length > MAX_SPLITS) race.splits.shift();
  const pending = waiters.get(id);
  if (pending) {
    waiters.delete(id);
    for (const wake of pending) wake(split);
  }
}

/** Long-poll for the next split of a race; null when nothing arrived in time. */
export function nextSplit(id: string, waitMs: number, signal: AbortSignal): Promise<Split | null> {
  liveRace(id);
  return new Promise((resolve) => {
    let set = waiters.get(id);
    if (!set) waiters.set(id, set = new Set());
    const done = (split: Split | null) => {
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
      const current = waiters.get(id);
      current?.delete(done);
      if (current?.size === 0) waiters.delete(id);
      resolve(split);
    };
    const onAbort = () => done(null);
    const timer = setTimeout(() => done(null), waitMs);
    signal.addEventListener("abort", onAbort, { once: true });
    set.add(done);
  });
}

export function finishRace(id: string): Race {
  const race = liveRace(id);
  race.finished = true;
  live.delete(id);
  const pending = waiters.get(id);
  waiters.delete(id);
  for (const wake of pending ?? []) wake(null);
  return race;
}

export function liveCount() {
  return { races: live.size, listeners: [...waiters.values()].reduce((n, s) => n + s.size, 0) };
}
