import { applyInput, type Body, type Input, integrate, spawn } from "./physics.ts";

const TICK_MS = 50;
/** Server-side snapshots kept for lag compensation (about 3 s at 20 Hz). */
const HISTORY = 64;

export interface Match {
  id: string;
  mode: string;
  bodies: Map<string, Body>;
  pending: Input[];
  history: { tick: number; bodies: Body[] }[];
  tick: number;
  state: "live" | "finished" | "abandoned";
  startedAt: number;
  loop?: ReturnType<typeof setInterval>;
}

export interface Result {
  id: string;
  mode: string;
  winner: string;
  ticks: number;
  endedAt: string;
}

export class Arena {
  matches = new Map<string, Match>();
  results: Result[] = [];

  open(id: string, mode: string, players: string[]): Match {
    const match: Match = {
      id,
      mode,
      bodies: new Map(players.map((p, i) => [p, spawn(p, i)])),
      pending: [],
      history: [],
      tick: 0,
      state: "live",
      startedAt: Date.now(),
    };
    match.loop = setInterval(() => this.step(match), TICK_MS);
    this.matches.set(id, match);
    return match;
  }

  step(match: Match): void {
    if (match.state !== "live") return;
    for (const input of match.pending.splice(0)) {
      const body = match.bodies.get(input.player);
      if (body) applyInput(body, input);
    }
    for (const body of match.bodies.values()) integrate(body, TICK_MS / 1000);
    match.tick++;
    match.history.push({
      tick: match.tick,
      bodies: [...match.bodies.values()].map((b) => structuredClone(b)),
    });
    if (match.history.length > HISTORY) match.history.shift();
  }

  input(id: string, input: Input): boolean {
    const match = this.matches.get(id);
    if (!match || match.state !== "live") return false;
    match.pending.push(input);
    return true;
  }

  finish(id: string, winner: string): Result | undefined {
    const match = this.matches.get(id);
    if (!match || match.state !== "live") return undefined;
    match.state = "finished";
    const result = {
      id,
      mode: match.mode,
      winner,
      ticks: match.tick,
      endedAt: new Date().toISOString(),
    };
    this.results.unshift(result);
    this.results.length = Math.min(this.results.length, 25);
    this.matches.delete(id);
    return result;
  }

  abandon(id: string): void {
    const match = this.matches.get(id);
    if (!match) return;
    clearInterval(match.loop);
    match.state = "abandoned";
    this.matches.delete(id);
  }
}
