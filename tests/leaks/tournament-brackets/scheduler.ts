import { type Entrant, type Game, playOut } from "./bracket.ts";

export interface Tournament {
  id: string;
  name: string;
  entrants: Entrant[];
  startsAt: number;
  state: "scheduled" | "finished" | "cancelled";
  timer?: ReturnType<typeof setTimeout>;
  games?: Game[];
  champion?: string;
}

const ARCHIVE = 20;

export class Scheduler {
  scheduled = new Map<string, Tournament>();
  archive: Tournament[] = [];

  schedule(id: string, name: string, entrants: Entrant[], inMs: number): Tournament {
    const t: Tournament = { id, name, entrants, startsAt: Date.now() + inMs, state: "scheduled" };
    t.timer = setTimeout(() => this.run(id), inMs);
    this.scheduled.set(id, t);
    return t;
  }

  run(id: string): void {
    const t = this.scheduled.get(id);
    if (!t) return;
    this.scheduled.delete(id);
    t.timer = undefined;
    // Higher rating wins; a coin flip within 25 points.
    t.games = playOut(
      t.entrants,
      (a, b) =>
        Math.abs(a.rating - b.rating) < 25
          ? (Math.random() < 0.5 ? a : b)
          : (a.rating > b.rating ? a : b),
    );
    t.champion = t.games.at(-1)?.winner ?? t.entrants[0]?.name;
    t.state = "finished";
    this.#archive(t);
  }

  cancel(id: string): boolean {
    const t = this.scheduled.get(id);
    if (!t) return false;
    clearTimeout(t.timer);
    t.timer = undefined;
    this.scheduled.delete(id);
    t.state = "cancelled";
    this.#archive(t);
    return true;
  }

  find(id: string): Tournament | undefined {
    return this.scheduled.get(id) ?? this.archive.find((t) => t.id === id);
  }

  #archive(t: Tournament): void {
    this.archive.unshift(t);
    if (this.archive.length > ARCHIVE) this.archive.pop();
  }
}
