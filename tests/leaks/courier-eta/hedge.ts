// Hedged requests ("The Tail at Scale"): ask the primary replica, and if it has not answered
// within the hedge delay, ask the next one too and take whichever answers first. The engine has
// no cancellation, so the slower attempt runs to completion; its latency still feeds the stats.

export interface Attempt {
  replica: string;
  hedge: boolean;
  startedAt: number;
  ms: number;
  ok: boolean;
  result?: unknown;
  error?: string;
}

export interface Call {
  id: string;
  op: string;
  startedAt: number;
  attempts: Attempt[];
}

export const HEDGE_AFTER_MS = 12;

/** Calls in flight, with the attempts that have come back so far (GET /debug/calls). */
export const calls = new Map<string, Call>();

export const hedgeStats = { calls: 0, hedged: 0, hedgeWins: 0, failures: 0 };

const latencyRing = new Float64Array(256);
let latencyCount = 0;

function observeLatency(ms: number) {
  latencyRing[latencyCount % latencyRing.length] = ms;
  latencyCount++;
}

export function latencyPercentile(p: number): number | null {
  const n = Math.min(latencyCount, latencyRing.length);
  if (n === 0) return null;
  const sorted = Array.from(latencyRing.subarray(0, n)).sort((a, b) => a - b);
  return sorted[Math.min(n - 1, Math.floor(p * n))];
}

function open(id: string, op: string): Call {
  const call: Call = { id, op, startedAt: performance.now(), attempts: [] };
  calls.set(id, call);
  return call;
}

function record(id: string, op: string, attempt: Attempt) {
  const call = calls.get(id) ?? open(id, op);
  call.attempts.push(attempt);
  observeLatency(attempt.ms);
}

const sleep = (ms: number) =>
  new Promise<"hedge">((resolve) => setTimeout(() => resolve("hedge"), ms));

export async function hedged<T>(
  op: string,
  targets: { name: string; run: () => Promise<T> }[],
): Promise<T> {
  const id = crypto.randomUUID();
  open(id, op);
  hedgeStats.calls++;

  const launch = (index: number): Promise<T> => {
    const target = targets[index];
    const startedAt = performance.now();
    return target.run().then(
      (result) => {
        record(id, op, {
          replica: target.name,
          hedge: index > 0,
          startedAt,
          ms: performance.now() - startedAt,
          ok: true,
          result,
        });
        return result;
      },
      (err) => {
        record(id, op, {
          replica: target.name,
          hedge: index > 0,
          startedAt,
          ms: performance.now() - startedAt,
          ok: false,
          error: String(err?.message ?? err),
        });
        throw err;
      },
    );
  };

  try {
    const primary = launch(0);
    const first = await Promise.race([primary, sleep(HEDGE_AFTER_MS)]);
    if (first !== "hedge" || targets.length < 2) return first === "hedge" ? await primary : first;
    hedgeStats.hedged++;
    const backup = launch(1);
    const winner = await Promise.any([
      primary.then((r) => ({ r, hedge: false })),
      backup.then((r) => ({ r, hedge: true })),
    ]);
    if (winner.hedge) hedgeStats.hedgeWins++;
    return winner.r;
  } catch (err) {
    hedgeStats.failures++;
    throw err;
  } finally {
    calls.delete(id);
  }
}
