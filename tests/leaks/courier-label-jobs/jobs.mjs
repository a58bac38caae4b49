import { createLabel } from "./carrier.mjs";

const MAX_TRIES = 3;
const MAX_RUNNING = 8;
const MAX_DEAD = 50;
const MAX_DONE = 100;

const queue = [];
/** Jobs not yet finished, by id. */
const jobs = new Map();
/** Failed attempts per job, for the ops page ("why is this label late?"). */
const attempts = new Map();
const deadLetters = [];
const done = [];
let running = 0;
const counters = { submitted: 0, printed: 0, retried: 0, dead: 0 };

export function submit(spec) {
  if (!spec.id) throw Object.assign(new Error("a label job needs an id"), { status: 400 });
  if (jobs.has(spec.id)) throw Object.assign(new Error("duplicate job"), { status: 409 });
  const job = { id: spec.id, spec, tries: 0, createdAt: Date.now() };
  jobs.set(job.id, job);
  queue.push(job);
  counters.submitted++;
  pump();
  return { id: job.id, state: "queued" };
}

function backoff(tries) {
  return 20 * 2 ** tries;
}

async function run(job) {
  job.tries++;
  try {
    const label = await createLabel(job.spec);
    attempts.delete(job.id);
    jobs.delete(job.id);
    done.unshift({ id: job.id, tracking: label.tracking, at: Date.now() });
    if (done.length > MAX_DONE) done.length = MAX_DONE;
    counters.printed++;
  } catch (err) {
    const log = attempts.get(job.id) ?? [];
    log.push({
      at: new Date().toISOString(),
      status: err.status,
      error: err.message,
      request: job.spec,
      response: err.response,
    });
    attempts.set(job.id, log);
    if (job.tries >= MAX_TRIES) {
      jobs.delete(job.id);
      deadLetters.unshift({ id: job.id, tries: job.tries, lastError: err.message });
      if (deadLetters.length > MAX_DEAD) deadLetters.length = MAX_DEAD;
      counters.dead++;
    } else {
      counters.retried++;
      setTimeout(() => queue.push(job), backoff(job.tries));
    }
  }
}

function pump() {
  while (running < MAX_RUNNING && queue.length) {
    const job = queue.shift();
    running++;
    run(job).finally(() => {
      running--;
      pump();
    });
  }
}

setInterval(pump, 20);

export function status(id) {
  const job = jobs.get(id);
  if (job) return { id, state: job.tries ? "retrying" : "queued", tries: job.tries };
  const printed = done.find((d) => d.id === id);
  if (printed) return { id, state: "printed", tracking: printed.tracking };
  const dead = deadLetters.find((d) => d.id === id);
  if (dead) return { id, state: "dead", error: dead.lastError };
  return null;
}

export function ops() {
  return {
    ...counters,
    queued: queue.length,
    running,
    open: jobs.size,
    deadLetters: deadLetters.slice(0, 10),
  };
}

export function history(id) {
  return attempts.get(id) ?? [];
}
