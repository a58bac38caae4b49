import { WorkQueue } from "./work_queue.ts";

export interface Customer {
  name: string;
  phone: string;
}

export interface Garment {
  kind: string;
  fabric: string;
  colour: string;
}

export interface WorkItem {
  op: string;
  detail: string;
}

export interface JobRequest {
  id: string;
  customer: Customer;
  garment: Garment;
  work: WorkItem[];
  rush?: boolean;
  promisedFor: string;
  notes?: string;
}

const PRICES: Record<string, number> = {
  hem: 1450,
  taper: 2200,
  "take-in": 2500,
  "let-out": 2750,
  zip: 1800,
  sleeves: 2400,
  lining: 3900,
  leather: 4500,
};
const RUSH_SURCHARGE = 1000;

/** One garment brought in for alteration, from the counter to the pick-up rail. */
export class AlterationJob {
  state: "queued" | "claimed" | "done" = "queued";
  bench?: string;
  readonly receivedAt = new Date().toISOString();
  finishedAt?: string;
  readonly priceCents: number;

  constructor(
    readonly id: string,
    readonly customer: Customer,
    readonly garment: Garment,
    readonly work: WorkItem[],
    readonly rush: boolean,
    readonly promisedFor: string,
    readonly notes: string,
  ) {
    this.priceCents = work.reduce((sum, w) => sum + PRICES[w.op], rush ? RUSH_SURCHARGE : 0);
  }

  fits(skills: ReadonlySet<string>): boolean {
    return this.work.every((w) => skills.has(w.op));
  }

  view() {
    const { id, state, bench, garment, work, rush, promisedFor, priceCents } = this;
    return { id, state, bench: bench ?? null, garment, work, rush, promisedFor, priceCents };
  }
}

/** Rush jobs first, then the earliest promise, then whoever came in first. */
function urgency(a: AlterationJob, b: AlterationJob): number {
  if (a.rush !== b.rush) return a.rush ? -1 : 1;
  if (a.promisedFor !== b.promisedFor) return a.promisedFor < b.promisedFor ? -1 : 1;
  return a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0;
}

export const workQueue = new WorkQueue<AlterationJob>(urgency);
const openJobs = new Map<string, AlterationJob>();
const pickupRail: { id: string; customer: string; finishedAt: string }[] = [];
const RAIL_LENGTH = 40;

export function takeIn(req: JobRequest): AlterationJob | string {
  if (openJobs.has(req.id)) return "a job with this ticket number is open";
  const unknown = req.work.find((w) => !(w.op in PRICES));
  if (unknown) return `we do not do "${unknown.op}"`;
  const job = new AlterationJob(
    req.id,
    req.customer,
    req.garment,
    req.work,
    req.rush === true,
    req.promisedFor,
    req.notes ?? "",
  );
  openJobs.set(job.id, job);
  workQueue.enqueue(job);
  return job;
}

export function findJob(id: string): AlterationJob | undefined {
  return openJobs.get(id);
}

/** Finished: off the open list and onto the pick-up rail (the rail shows the last 40). */
export function finish(job: AlterationJob): void {
  job.state = "done";
  job.finishedAt = new Date().toISOString();
  openJobs.delete(job.id);
  pickupRail.push({ id: job.id, customer: job.customer.name, finishedAt: job.finishedAt });
  if (pickupRail.length > RAIL_LENGTH) pickupRail.splice(0, pickupRail.length - RAIL_LENGTH);
}

export function overview() {
  return { open: openJobs.size, queue: workQueue.depth(), rail: pickupRail.slice(-10) };
}
