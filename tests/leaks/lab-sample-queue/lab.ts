import { WorkQueue } from "./queue.ts";

export interface Sample {
  id: string;
  patient?: string;
  tests: string[];
  tube: string;
  priority: "routine" | "urgent";
  control?: boolean;
  collectedAt?: string;
  ward?: string;
}

export interface Result {
  sample: string;
  analyser: string;
  values: Record<string, number>;
  flags: string[];
  reportedAt: string;
}

export const queue = new WorkQueue<Sample>({
  visibilityMs: 100,
  maxReceives: 2,
  maxDead: 25,
  retentionMs: 200,
});

export const analysers = new Map<string, { model: string; taken: number; lastSample?: string }>([
  ["cobas-1", { model: "Roche cobas c 503", taken: 0 }],
  ["cobas-2", { model: "Roche cobas c 503", taken: 0 }],
  ["sysmex-1", { model: "Sysmex XN-1000", taken: 0 }],
  ["sysmex-2", { model: "Sysmex XN-1000", taken: 0 }],
]);

const results: Result[] = [];
const MAX_RESULTS = 50;

export function report(sampleId: string, analyser: string, body: Partial<Result>): Result {
  const result: Result = {
    sample: sampleId,
    analyser,
    values: body.values ?? {},
    flags: body.flags ?? [],
    reportedAt: new Date().toISOString(),
  };
  queue.complete(sampleId);
  results.unshift(result);
  if (results.length > MAX_RESULTS) results.length = MAX_RESULTS;
  return result;
}

export function latest(sampleId: string): Result | undefined {
  return results.find((r) => r.sample === sampleId);
}
