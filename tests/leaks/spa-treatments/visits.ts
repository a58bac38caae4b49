import { canMove, isFinal, ON_THE_BOARD, type VisitState } from "./lifecycle.ts";
import type { Therapist, Treatment } from "./treatments.ts";

export type Guest = { name: string; email: string; phone?: string };
export type Step = { from: VisitState; to: VisitState; at: string; by: string };

export class Visit {
  state: VisitState = "booked";
  readonly history: Step[] = [];
  readonly bookedAt = new Date().toISOString();

  constructor(
    readonly id: string,
    readonly guest: Guest,
    readonly treatment: Treatment,
    readonly therapist: Therapist,
    readonly startsAt: string,
    readonly notes: string,
  ) {}
}

export class TransitionError extends Error {
  constructor(readonly visit: Visit, readonly to: VisitState) {
    super(`a ${visit.state} visit cannot become ${to}`);
  }
}

type EnterHook = (visit: Visit, from: VisitState) => void;

/**
 * Visits of the day in progress, for the reception board and the room planner. A visit is
 * tracked from booking until it reaches a final state.
 */
export function createVisitTracker(onEnter: Partial<Record<VisitState, EnterHook>>) {
  const activeVisits = new Map<string, Visit>();

  return {
    open(visit: Visit): Visit {
      activeVisits.set(visit.id, visit);
      onEnter.booked?.(visit, "booked");
      return visit;
    },

    find(id: string): Visit | undefined {
      return activeVisits.get(id);
    },

    move(visit: Visit, to: VisitState, by: string): Visit {
      if (!canMove(visit.state, to)) throw new TransitionError(visit, to);
      const from = visit.state;
      visit.history.push({ from, to, at: new Date().toISOString(), by });
      visit.state = to;
      onEnter[to]?.(visit, from);
      if (isFinal(to)) activeVisits.delete(visit.id);
      return visit;
    },

    board() {
      const columns = Object.fromEntries(ON_THE_BOARD.map((s) => [s, [] as object[]]));
      for (const { id, state, guest, treatment, therapist, startsAt } of activeVisits.values()) {
        columns[state]?.push({
          id,
          guest: guest.name,
          treatment: treatment.name,
          therapist,
          startsAt,
        });
      }
      return columns;
    },
  };
}
