import { Subject } from "./vendor/rx.ts";

/** A-CDM milestones of a turnaround, as the airport operational database sends them. */
export type MilestoneCode =
  | "ELDT"
  | "ALDT"
  | "AIBT"
  | "ACGT"
  | "ASBT"
  | "ARDT"
  | "AOBT"
  | "ATOT";

export const MILESTONE_CODES: readonly MilestoneCode[] = [
  "ELDT",
  "ALDT",
  "AIBT",
  "ACGT",
  "ASBT",
  "ARDT",
  "AOBT",
  "ATOT",
];

export interface Milestone {
  turnaround: string;
  code: MilestoneCode;
  at: string;
  source: string;
  stand?: string;
  remark?: string;
  receivedAt: number;
}

/** Every milestone of every turnaround, as it arrives (hot: late subscribers see what follows). */
export const milestones$ = new Subject<Milestone>();

let received = 0;

export function publish(milestone: Omit<Milestone, "receivedAt">) {
  if (!MILESTONE_CODES.includes(milestone.code)) {
    throw new RangeError(`unknown milestone ${milestone.code}`);
  }
  received++;
  milestones$.next({ ...milestone, receivedAt: Date.now() });
}

export function receivedCount() {
  return received;
}
