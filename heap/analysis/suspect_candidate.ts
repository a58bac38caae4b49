/**
 * The inputs of the suspect finder and a candidate suspect before ranking: shared by its steps.
 *
 * @module
 */

import type { LeakSuspect } from "../report.ts";
import type { SnapshotAnalysis } from "./analyze.ts";
import type { GrowthRecord, NestedCollection } from "./growth.ts";
import type { SourceResolver } from "./attribution.ts";

/** Inputs of `buildSuspects`. */
export interface SuspectInputs {
  before: SnapshotAnalysis;
  after: SnapshotAnalysis;
  final?: SnapshotAnalysis;
  cycles?: number;
  resolver: SourceResolver;
  sources: [string, string][];
  includeInternals?: boolean;
}

/** A candidate before ranking. */
export interface Candidate {
  record: GrowthRecord;
  suspect: Omit<LeakSuspect, "rank">;
  nested: NestedCollection[];
  /** Its fix names how its add or removal was written, not only what its kind usually needs. */
  shapeFix?: boolean;
  /** Named as a property a package serves from its own symbol-keyed bookkeeping (`nameOf`). */
  facade?: boolean;
}
