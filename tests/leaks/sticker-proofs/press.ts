import { impose, renderArtwork, type StickerSpec } from "./artwork.ts";

export interface PrintJob {
  id: string;
  spec: StickerSpec;
  stage: "queued" | "rendering" | "imposing" | "printing" | "cutting" | "done";
  artwork?: string;
  startedAt: number;
}

export type Step =
  | { stage: "proofed"; artwork: string }
  | { stage: "imposed"; sheets: number; perSheet: number }
  | { stage: "printed"; sheets: number };

export interface RunResult {
  sheets: number;
  perSheet: number;
  waste: number;
}

/** What is on the press right now, for the shop-floor dashboard. */
export const activeJobs = new Set<PrintJob>();
export const pressCounters = { started: 0, finished: 0, sheets: 0 };

/**
 * A print run, one step at a time, so the caller can show progress (or stop after the proof).
 * The job is on the dashboard from the first step until the run is over.
 */
export function* printRun(job: PrintJob): Generator<Step, RunResult, void> {
  activeJobs.add(job);
  pressCounters.started++;
  try {
    job.stage = "rendering";
    job.artwork = renderArtwork(job.spec);
    yield { stage: "proofed", artwork: job.artwork };

    job.stage = "imposing";
    const layout = impose(job.spec);
    yield { stage: "imposed", sheets: layout.sheets, perSheet: layout.perSheet };

    job.stage = "printing";
    pressCounters.sheets += layout.sheets;
    yield { stage: "printed", sheets: layout.sheets };

    job.stage = "cutting";
    return layout;
  } finally {
    job.stage = "done";
    activeJobs.delete(job);
    pressCounters.finished++;
  }
}

export function dashboard() {
  const byStage: Record<string, number> = {};
  for (const job of activeJobs) byStage[job.stage] = (byStage[job.stage] ?? 0) + 1;
  return { ...pressCounters, onPress: activeJobs.size, byStage };
}
