/**
 * Runs `analyzeSnapshot` for several files in Workers, as many at a time as the plan says
 * (`plan.ts`: each worker holds a whole graph while it works).
 *
 * @module
 */

import type { SnapshotAnalysis } from "../analysis/analyze.ts";
import type { RetainersReport } from "../report.ts";
import { SnapshotParseError } from "../parse/parse.ts";
import { startEdgesWorker } from "../parse/edges_job.ts";
import { returnAnalysisWorker, takeAnalysisWorker } from "./worker_pool.ts";

/** Options for {@link analyzeFiles}. */
export interface RunOptions {
  /** Human progress lines: `reading after.heapsnapshot: 40%`. */
  onProgress?: (message: string) => void;
  /** Terminates the workers and rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Workers at once (default 2; a comparison's plan decides it, see `plan.ts`). */
  concurrency?: number;
  /** The first file is a comparison's baseline: analysed without a dominator tree. */
  lightBaseline?: boolean;
  /**
   * The files are a comparison: baseline, target and optionally final. The baseline and the
   * final snapshot count every object's entries; the target traces what is new since the
   * baseline (still alive in the final one) to where it accumulates. A single file is
   * summarised instead.
   */
  comparison?: boolean;
}

/** What one file's worker is asked for. */
interface FileJob {
  file: string;
  retainers?: { target: string; limit: number };
  edgesWorker?: boolean;
  idSizes?: boolean;
  light?: boolean;
  holders?: boolean;
  entryCounts?: boolean;
  growth?: boolean;
  distances?: boolean;
}

/** The baseline's (and final snapshot's) ids, lent to a comparison's target. */
interface BaselineLoan {
  /** For a comparison's target: the ids it asks for once it is ready to trace growth. */
  baseline?: () => Promise<{ ids: Uint32Array; finalIds?: Uint32Array }>;
  /** The lent ids, back from the worker with its answer (a result or an error). */
  returnBaseline?: (lent: { ids: Uint32Array; finalIds?: Uint32Array }) => void;
}

/** Analyses one file in a Worker (a warm one when `keepWorkersWarm` parked one). */
export function analyzeFileInWorker(
  job: FileJob,
  opts: RunOptions & BaselineLoan = {},
): Promise<SnapshotAnalysis> {
  return runWorker<SnapshotAnalysis>(job, opts);
}

/** Answers a retainers query in a fresh Worker, so the caller's thread stays responsive. */
export function retainersInWorker(
  file: string,
  target: string,
  limit: number,
  opts: RunOptions = {},
): Promise<RetainersReport> {
  return runWorker<RetainersReport>(
    { file, retainers: { target, limit }, edgesWorker: true },
    opts,
  );
}

function runWorker<T>(
  job: FileJob,
  opts: RunOptions & BaselineLoan,
): Promise<T> {
  const file = job.file;
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) return reject(opts.signal.reason);
    const worker = takeAnalysisWorker();
    let fileBytes = Infinity; // known from the progress messages
    // Started here, not inside the analysis worker: this thread is idle and starts it fast.
    // Should it crash, its parser would wait for it forever: fail the analysis instead.
    const edges = job.edgesWorker
      ? startEdgesWorker((message) => {
        finish();
        reject(new Error(`analysing ${file}: the edges worker failed: ${message}`));
      })
      : undefined;
    const name = file.split("/").pop();
    const finish = (ok = false) => {
      returnAnalysisWorker(worker, { ok, fileBytes });
      edges?.worker.terminate();
      opts.signal?.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      finish();
      reject(opts.signal!.reason);
    };
    opts.signal?.addEventListener("abort", onAbort, { once: true });
    worker.onmessage = (event) => {
      const data = event.data;
      if (data.parsed) {
        edges?.worker.terminate(); // its arrays were transferred to the analysis worker
        return;
      }
      if (data.needBaseline) {
        // The ids are lent, not copied (tens of MB on a big heap): they come back with the
        // result. A failed baseline aborts this job through the signal, so a rejection needs
        // nothing here.
        opts.baseline?.().then((baseline) =>
          worker.postMessage({ baseline }, [
            baseline.ids.buffer as ArrayBuffer,
            ...(baseline.finalIds ? [baseline.finalIds.buffer as ArrayBuffer] : []),
          ]), () => {});
        return;
      }
      if (data.progress) {
        fileBytes = data.progress.total;
        const pct = Math.round((data.progress.read / Math.max(1, data.progress.total)) * 100);
        opts.onProgress?.(`reading ${name}: ${pct}%`);
        return;
      }
      finish(data.result !== undefined);
      if (data.lent) opts.returnBaseline?.(data.lent);
      if (data.result) {
        opts.onProgress?.(`analysed ${name}`);
        resolve(data.result as T);
      } else {
        const e = data.error ?? { message: "worker sent no result" };
        reject(
          e.name === "SnapshotParseError"
            ? new SnapshotParseError(e.file ?? file, e.offset ?? 0, e.detail ?? e.message)
            : new Error(`analysing ${file}: ${e.message}`),
        );
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(new Error(`analysing ${file}: ${event.message}`));
    };
    const { edgesWorker: _, ...rest } = job;
    if (edges) worker.postMessage({ ...rest, edgesPort: edges.port }, [edges.port]);
    else worker.postMessage(rest);
  });
}

/**
 * Analyses files in parallel (bounded), results in input order. When one file fails (or the
 * caller aborts), the other workers are terminated and the first error is thrown.
 */
export async function analyzeFiles(
  files: string[],
  opts: RunOptions = {},
): Promise<SnapshotAnalysis[]> {
  const results: SnapshotAnalysis[] = new Array(files.length);
  const stop = new AbortController();
  const onAbort = () => stop.abort(opts.signal!.reason);
  if (opts.signal?.aborted) throw opts.signal.reason;
  opts.signal?.addEventListener("abort", onAbort, { once: true });
  const finished = files.map(() => deferred<SnapshotAnalysis>());
  const comparison = opts.comparison === true && files.length >= 2;
  let firstError: unknown;
  const laneCount = Math.min(opts.concurrency ?? 2, files.length);
  // The target waits for the others' ids: one lane runs it last; two lanes start it at once
  // (it is the longest job) beside the baseline, which the final snapshot follows.
  const order = files.map((_, i) => i);
  if (comparison && laneCount === 1) order.push(...order.splice(1, 1));
  // One file at a time leaves a core free: the parser reads `edges` on it meanwhile.
  const edgesWorker = laneCount === 1;
  let next = 0;
  const jobFor = (i: number): FileJob => {
    const job: FileJob = { file: files[i], edgesWorker };
    // A summary shows each class's distance, as DevTools' Summary does.
    if (!comparison) {
      return { ...job, light: opts.lightBaseline === true && i === 0, distances: true };
    }
    // The baseline's and the target's sizes by id: DevTools' added and deleted bytes.
    if (i === 1) return { ...job, holders: false, growth: true, idSizes: true };
    return {
      ...job,
      holders: false,
      entryCounts: true,
      light: opts.lightBaseline === true,
      idSizes: i === 0,
    };
  };
  const baseline = async () => ({
    ids: (await finished[0].promise).ids,
    finalIds: files.length > 2 ? (await finished[2].promise).ids : undefined,
  });
  const lanes = Array.from(
    { length: laneCount },
    async () => {
      while (next < order.length && !stop.signal.aborted) {
        const i = order[next++];
        try {
          results[i] = await analyzeFileInWorker(jobFor(i), {
            ...opts,
            signal: stop.signal,
            baseline: comparison && i === 1 ? baseline : undefined,
            returnBaseline: (lent) => {
              results[0].ids = lent.ids;
              if (lent.finalIds) results[2].ids = lent.finalIds;
            },
          });
          finished[i].resolve(results[i]);
        } catch (err) {
          if (firstError === undefined) firstError = err;
          finished[i].reject(err);
          stop.abort(err);
        }
      }
    },
  );
  try {
    await Promise.all(lanes);
  } finally {
    opts.signal?.removeEventListener("abort", onAbort);
  }
  if (firstError !== undefined) throw firstError;
  if (stop.signal.aborted) throw stop.signal.reason;
  return results;
}

/** A promise with its resolve and reject (rejections are also caught, so none goes unhandled). */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => {});
  return { promise, resolve, reject };
}
