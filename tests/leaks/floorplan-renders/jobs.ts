import { type Progress, publish, type Stage } from "./progress.ts";
import { type PlanSummary, renderSvg, type Room, summarise, validateRooms } from "./plan.ts";

export interface RenderJob {
  ref: string;
  listing: string;
  agent: string;
  rooms: Room[];
  stage: Stage;
  percent: number;
  createdAt: number;
  updatedAt: string;
  summary?: PlanSummary;
  svg?: string;
  error?: string;
}

const STEPS: { stage: Stage; percent: number; ms: number }[] = [
  { stage: "tracing walls", percent: 25, ms: 40 },
  { stage: "measuring", percent: 50, ms: 40 },
  { stage: "rendering", percent: 80, ms: 40 },
];

const jobs = new Map<string, RenderJob>();
/** Finished renders stay downloadable until this many newer ones have finished. */
const KEEP_FINISHED = 50;
const finishedOrder: string[] = [];

export function progressOf(job: RenderJob): Progress {
  return {
    job: job.ref,
    stage: job.stage,
    percent: job.percent,
    at: job.updatedAt,
    message: job.error,
  };
}

function advance(job: RenderJob, stage: Stage, percent: number) {
  job.stage = stage;
  job.percent = percent;
  job.updatedAt = new Date().toISOString();
  publish(progressOf(job));
}

function finish(job: RenderJob) {
  finishedOrder.push(job.ref);
  while (finishedOrder.length > KEEP_FINISHED) jobs.delete(finishedOrder.shift()!);
}

function runSteps(job: RenderJob, i: number) {
  if (i < STEPS.length) {
    const step = STEPS[i];
    advance(job, step.stage, step.percent);
    setTimeout(() => runSteps(job, i + 1), step.ms);
    return;
  }
  try {
    job.summary = summarise(job.rooms);
    job.svg = renderSvg(job.rooms, job.summary, `${job.listing} (${job.agent})`);
    advance(job, "done", 100);
  } catch (err) {
    job.error = (err as Error).message;
    advance(job, "failed", job.percent);
  }
  finish(job);
}

export function submit(body: Record<string, unknown>): RenderJob {
  const ref = String(body.ref ?? crypto.randomUUID());
  if (jobs.has(ref)) throw new Error(`render ${ref} already exists`);
  const job: RenderJob = {
    ref,
    listing: String(body.listing ?? "Untitled listing"),
    agent: String(body.agent ?? ""),
    rooms: validateRooms(body.rooms),
    stage: "queued",
    percent: 0,
    createdAt: Date.now(),
    updatedAt: new Date().toISOString(),
  };
  jobs.set(ref, job);
  setTimeout(() => runSteps(job, 0), 20);
  return job;
}

export function findJob(ref: string): RenderJob | undefined {
  return jobs.get(ref);
}

export function jobCount(): number {
  return jobs.size;
}
