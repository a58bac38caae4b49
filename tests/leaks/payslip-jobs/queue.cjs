"use strict";

/**
 * Background payslip runs. A run stays in `runs` from submission until its result has been
 * picked up; finished runs are also summarised in a short history for the admin page.
 */

const State = Object.freeze({
  PENDING: "pending",
  ACTIVE: "active",
  DONE: "done",
  ERRORED: "errored",
});

const TERMINAL = new Set([State.DONE, State.ERRORED]);
const WORKERS = 3;
const HISTORY_LIMIT = 20;

const runs = new Map();
const backlog = [];
const history = [];
let active = 0;

class QueueError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function submit(id, input, handler) {
  if (runs.has(id)) throw new QueueError(409, `run ${id} exists`);
  const run = { id, input, state: State.PENDING, submittedAt: Date.now(), output: null };
  run.finished = new Promise((resolve) => (run.markFinished = resolve));
  runs.set(id, run);
  backlog.push({ run, handler });
  queueMicrotask(drain);
  return run;
}

function drain() {
  while (active < WORKERS && backlog.length > 0) {
    const { run, handler } = backlog.shift();
    active++;
    run.state = State.ACTIVE;
    execute(run, handler).finally(() => {
      active--;
      queueMicrotask(drain);
    });
  }
}

async function execute(run, handler) {
  try {
    run.output = await handler(run.input);
    run.state = State.DONE;
  } catch (err) {
    run.state = State.ERRORED;
    run.failure = err.message;
  }
  run.endedAt = Date.now();
  history.unshift({ id: run.id, state: run.state, ms: run.endedAt - run.submittedAt });
  if (history.length > HISTORY_LIMIT) history.length = HISTORY_LIMIT;
  run.markFinished();
}

/** Hands out a run's outcome; once it is terminal the run is dropped. */
async function pickUp(id, waitMs) {
  const run = runs.get(id);
  if (!run) throw new QueueError(404, `no run ${id}`);
  if (!TERMINAL.has(run.state) && waitMs > 0) {
    let timer;
    await Promise.race([
      run.finished,
      new Promise((resolve) => (timer = setTimeout(resolve, waitMs))),
    ]);
    clearTimeout(timer);
  }
  const outcome = { id: run.id, state: run.state, output: run.output, failure: run.failure };
  if (TERMINAL.has(run.state)) runs.delete(id);
  return outcome;
}

function overview() {
  return { inQueue: backlog.length, active, tracked: runs.size, history };
}

module.exports = { QueueError, overview, pickUp, submit };
