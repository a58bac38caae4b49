const SWEEPS = ["Dan Hollis", "Marta Ruiz", "Kofi Mensah"];
const KEEP_DONE = 40;

export const jobs = new Map();
const done = [];

export function book(body) {
  const id = String(body.id ?? "");
  if (!/^J-[\w-]+$/.test(id)) return null;
  const job = {
    id,
    address: String(body.address ?? "").slice(0, 120),
    postcode: String(body.postcode ?? "").toUpperCase().slice(0, 8),
    sweep: SWEEPS[jobs.size % SWEEPS.length],
    status: "booked",
    certificates: [],
  };
  jobs.set(id, job);
  return job;
}

/** Completed jobs leave the live board; the last few stay for the office to look up. */
export function complete(job) {
  job.status = "done";
  jobs.delete(job.id);
  done.push(job);
  if (done.length > KEEP_DONE) done.shift();
}

export function findDone(id) {
  return done.find((j) => j.id === id);
}

export function board() {
  const bySweep = {};
  for (const job of jobs.values()) (bySweep[job.sweep] ??= []).push(job.id);
  return { live: jobs.size, bySweep, recentlyDone: done.slice(-5).map((j) => j.id) };
}
