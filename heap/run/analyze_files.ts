/**
 * Runs `analyzeSnapshot` for several files in Workers, at most two at a time (the machine
 * has two cores and each worker holds a whole graph while it works).
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
  /** Workers at once (default 2). */
  concurrency?: number;
  /** Also return each id's self size (three-snapshot mode needs them). */
  idSizes?: boolean;
  /** The first file is a comparison's baseline: analysed without a dominator tree. */
  lightBaseline?: boolean;
}

/** Analyses one file in a Worker (a warm one when `keepWorkersWarm` parked one). */
export function analyzeFileInWorker(
  file: string,
  opts: RunOptions & { edgesWorker?: boolean; light?: boolean } = {},
): Promise<SnapshotAnalysis> {
  return runWorker<SnapshotAnalysis>(
    { file, edgesWorker: opts.edgesWorker, idSizes: opts.idSizes, light: opts.light },
    opts,
  );
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
  job: {
    file: string;
    retainers?: { target: string; limit: number };
    edgesWorker?: boolean;
    idSizes?: boolean;
    light?: boolean;
  },
  opts: RunOptions,
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
        edges?.worker.terminate(); // its arrays live on in the analysis worker (shared)
        return;
      }
      if (data.progress) {
        fileBytes = data.progress.total;
        const pct = Math.round((data.progress.read / Math.max(1, data.progress.total)) * 100);
        opts.onProgress?.(`reading ${name}: ${pct}%`);
        return;
      }
      finish(data.result !== undefined);
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
  let next = 0;
  let firstError: unknown;
  const laneCount = Math.min(opts.concurrency ?? 2, files.length);
  // One file at a time leaves a core free: the parser reads `edges` on it meanwhile.
  const edgesWorker = laneCount === 1;
  const lanes = Array.from(
    { length: laneCount },
    async () => {
      while (next < files.length && !stop.signal.aborted) {
        const i = next++;
        try {
          results[i] = await analyzeFileInWorker(files[i], {
            ...opts,
            signal: stop.signal,
            edgesWorker,
            light: opts.lightBaseline === true && i === 0,
          });
        } catch (err) {
          if (firstError === undefined) firstError = err;
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
