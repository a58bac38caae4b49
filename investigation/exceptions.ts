/**
 * Pattern C's exception catch on a connected target: V8 stops at each exception thrown (only
 * the uncaught ones, or all) while a workload runs and for a while after; each is recorded with
 * its stack, async callers and the throwing frame's locals, and the program resumed at once.
 * Catching always stops, whatever ends the run (cancel, a failed workload).
 *
 * @module
 */

import {
  type CatchResult,
  type DebugSettings,
  describeTarget,
  type InspectorSession,
} from "../inspector/mod.ts";
import { runWorkload, sleep, type Workload, type WorkloadRun } from "../workloads/mod.ts";
import { InvestigationError } from "./errors.ts";

/** Rejections settle a little after the request that started them answered: wait this long. */
export const SETTLE_MS = 500;

/** What to catch, for how long, during what. */
export interface CatchOptions {
  session: InspectorSession;
  settings: DebugSettings;
  mode: "uncaught" | "all";
  /** Catch at least this long (ms), the workload running meanwhile. */
  durationMs: number;
  workload?: Workload;
  /** `{i}` of the first templated request. */
  firstIndex: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, message: string) => void;
}

/** A finished catch. */
export interface ExceptionCatch extends CatchResult {
  target: string;
  work?: WorkloadRun;
  nextIndex: number;
}

/** Catches exceptions (see the module doc). */
export async function catchExceptions(o: CatchOptions): Promise<ExceptionCatch> {
  if (o.session.closed) {
    throw new InvestigationError(
      "session_changed",
      `The session with ${describeTarget(o.session.info)} has ended (${o.session.closeReason}).`,
      "Connect again once the target runs.",
    );
  }
  const dbg = o.session.debugger;
  dbg.configure(o.settings);
  const started = Date.now();
  await dbg.startCatching(o.mode);
  let work: WorkloadRun | undefined;
  let result: CatchResult | undefined;
  try {
    if (o.workload) {
      work = await runWorkload(o.workload, {
        firstIndex: o.firstIndex,
        signal: o.signal,
        onProgress: (d, t) => o.onProgress?.(d, t, `${d}/${t} workload units`),
      });
    }
    const left = Math.max(o.durationMs - (Date.now() - started), o.workload ? SETTLE_MS : 0);
    if (left > 0) await sleep(left, o.signal);
  } finally {
    // Leave no pause-on-exceptions behind, whatever ended the run.
    result = await dbg.stopCatching().catch(() => undefined);
  }
  if (!result) {
    throw new InvestigationError(
      "session_changed",
      `The session with ${describeTarget(o.session.info)} ended during the catch.`,
      "Connect again once the target runs, and catch again.",
    );
  }
  return {
    ...result,
    target: describeTarget(o.session.info),
    ...(work ? { work } : {}),
    nextIndex: work?.nextIndex ?? o.firstIndex,
  };
}
