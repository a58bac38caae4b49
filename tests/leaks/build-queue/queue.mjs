export class QueueError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const MAX_HISTORY = 30;
const MAX_LOG_LINES = 200;
const KEPT_LOG_LINES = 20;
/** A runner that has not claimed or reported for this long is presumed gone. */
const RUNNER_TIMEOUT_MS = 2_000;

const queued = [];
const running = new Map();
const history = [];
const runners = new Map();
const counters = { enqueued: 0, completed: 0, requeued: 0 };

function touchRunner(name) {
  let runner = runners.get(name);
  if (!runner) {
    runner = { name, lastSeen: 0, claimed: 0 };
    runners.set(name, runner);
  }
  runner.lastSeen = Date.now();
  return runner;
}

export function enqueue({ id, pipeline, commit, ref, steps }) {
  if (!id || !pipeline || !commit) throw new QueueError(400, "id, pipeline and commit required");
  if (running.has(id) || queued.some((j) => j.id === id)) {
    throw new QueueError(409, `job ${id} exists`);
  }
  const job = {
    id,
    pipeline,
    commit,
    ref: ref ?? "refs/heads/main",
    steps: Array.isArray(steps) ? steps.map(String) : [],
    status: "queued",
    runner: null,
    queuedAt: Date.now(),
    startedAt: null,
    log: [],
  };
  queued.push(job);
  counters.enqueued++;
  return job;
}

export function claim(runnerName) {
  const runner = touchRunner(runnerName);
  const job = queued.shift();
  if (!job) return null;
  job.status = "running";
  job.runner = runnerName;
  job.startedAt = Date.now();
  running.set(job.id, job);
  runner.claimed++;
  return job;
}

function find(id) {
  const job = running.get(id) ?? queued.find((j) => j.id === id);
  if (!job) throw new QueueError(404, `no active job ${id}`);
  return job;
}

export function appendLog(id, lines) {
  const job = find(id);
  if (job.runner) touchRunner(job.runner);
  job.log.push(...lines.map(String));
  if (job.log.length > MAX_LOG_LINES) job.log.splice(0, job.log.length - MAX_LOG_LINES);
  return job.log.length;
}

export function complete(id, status) {
  const job = find(id);
  if (job.status === "queued") {
    queued.splice(queued.indexOf(job), 1);
  } else {
    running.delete(id);
  }
  const finishedAt = Date.now();
  const entry = {
    id: job.id,
    pipeline: job.pipeline,
    commit: job.commit,
    status,
    runner: job.runner,
    durationMs: job.startedAt ? finishedAt - job.startedAt : 0,
    tail: job.log.slice(-KEPT_LOG_LINES),
    finishedAt,
  };
  history.unshift(entry);
  if (history.length > MAX_HISTORY) history.length = MAX_HISTORY;
  counters.completed++;
  return entry;
}

export function lookup(id) {
  const active = running.get(id) ?? queued.find((j) => j.id === id);
  if (active) {
    return { id, status: active.status, runner: active.runner, lines: active.log.length };
  }
  return history.find((h) => h.id === id) ?? null;
}

export function overview() {
  return {
    queued: queued.map((j) => j.id),
    running: [...running.values()].map((j) => ({ id: j.id, runner: j.runner })),
    runners: [...runners.values()],
    ...counters,
  };
}

// jobs of runners that went away go back to the front of the queue
setInterval(() => {
  const now = Date.now();
  for (const job of running.values()) {
    const runner = runners.get(job.runner);
    if (runner && now - runner.lastSeen > RUNNER_TIMEOUT_MS) {
      running.delete(job.id);
      job.status = "queued";
      job.runner = null;
      queued.unshift(job);
      counters.requeued++;
    }
  }
}, 250).unref();
