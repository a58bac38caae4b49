/**
 * Live timing for the track league: lap times stream to the big screen and the commentary
 * laptops over server-sent events, and the results app long-polls for the next laps.
 */

export interface Rider {
  bib: number;
  name: string;
  club: string;
}

export interface Lap {
  seq: number;
  bib: number;
  lap: number;
  lapMs: number;
  at: number;
}

export interface Standing {
  bib: number;
  name: string;
  laps: number;
  bestMs: number;
  totalMs: number;
}

interface Subscriber {
  id: number;
  controller: ReadableStreamDefaultController<Uint8Array>;
  since: number;
}

interface Waiter {
  after: number;
  resolve: (laps: Lap[]) => void;
  timer: ReturnType<typeof setTimeout>;
}

interface Race {
  id: string;
  event: string;
  riders: Map<number, Rider>;
  laps: Lap[];
  subscribers: Set<Subscriber>;
  waiters: Set<Waiter>;
  startedAt: number;
}

export interface RaceResult {
  race: string;
  event: string;
  standings: Standing[];
  finishedAt: string;
}

export class RaceError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const encoder = new TextEncoder();
const RESULTS_KEPT = 20;
const MAX_POLL_MS = 250;

function sse(event: string, data: unknown): Uint8Array {
  return encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

export class RaceBoard {
  #races = new Map<string, Race>();
  #results: RaceResult[] = [];
  #nextSubscriber = 1;

  create(id: string, event: string, riders: Rider[]): void {
    if (this.#races.has(id)) throw new RaceError(409, `${id} is already running`);
    this.#races.set(id, {
      id,
      event,
      riders: new Map(riders.map((r) => [r.bib, r])),
      laps: [],
      subscribers: new Set(),
      waiters: new Set(),
      startedAt: Date.now(),
    });
  }

  #race(id: string): Race {
    const race = this.#races.get(id);
    if (!race) throw new RaceError(404, `no race ${id} on track`);
    return race;
  }

  addLaps(id: string, laps: { bib: number; lapMs: number }[]): Lap[] {
    const race = this.#race(id);
    const added: Lap[] = [];
    for (const { bib, lapMs } of laps) {
      if (!race.riders.has(bib)) throw new RaceError(400, `bib ${bib} is not in ${id}`);
      const lap = race.laps.filter((l) => l.bib === bib).length + 1;
      const entry = { seq: race.laps.length + 1, bib, lap, lapMs, at: Date.now() };
      race.laps.push(entry);
      added.push(entry);
    }
    for (const sub of race.subscribers) {
      for (const lap of added) sub.controller.enqueue(sse("lap", lap));
    }
    for (const waiter of race.waiters) {
      clearTimeout(waiter.timer);
      waiter.resolve(race.laps.filter((l) => l.seq > waiter.after));
    }
    race.waiters.clear();
    return added;
  }

  /** An event stream of the race: what happened so far, then (unless catch-up) live laps. */
  stream(id: string, catchUp: boolean): ReadableStream<Uint8Array> {
    const race = this.#race(id);
    let sub: Subscriber | undefined;
    return new ReadableStream<Uint8Array>({
      start: (controller) => {
        controller.enqueue(sse("race", { id: race.id, event: race.event }));
        for (const lap of race.laps) controller.enqueue(sse("lap", lap));
        if (catchUp) {
          controller.close();
          return;
        }
        sub = { id: this.#nextSubscriber++, controller, since: race.laps.length };
        race.subscribers.add(sub);
      },
      cancel: () => {
        if (sub) race.subscribers.delete(sub);
      },
    });
  }

  /** Laps after `after`, waiting up to `ms` for some to arrive. */
  next(id: string, after: number, ms: number): Promise<Lap[]> {
    const race = this.#race(id);
    const ready = race.laps.filter((l) => l.seq > after);
    if (ready.length) return Promise.resolve(ready);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        after,
        resolve,
        timer: setTimeout(() => {
          race.waiters.delete(waiter);
          resolve([]);
        }, Math.min(ms, MAX_POLL_MS)),
      };
      race.waiters.add(waiter);
    });
  }

  finish(id: string): RaceResult {
    const race = this.#race(id);
    const byBib = new Map<number, Standing>();
    for (const lap of race.laps) {
      const rider = race.riders.get(lap.bib)!;
      let s = byBib.get(lap.bib);
      if (!s) {
        byBib.set(
          lap.bib,
          s = { bib: lap.bib, name: rider.name, laps: 0, bestMs: Infinity, totalMs: 0 },
        );
      }
      s.laps++;
      s.totalMs += lap.lapMs;
      s.bestMs = Math.min(s.bestMs, lap.lapMs);
    }
    const standings = [...byBib.values()].sort((a, b) => b.laps - a.laps || a.totalMs - b.totalMs);
    const result = { race: id, event: race.event, standings, finishedAt: new Date().toISOString() };
    for (const sub of race.subscribers) {
      sub.controller.enqueue(sse("finish", result));
      sub.controller.close();
    }
    race.subscribers.clear();
    for (const waiter of race.waiters) {
      clearTimeout(waiter.timer);
      waiter.resolve([]);
    }
    race.waiters.clear();
    this.#races.delete(id);
    this.#results.unshift(result);
    if (this.#results.length > RESULTS_KEPT) this.#results.length = RESULTS_KEPT;
    return result;
  }

  results(limit: number): RaceResult[] {
    return this.#results.slice(0, limit);
  }

  onTrack(): string[] {
    return [...this.#races.keys()];
  }
}
