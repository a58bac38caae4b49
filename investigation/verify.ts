/**
 * A fix, verified: each suspect of an earlier investigation looked up in a new report by its
 * path (then its name) — gone, or still growing with its growth per cycle before and after —
 * and the suspects that are new.
 *
 * @module
 */

import type { CompareReport, LeakSuspect } from "../heap/mod.ts";
import type { InvestigationRecord, SuspectDigest } from "./record.ts";

/** Growth per cycle of one suspect in one run. */
export interface Growth {
  bytesPerCycle?: number;
  addedPerCycle?: number;
}

/** One earlier suspect, checked. */
export interface VerifiedSuspect {
  /** Its rank in the earlier run. */
  rank: number;
  name: string;
  path: string;
  where?: string;
  status: "gone" | "still growing";
  before: Growth;
  /** Absent when gone. */
  after?: Growth;
}

/** The verification of a fix against an earlier investigation. */
export interface Verification {
  earlierId: string;
  earlierTarget: string;
  suspects: VerifiedSuspect[];
  /** Suspects of the new run that the earlier one did not have. */
  newSuspects: { name: string; path: string; where?: string; after: Growth }[];
  leakBytesPerCycleBefore?: number;
  leakBytesPerCycleAfter?: number;
  /** Every earlier suspect is gone and none is new. */
  allGone: boolean;
}

function growthOf(s: { bytesPerCycle?: number; addedPerCycle?: number }): Growth {
  return { bytesPerCycle: s.bytesPerCycle, addedPerCycle: s.addedPerCycle };
}

/** Checks each suspect of `earlier` against `now`. */
export function verifyAgainst(earlier: InvestigationRecord, now: CompareReport): Verification {
  const matched = new Set<LeakSuspect>();
  const find = (d: SuspectDigest) =>
    now.suspects.find((s) => !matched.has(s) && s.path === d.path) ??
      now.suspects.find((s) => !matched.has(s) && s.name === d.name);
  const suspects = earlier.suspects.map((d): VerifiedSuspect => {
    const hit = find(d);
    if (hit) matched.add(hit);
    return {
      rank: d.rank,
      name: d.name,
      path: d.path,
      where: d.where,
      status: hit ? "still growing" : "gone",
      before: growthOf(d),
      ...(hit ? { after: growthOf(hit) } : {}),
    };
  });
  const newSuspects = now.suspects.filter((s) => !matched.has(s)).map((s) => ({
    name: s.name,
    path: s.path,
    where: s.statement?.location.display ?? s.location?.display,
    after: growthOf(s),
  }));
  return {
    earlierId: earlier.id,
    earlierTarget: earlier.target,
    suspects,
    newSuspects,
    leakBytesPerCycleBefore: earlier.leakBytesPerCycle,
    leakBytesPerCycleAfter: now.totals.leakBytesPerCycle,
    allGone: suspects.every((s) => s.status === "gone") && newSuspects.length === 0,
  };
}
