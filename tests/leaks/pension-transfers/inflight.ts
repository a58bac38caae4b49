/**
 * Transfer requests by idempotency key. The member portal retries a POST when its gateway
 * times out, with the same Idempotency-Key; a retry must get the first request's outcome, not
 * start a second transfer. A finished request stays for RETAIN_MS so a late retry still finds
 * it, and the sweep drops it after that.
 */

export interface Outcome {
  status: "accepted" | "referred" | "rejected";
  reference: string;
  flags: string[];
}

export interface InFlight {
  key: string;
  memberId: string;
  request: Record<string, unknown>;
  startedAt: number;
  done: Promise<Outcome>;
  outcome?: Outcome;
  finishedAt?: number;
}

const RETAIN_MS = 1_000;
const SWEEP_MS = 250;

const inFlight: Record<string, InFlight> = Object.create(null);

/** Registers a request, or returns the one already registered under the key. */
export function claim(entry: InFlight): InFlight | undefined {
  const existing = inFlight[entry.key];
  if (existing) return existing;
  // read-only: nothing may swap the request a key stands for (configurable, so the sweep can
  // delete it)
  Object.defineProperty(inFlight, entry.key, { value: entry, writable: false, configurable: true });
  return undefined;
}

export function lookup(key: string): InFlight | undefined {
  return inFlight[key];
}

export function settle(key: string, outcome: Outcome) {
  const entry = inFlight[key];
  if (!entry) return;
  entry.outcome = outcome;
  entry.finishedAt = Date.now();
}

export function sweep(now = Date.now()): number {
  let dropped = 0;
  for (const [key, entry] of Object.entries(inFlight)) {
    if (entry.finishedAt !== undefined && now - entry.finishedAt > RETAIN_MS) {
      delete inFlight[key];
      dropped++;
    }
  }
  return dropped;
}

setInterval(sweep, SWEEP_MS);
