/**
 * Worker entry: parses one snapshot file and reduces it with `analyzeSnapshot`, so each
 * snapshot of a comparison is read on its own core and its graph never leaves the worker.
 *
 * Protocol: receives a {@link Job}; posts `{ progress }` messages, `{ parsed: true }` once
 * the file is read, then `{ result }` (a `SnapshotAnalysis` with its typed arrays
 * transferred, or a `RetainersReport` when `retainers: { target, limit }` was asked) or
 * `{ error: { name, message, file?, offset?, detail? } }`. A comparison's target posts
 * `{ needBaseline: true }` when it is ready to trace new objects and then waits for
 * `{ baseline: { ids, finalIds? } }`.
 *
 * @module
 */

import { parseSnapshotFile } from "../parse/parse.ts";
import { readRegularText } from "../parse/regular_file.ts";
import { analyzeSnapshot } from "../analysis/analyze.ts";
import { retainersIn } from "../analysis/retainers.ts";
import { sidecarPathFor, type SnapshotSidecar } from "../sidecar.ts";
import type { HeapSnapshot } from "../graph/snapshot.ts";
import { freeNow } from "../graph/free_now.ts";

/** Script id → URL from the capture's sidecar; empty when there is none (not an error here). */
async function sidecarScripts(file: string): Promise<Record<number, string>> {
  try {
    const text = await readRegularText(sidecarPathFor(file));
    if (text === undefined) return {};
    const sidecar = JSON.parse(text) as SnapshotSidecar;
    const out: Record<number, string> = {};
    for (const script of sidecar.scripts ?? []) {
      if (typeof script.url === "string") out[Number(script.scriptId)] = script.url;
    }
    return out;
  } catch {
    return {};
  }
}

/**
 * Frees the graph's arrays now rather than at this worker's next collection: a worker kept
 * warm for the next job (`worker_pool.ts`) would otherwise hold them while it waits.
 */
function releaseGraph(s: HeapSnapshot): void {
  const { nodeIndex, scriptId, line, column } = s.locations;
  freeNow(s.nodeType, s.nodeName, s.nodeId, s.nodeSelfSize, s.firstEdge);
  freeNow(s.edgeType, s.edgeNameOrIndex, s.edgeTo, nodeIndex, scriptId, line, column);
  if (s.nodeDetachedness) freeNow(s.nodeDetachedness);
  s.strings.release();
}

/** What the worker is asked to do. */
interface Job {
  file: string;
  /** A core is free: the parser reads `edges` in this edges worker (see `startEdgesWorker`). */
  edgesPort?: MessagePort;
  /** Also return each id's self size (three-snapshot mode). */
  idSizes?: boolean;
  /** A comparison's baseline: no dominator tree (see `analyzeSnapshot`). */
  light?: boolean;
  /** Answer a retainers query instead of the full analysis. */
  retainers?: { target: string; limit: number };
  /** A single snapshot's summary: find named collections and timers (default true). */
  holders?: boolean;
  /** A comparison's baseline or final snapshot: count each object's entries by id. */
  entryCounts?: boolean;
  /** A comparison's target: trace the objects new since the baseline (see the protocol). */
  growth?: boolean;
  /** DevTools' distances, for each class's smallest (a summary). */
  distances?: boolean;
}

/** What the caller sends back after `{ needBaseline: true }`. */
interface BaselineReply {
  baseline: { ids: Uint32Array; finalIds?: Uint32Array };
}

/** The worker global, typed narrowly (the file is also type-checked with window types). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Job>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
};

/** Resolves the target's wait for the baseline's ids. */
let baselineArrived: ((reply: BaselineReply["baseline"]) => void) | undefined;
/** The ids the caller lent this job: they go back with its answer. */
let lent: BaselineReply["baseline"] | undefined;

scope.onmessage = (event: MessageEvent<Job | BaselineReply>) => {
  if ("baseline" in event.data) {
    lent = event.data.baseline;
    baselineArrived?.(event.data.baseline);
    baselineArrived = undefined;
    return;
  }
  runJob(event.data);
};

/** Posts the job's answer, with the lent ids (transferred back) when there are any. */
function answer(message: Record<string, unknown>, transfer: Transferable[] = []) {
  const back = lent;
  lent = undefined;
  if (!back) return scope.postMessage(message, transfer);
  scope.postMessage({ ...message, lent: back }, [
    ...transfer,
    back.ids.buffer as ArrayBuffer,
    ...(back.finalIds ? [back.finalIds.buffer as ArrayBuffer] : []),
  ]);
}

async function runJob(job: Job) {
  const { file, retainers, edgesPort, idSizes, light } = job;
  try {
    let lastReported = 0;
    const started = performance.now();
    const snapshot = await parseSnapshotFile(file, {
      // This thread does nothing else meanwhile: skip the per-chunk hop to the I/O thread.
      syncReads: true,
      edgesWorker: edgesPort !== undefined,
      edgesPort,
      onProgress: (read, total) => {
        // About every 10% so the caller can show life on big files without flooding.
        if (read - lastReported >= total / 10 || read === total) {
          lastReported = read;
          scope.postMessage({ progress: { read, total } });
        }
      },
    });
    const parseSeconds = (performance.now() - started) / 1000;
    // The edges worker (if any) has nothing left to do: its owner can stop it now.
    scope.postMessage({ parsed: true });
    if (retainers) {
      const scripts = await sidecarScripts(file);
      scope.postMessage({
        result: retainersIn(snapshot, retainers.target, retainers.limit, scripts),
      });
      releaseGraph(snapshot);
      return;
    }
    const result = await analyzeSnapshot(snapshot, await sidecarScripts(file), {
      idSizes,
      light,
      releaseGraph: true,
      holders: job.holders,
      entryCounts: job.entryCounts,
      distances: job.distances,
      baseline: job.growth
        ? () =>
          new Promise((resolve) => {
            baselineArrived = resolve;
            scope.postMessage({ needBaseline: true });
          })
        : undefined,
    });
    result.timings = { parse: Math.round(parseSeconds * 1000) / 1000, ...result.timings };
    // Freed before answering: the caller may start the next file's worker at once, while this
    // one is still being torn down.
    releaseGraph(snapshot);
    answer({ result }, [
      result.ids.buffer as ArrayBuffer,
      result.idShape.buffer as ArrayBuffer,
      ...(result.idSize ? [result.idSize.small.buffer as ArrayBuffer] : []),
      ...(result.holderEntries
        ? [
          result.holderEntries.ids.buffer as ArrayBuffer,
          result.holderEntries.counts.buffer as ArrayBuffer,
        ]
        : []),
      ...(result.arrayStores
        ? [
          result.arrayStores.ids.buffer as ArrayBuffer,
          result.arrayStores.bytes.buffer as ArrayBuffer,
        ]
        : []),
      result.groups.count.buffer as ArrayBuffer,
      result.shapes.objects.buffer as ArrayBuffer,
      result.shapes.count.buffer as ArrayBuffer,
      result.shapes.size.buffer as ArrayBuffer,
      result.classes.classOfShape.buffer as ArrayBuffer,
      result.classes.count.buffer as ArrayBuffer,
      result.classes.size.buffer as ArrayBuffer,
      result.classes.retained.buffer as ArrayBuffer,
      ...(result.classes.distance ? [result.classes.distance.buffer as ArrayBuffer] : []),
    ]);
  } catch (err) {
    const e = err as Error & { file?: string; offset?: number; detail?: string };
    answer({
      error: { name: e.name, message: e.message, file: e.file, offset: e.offset, detail: e.detail },
    });
  }
}
