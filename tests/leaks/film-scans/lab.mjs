import { ScanError, scanRoll } from "./scanner.mjs";

export class LabError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const RETRY_DELAY_MS = 40;
const MAX_TRIES = 3;
const KEEP_DONE = 60;

/** Rolls waiting for or on the scanner. */
const active = new Map();
/** Finished rolls (scanned or failed), the last 60, for the customer's status page. */
const finished = new Map();
/** Requests waiting to hear about a roll, by roll id. */
const waiters = new Map();
const queue = [];
let scanning = false;
const counters = { received: 0, scanned: 0, failed: 0, retries: 0 };

export function receive(body) {
  if (!body.id || !body.customer) throw new LabError(400, "roll id and customer needed");
  if (active.has(body.id) || finished.has(body.id)) throw new LabError(409, `${body.id} is known`);
  const roll = {
    id: body.id,
    customer: String(body.customer),
    format: body.format === "120" ? "120" : "35mm",
    frames: Math.min(Number(body.frames) || 36, 72),
    condition: body.condition === "damaged" ? "damaged" : "ok",
    tries: 0,
    receivedAt: Date.now(),
  };
  active.set(roll.id, roll);
  queue.push(roll);
  counters.received++;
  pump();
  return { id: roll.id, position: queue.length };
}

function settle(roll, outcome) {
  active.delete(roll.id);
  finished.set(roll.id, outcome);
  if (finished.size > KEEP_DONE) finished.delete(finished.keys().next().value);
  const list = waiters.get(roll.id);
  if (list) {
    waiters.delete(roll.id);
    for (const w of list) w(outcome);
  }
}

async function pump() {
  if (scanning) return;
  scanning = true;
  try {
    while (queue.length) {
      const roll = queue.shift();
      roll.tries++;
      try {
        const result = await scanRoll(roll);
        counters.scanned++;
        settle(roll, { id: roll.id, status: "scanned", ...result });
      } catch (err) {
        if (!(err instanceof ScanError)) throw err;
        if (roll.tries < MAX_TRIES) {
          counters.retries++;
          // put it back after the operator has had a go at the transport
          setTimeout(() => {
            queue.push(roll);
            pump();
          }, RETRY_DELAY_MS);
        } else {
          counters.failed++;
          settle(roll, { id: roll.id, status: "failed", reason: err.code, tries: roll.tries });
        }
      }
    }
  } finally {
    scanning = false;
  }
}

/** Resolves with the roll's outcome, or null if nothing happened within `ms`. */
export function waitFor(id, ms) {
  const done = finished.get(id);
  if (done) return Promise.resolve(done);
  if (!active.has(id)) return Promise.reject(new LabError(404, `no roll ${id}`));
  return new Promise((resolve) => {
    let list = waiters.get(id);
    if (!list) waiters.set(id, list = new Set());
    const timer = setTimeout(() => {
      list.delete(onOutcome);
      if (list.size === 0 && waiters.get(id) === list) waiters.delete(id);
      resolve(null);
    }, ms);
    const onOutcome = (outcome) => {
      clearTimeout(timer);
      resolve(outcome);
    };
    list.add(onOutcome);
  });
}

export function labStats() {
  return { ...counters, active: active.size, queued: queue.length, waiting: waiters.size };
}
