/**
 * The least any compare built on our parsed graph can cost, for the benchmark's floor rows:
 * what the two schedules pay before they do any of the analysis the report needs.
 *
 * - `both <before> <after>`: both files parsed at once, one worker each (as `--parallel`),
 *   and held; nothing else. Its peak RSS is the memory floor of having both graphs at once.
 * - `one-at-a-time <before> <after>`: each file parsed with its parse split over both cores
 *   (as `--sequential`), the first dropped before the second; then the second's dominator
 *   pass. Its wall time is the time floor of one file at a time (the baseline's analysis,
 *   classify, holders and ids come on top).
 *
 * Usage: deno run --allow-read bench/floor.ts both|one-at-a-time <before> <after>
 *
 * The second mode is a floor of time only: its first graph (shared arrays) is left to V8's
 * collector, not freed when a worker ends as in a compare.
 *
 * @module
 */

import { parseSnapshotFile } from "../heap/parse.ts";
import { computeDominators, typeCodes } from "../heap/model.ts";

const [mode, before, after] = Deno.args;
const started = performance.now();
const seconds = () => Math.round(performance.now() - started) / 1000;

if (self.name === "floor-parse") {
  // A worker of `both`: parse the file it is sent and keep it until terminated.
  const scope = self as unknown as {
    onmessage: ((event: MessageEvent<string>) => void) | null;
    postMessage(message: unknown): void;
  };
  scope.onmessage = async (e: MessageEvent<string>) => {
    const s = await parseSnapshotFile(e.data, { syncReads: true });
    (globalThis as { held?: unknown }).held = s;
    scope.postMessage(s.nodeCount);
  };
} else if (mode === "both") {
  const workers = [before, after].map(() =>
    new Worker(import.meta.url, { type: "module", name: "floor-parse" })
  );
  await Promise.all(workers.map((w, i) =>
    new Promise((resolve, reject) => {
      w.onmessage = resolve;
      w.onerror = reject;
      w.postMessage([before, after][i]);
    })
  ));
  console.log(JSON.stringify({ mode, parsedBoth: seconds() }));
  for (const w of workers) w.terminate();
} else if (mode === "one-at-a-time") {
  const times: Record<string, number> = {};
  const parsedBefore = await parseSnapshotFile(before, { syncReads: true, edgesWorker: true });
  times.parseBefore = seconds();
  times.nodesBefore = parsedBefore.nodeCount;
  const s = await parseSnapshotFile(after, { syncReads: true, edgesWorker: true });
  times.parseAfter = seconds();
  computeDominators(s, typeCodes(s));
  times.dominatorsAfter = seconds();
  console.log(JSON.stringify({ mode, ...times }));
} else {
  console.error("usage: bench/floor.ts both|one-at-a-time <before> <after>");
  Deno.exitCode = 2;
}
