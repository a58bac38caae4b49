import { createMemo, createSignal } from "./vendor/signals.ts";

export type LiftStatus = "open" | "hold" | "closed";

export interface Lift {
  id: string;
  name: string;
  kind: "gondola" | "chair" | "drag";
  sector: string;
  wait: () => number;
  setWait: (minutes: number) => void;
  status: () => LiftStatus;
  setStatus: (status: LiftStatus) => void;
  lastReport: { minutes: number; by: string; at: number } | null;
}

const PLAN: [string, string, Lift["kind"], string, number][] = [
  ["gondola-1", "Glacier Gondola", "gondola", "Pointe Blanche", 12],
  ["chair-3", "Col du Loup six-seater", "chair", "Col du Loup", 6],
  ["chair-7", "Pointe Noire chair", "chair", "Pointe Blanche", 9],
  ["drag-2", "Nursery drag", "drag", "Village", 2],
];

export const lifts = new Map<string, Lift>(
  PLAN.map(([id, name, kind, sector, minutes]) => {
    const [wait, setWait] = createSignal(minutes);
    const [status, setStatus] = createSignal<LiftStatus>("open");
    return [id, { id, name, kind, sector, wait, setWait, status, setStatus, lastReport: null }];
  }),
);

/** The longest queue on the mountain, for the resort app's banner (owned by the app root). */
export const busiest = createMemo(() => {
  let worst: Lift | null = null;
  for (const lift of lifts.values()) {
    if (lift.status() === "open" && (!worst || lift.wait() > worst.wait())) worst = lift;
  }
  return worst ? { id: worst.id, minutes: worst.wait() } : null;
});

export class LiftError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export function needLift(id: string): Lift {
  const lift = lifts.get(id);
  if (!lift) throw new LiftError(404, `no lift ${id}`);
  return lift;
}

/** A liftie's queue estimate from the turnstile tablet. */
export function report(id: string, minutes: number, by: string) {
  const lift = needLift(id);
  if (!Number.isFinite(minutes) || minutes < 0) throw new LiftError(400, "minutes must be >= 0");
  lift.lastReport = { minutes, by, at: Date.now() };
  lift.setWait(Math.round(minutes));
  return lift;
}

export function board() {
  return [...lifts.values()].map((lift) => ({
    id: lift.id,
    name: lift.name,
    sector: lift.sector,
    status: lift.status(),
    wait: lift.wait(),
  }));
}
