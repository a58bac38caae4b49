/**
 * Analysis workers kept warm between jobs, for a long-running host (the MCP server). A fresh
 * worker loads the engine's modules and runs its loops cold: on a small snapshot that is
 * most of the analysis, until V8 has compiled the loops (bench/README.md has the figures).
 * Off by default: a parked worker keeps its process alive until it is stopped, which a
 * command-line run or a test does not want.
 *
 * Only workers that finished a job normally and read a small file are parked, and only for
 * `idleMs`; an aborted or failed job's worker is always terminated. The worker frees its
 * graph's arrays once the result is sent, but not its string table and JS heap: those wait
 * for its next collection, which is why a big file's worker is not kept.
 *
 * @module
 */

/** When workers are kept, and for how long. */
export interface WarmPolicy {
  /** A parked worker is terminated after this long unused (ms). */
  idleMs: number;
  /** Workers that read a bigger file are not kept (bytes). */
  maxFileBytes: number;
  /** Parked workers at most (the engine runs two at once). */
  maxIdle: number;
}

/** Defaults of {@link keepWorkersWarm}. */
export const DEFAULT_WARM_POLICY: WarmPolicy = {
  idleMs: 60_000,
  maxFileBytes: 64 * 1024 * 1024,
  maxIdle: 2,
};

const ANALYZE_WORKER = new URL("./analyze_worker.ts", import.meta.url);

let policy: WarmPolicy | undefined;
/** A parked worker and the timer that ends it. */
interface Parked {
  worker: Worker;
  timer: ReturnType<typeof setTimeout>;
}
const parked: Parked[] = [];

/** How many analysis workers were started and how many jobs a parked one took. */
export const workerPoolStats = { started: 0, reused: 0 };

/** From now on, park finished analysis workers for the next job (see {@link WarmPolicy}). */
export function keepWorkersWarm(options: Partial<WarmPolicy> = {}): void {
  policy = { ...DEFAULT_WARM_POLICY, ...options };
}

/** Terminates the parked workers and stops parking new ones. */
export function stopWarmWorkers(): void {
  policy = undefined;
  for (const { worker, timer } of parked.splice(0)) {
    clearTimeout(timer);
    worker.terminate();
  }
}

/** Number of workers parked right now. */
export function parkedWorkers(): number {
  return parked.length;
}

/** A parked analysis worker if there is one, else a new one. */
export function takeAnalysisWorker(): Worker {
  const warm = parked.pop();
  if (warm) {
    clearTimeout(warm.timer);
    workerPoolStats.reused++;
    return warm.worker;
  }
  workerPoolStats.started++;
  return new Worker(ANALYZE_WORKER, { type: "module" });
}

/**
 * Hands a worker back after its job: parked when the job ended normally, the file was small
 * and there is room, else terminated.
 */
export function returnAnalysisWorker(worker: Worker, job: { ok: boolean; fileBytes: number }) {
  worker.onmessage = null;
  worker.onerror = null;
  const keep = policy !== undefined && job.ok && job.fileBytes <= policy.maxFileBytes &&
    parked.length < policy.maxIdle;
  if (!keep) {
    worker.terminate();
    return;
  }
  const entry: Parked = {
    worker,
    timer: setTimeout(() => {
      parked.splice(parked.indexOf(entry), 1);
      worker.terminate();
    }, policy!.idleMs),
  };
  parked.push(entry);
}
