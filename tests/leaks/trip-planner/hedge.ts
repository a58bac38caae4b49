// Hedged calls to the journey planner replicas: ask the primary, and if it is slow, ask a
// second replica as well; the first answer wins. Attempts that come back after their call has
// finished only count towards the latency figures.

export interface Attempt {
  replica: string;
  ms: number;
  ok: boolean;
}

interface Call {
  id: string;
  startedAt: number;
  attempts: Attempt[];
}

const HEDGE_AFTER_MS = 10;
const calls = new Map<string, Call>();
const latencies: number[] = new Array(128).fill(0);
let latencyWrites = 0;
export const hedging = { calls: 0, hedged: 0, late: 0 };

function record(id: string, attempt: Attempt) {
  latencies[latencyWrites++ % latencies.length] = attempt.ms;
  const call = calls.get(id);
  if (!call) {
    hedging.late++;
    return;
  }
  call.attempts.push(attempt);
}

const timeout = (ms: number) =>
  new Promise<typeof HEDGE>((resolve) => setTimeout(() => resolve(HEDGE), ms));
const HEDGE = Symbol("hedge");

export async function hedged<T>(replicas: { name: string; run: () => Promise<T> }[]): Promise<T> {
  const id = crypto.randomUUID();
  calls.set(id, { id, startedAt: performance.now(), attempts: [] });
  hedging.calls++;
  const launch = (i: number) => {
    const started = performance.now();
    return replicas[i].run().then((value) => {
      record(id, { replica: replicas[i].name, ms: performance.now() - started, ok: true });
      return value;
    }, (err) => {
      record(id, { replica: replicas[i].name, ms: performance.now() - started, ok: false });
      throw err;
    });
  };
  try {
    const primary = launch(0);
    const first = await Promise.race([primary, timeout(HEDGE_AFTER_MS)]);
    if (first !== HEDGE) return first as T;
    hedging.hedged++;
    return await Promise.any([primary, launch(1)]);
  } finally {
    calls.delete(id);
  }
}

export function inFlight(): number {
  return calls.size;
}

export function p95(): number {
  const n = Math.min(latencyWrites, latencies.length);
  const sorted = latencies.slice(0, n).sort((a, b) => a - b);
  return sorted[Math.floor(0.95 * (n - 1))] ?? 0;
}
