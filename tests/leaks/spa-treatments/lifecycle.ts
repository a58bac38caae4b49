/** The life of a spa visit, from booking to the end of the treatment. */

export type VisitState =
  | "booked"
  | "checked_in"
  | "in_treatment"
  | "completed"
  | "cancelled"
  | "no_show";

/**
 * Where a visit may go from each state. A state that has nothing listed here is final: the
 * visit is over and leaves the reception board.
 */
export const TRANSITIONS: Partial<Record<VisitState, VisitState[]>> = {
  booked: ["checked_in", "cancelled", "no_show"],
  checked_in: ["in_treatment", "cancelled"],
  in_treatment: ["completed"],
  // Added with the no-show fee (charged when reception marks the guest); nothing follows it.
  no_show: [],
};

export function canMove(from: VisitState, to: VisitState): boolean {
  return TRANSITIONS[from]?.includes(to) ?? false;
}

export function isFinal(state: VisitState): boolean {
  return !TRANSITIONS[state];
}

/** States the reception board shows, in the order of the day. */
export const ON_THE_BOARD: VisitState[] = ["booked", "checked_in", "in_treatment"];
