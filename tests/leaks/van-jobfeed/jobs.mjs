/** Delivery jobs for the van fleet. Completed jobs leave the board; the last few are kept. */

export class JobError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export const drivers = new Map(
  [
    ["DRV-03", { id: "DRV-03", name: "Kwame Asante", van: "YX71 KLP" }],
    ["DRV-07", { id: "DRV-07", name: "Bethan Morgan", van: "YX21 HGA" }],
    ["DRV-11", { id: "DRV-11", name: "Piotr Zielinski", van: "YR70 BNE" }],
  ].map(([id, d]) => [id, { ...d, active: new Set() }]),
);

const jobs = new Map();
const completed = [];
const RECENT = 20;

export function createJob(input) {
  if (typeof input.id !== "string") throw new JobError(400, "id is required");
  if (jobs.has(input.id)) throw new JobError(409, `${input.id} exists`);
  const driver = drivers.get(input.driver);
  if (!driver) throw new JobError(404, `no driver ${input.driver}`);
  if (!Array.isArray(input.stops) || input.stops.length === 0) {
    throw new JobError(400, "a job needs stops");
  }
  const job = {
    id: input.id,
    driver: driver.id,
    customer: input.customer ?? null,
    stops: input.stops.map((s, n) => ({
      n: n + 1,
      kind: s.kind,
      address: s.address,
      window: s.window ?? null,
      done: false,
    })),
    eta: input.eta ?? null,
    notes: input.notes ?? "",
    status: "offered",
    createdAt: Date.now(),
  };
  jobs.set(job.id, job);
  driver.active.add(job.id);
  return job;
}

export function getJob(id) {
  const job = jobs.get(id);
  if (!job) throw new JobError(404, `no job ${id}`);
  return job;
}

export function updateJob(id, patch) {
  const job = getJob(id);
  const changed = [];
  for (const key of ["eta", "notes", "status"]) {
    if (patch[key] !== undefined && patch[key] !== job[key]) {
      job[key] = patch[key];
      changed.push(key);
    }
  }
  return { job, changed };
}

export function completeJob(id, pod) {
  const job = getJob(id);
  job.status = "completed";
  for (const stop of job.stops) stop.done = true;
  jobs.delete(id);
  drivers.get(job.driver)?.active.delete(id);
  const receipt = {
    job: job.id,
    customer: job.customer,
    stops: job.stops.length,
    signedBy: pod?.signedBy ?? null,
    photo: pod?.photo ?? null,
    leftWith: pod?.leftWith ?? null,
    completedAt: new Date().toISOString(),
    minutes: Math.round((Date.now() - job.createdAt) / 60000),
  };
  completed.unshift({ job: job.id, driver: job.driver, at: receipt.completedAt });
  if (completed.length > RECENT) completed.length = RECENT;
  return receipt;
}

export function board() {
  return {
    open: [...jobs.values()].map((j) => ({ id: j.id, driver: j.driver, status: j.status })),
    completed: completed.slice(0, 10),
  };
}
