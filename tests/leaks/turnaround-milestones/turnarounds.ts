import {
  filter,
  firstValueFrom,
  type Observable,
  scan,
  shareReplay,
  startWith,
} from "./vendor/rx.ts";
import { type Milestone, milestones$ } from "./milestones.ts";

export interface TurnaroundPlan {
  id: string;
  inbound: string;
  outbound: string;
  airline: string;
  aircraft: { reg: string; type: string };
  stand: string;
  sibt: string;
  sobt: string;
  handler: string;
}

export type Phase = "planned" | "on-block" | "handling" | "boarding" | "off-block" | "airborne";

export interface TurnaroundState {
  plan: TurnaroundPlan;
  phase: Phase;
  events: { code: string; at: string; source: string; remark?: string }[];
  onBlockAt: string | null;
  offBlockAt: string | null;
  updatedAt: number;
}

export class TurnaroundError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const PHASE_OF: Partial<Record<Milestone["code"], Phase>> = {
  AIBT: "on-block",
  ACGT: "handling",
  ASBT: "boarding",
  AOBT: "off-block",
  ATOT: "airborne",
};

const STANDS = ["A2", "A4", "B12", "B14", "C31", "C33", "R1", "R2"];

/** Turnarounds on today's plan, until the aircraft is airborne. */
const plans = new Map<string, TurnaroundPlan>();
/** One live view per turnaround, shared by the stand board, the handler API and the planners. */
const streams = new Map<string, Observable<TurnaroundState>>();
/** Which turnaround is on each stand (A-VDGS on-block to off-block). */
const standOccupancy = new Map<string, string | null>(STANDS.map((stand) => [stand, null]));
/** The last 40 departures, for the turnaround performance page. */
const departed: { id: string; outbound: string; stand: string; offBlockAt: string | null }[] = [];

function apply(state: TurnaroundState, milestone: Milestone): TurnaroundState {
  const phase = PHASE_OF[milestone.code] ?? state.phase;
  return {
    ...state,
    phase,
    events: [
      ...state.events,
      {
        code: milestone.code,
        at: milestone.at,
        source: milestone.source,
        remark: milestone.remark,
      },
    ],
    onBlockAt: milestone.code === "AIBT" ? milestone.at : state.onBlockAt,
    offBlockAt: milestone.code === "AOBT" ? milestone.at : state.offBlockAt,
    updatedAt: milestone.receivedAt,
  };
}

export function turnaround$(id: string): Observable<TurnaroundState> {
  const plan = plans.get(id);
  if (!plan) throw new TurnaroundError(404, `no turnaround ${id} on today's plan`);
  let stream = streams.get(id);
  if (!stream) {
    const initial: TurnaroundState = {
      plan,
      phase: "planned",
      events: [],
      onBlockAt: null,
      offBlockAt: null,
      updatedAt: Date.now(),
    };
    stream = milestones$.pipe(
      filter((milestone: Milestone) => milestone.turnaround === id),
      scan(apply, initial),
      startWith(initial),
      shareReplay(1),
    );
    streams.set(id, stream);
  }
  return stream;
}

export async function register(plan: TurnaroundPlan): Promise<TurnaroundState> {
  if (!plan.id || !plan.stand) throw new TurnaroundError(400, "id and stand are required");
  if (!standOccupancy.has(plan.stand)) throw new TurnaroundError(422, `no stand ${plan.stand}`);
  if (plans.has(plan.id)) throw new TurnaroundError(409, `${plan.id} is already planned`);
  plans.set(plan.id, { ...plan, aircraft: { ...plan.aircraft } });
  return await firstValueFrom(turnaround$(plan.id));
}

export function current(id: string): Promise<TurnaroundState> {
  return firstValueFrom(turnaround$(id));
}

// Stand occupancy and housekeeping: once airborne, a turnaround leaves today's plan and its
// live view is dropped.
milestones$.subscribe((milestone) => {
  const plan = plans.get(milestone.turnaround);
  if (!plan) return;
  if (milestone.code === "AIBT") standOccupancy.set(plan.stand, plan.id);
  if (milestone.code === "AOBT" && standOccupancy.get(plan.stand) === plan.id) {
    standOccupancy.set(plan.stand, null);
    departed.unshift({
      id: plan.id,
      outbound: plan.outbound,
      stand: plan.stand,
      offBlockAt: milestone.at,
    });
    if (departed.length > 40) departed.pop();
  }
  if (milestone.code === "ATOT") {
    plans.delete(plan.id);
    streams.delete(plan.id);
  }
});

export function stands() {
  return {
    stands: Object.fromEntries(standOccupancy),
    planned: plans.size,
    departed: departed.slice(0, 10),
  };
}
