import { resolveZone } from "./zones.mjs";

const DAY_MS = 24 * 60 * 60 * 1000;

function nextLocal(at, offsetMinutes, now) {
  const [hours, minutes] = at.split(":").map(Number);
  const localNow = new Date(now + offsetMinutes * 60_000);
  const local = Date.UTC(
    localNow.getUTCFullYear(),
    localNow.getUTCMonth(),
    localNow.getUTCDate(),
    hours,
    minutes,
  );
  let next = local - offsetMinutes * 60_000;
  if (next <= now) next += DAY_MS;
  return next;
}

/** Recurring jobs at a local time of day, checked by a ticker. */
export class JobScheduler {
  constructor({ tickMs = 250 } = {}) {
    this.jobs = new Map();
    this.seq = 0;
    this.runs = 0;
    this.failures = 0;
    this.timer = setInterval(() => this.tick(), tickMs);
    this.timer.unref();
  }

  async schedule(name, { at, timezone }, run) {
    const zone = await resolveZone(timezone);
    const id = `job-${++this.seq}`;
    const job = {
      id,
      name,
      at,
      timezone,
      nextRunAt: nextLocal(at, zone.offsetMinutes, Date.now()),
      run,
    };
    this.jobs.set(id, job);
    return id;
  }

  cancel(id) {
    return this.jobs.delete(id);
  }

  tick() {
    const now = Date.now();
    for (const job of this.jobs.values()) {
      if (job.nextRunAt > now) continue;
      job.nextRunAt += DAY_MS;
      this.runs++;
      Promise.resolve().then(job.run).catch(() => this.failures++);
    }
  }

  stats() {
    return { scheduled: this.jobs.size, runs: this.runs, failures: this.failures };
  }
}
