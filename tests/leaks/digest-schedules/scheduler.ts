import type { Publication } from "./publications.ts";

export interface DigestJob {
  publication: Publication;
  nextRunAt: number;
  runs: number;
  lastError: string | null;
}

const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

function nextWeekday(day: string, hour: number, from = new Date()) {
  const target = DAYS.indexOf(day);
  const d = new Date(from);
  d.setUTCHours(hour, 0, 0, 0);
  let add = (target - d.getUTCDay() + 7) % 7;
  if (add === 0 && d.getTime() <= from.getTime()) add = 7;
  d.setUTCDate(d.getUTCDate() + add);
  return d.getTime();
}

/** Weekly digest sends, one job per publication, checked every quarter of a second. */
export class DigestScheduler {
  #jobs: DigestJob[] = [];
  #timer: ReturnType<typeof setInterval> | undefined;
  sent = 0;

  constructor(private send: (pub: Publication) => void) {}

  start() {
    this.#timer = setInterval(() => this.#tick(), 250);
    Deno.unrefTimer(this.#timer);
  }

  stop() {
    clearInterval(this.#timer);
  }

  schedule(publication: Publication) {
    const job: DigestJob = {
      publication,
      nextRunAt: nextWeekday(publication.digest.day, publication.digest.hourUtc),
      runs: 0,
      lastError: null,
    };
    this.#jobs.push(job);
    return job.nextRunAt;
  }

  unschedule(publication: Publication) {
    const i = this.#jobs.findIndex((j) => j.publication === publication);
    if (i !== -1) this.#jobs.splice(i, 1);
  }

  nextRunOf(id: string) {
    return this.#jobs.find((j) => j.publication.id === id)?.nextRunAt ?? null;
  }

  #tick() {
    const now = Date.now();
    for (const job of this.#jobs) {
      if (job.nextRunAt > now) continue;
      try {
        this.send(job.publication);
        this.sent++;
      } catch (err) {
        job.lastError = String(err);
      }
      job.runs++;
      job.nextRunAt = nextWeekday(job.publication.digest.day, job.publication.digest.hourUtc);
    }
  }

  get size() {
    return this.#jobs.length;
  }
}
