/**
 * The memory floor of comparing two files at once, for the benchmark's floor row: both
 * files parsed at the same time, one worker each (as `--parallel` does), and held; nothing
 * else. Any schedule that holds both parsed graphs at once peaks at least this high before
 * it does any of the analysis the report needs (the target's dominator pass alone adds
 * ~30 B per node on top).
 *
 * Usage: deno run --allow-read bench/floor.ts <before> <after>
 *
 * @module
 */

import { parseSnapshotFile } from "../heap/mod.ts";

if (self.name === "floor-parse") {
  // A worker: parse the file it is sent and keep it until terminated.
  const scope = self as unknown as {
    onmessage: ((event: MessageEvent<string>) => void) | null;
    postMessage(message: unknown): void;
  };
  scope.onmessage = async (e: MessageEvent<string>) => {
    const s = await parseSnapshotFile(e.data, { syncReads: true });
    (globalThis as { held?: unknown }).held = s;
    scope.postMessage(s.nodeCount);
  };
} else {
  const files = Deno.args.slice(0, 2);
  if (files.length !== 2) {
    console.error("usage: bench/floor.ts <before> <after>");
    Deno.exit(2);
  }
  const started = performance.now();
  const workers = files.map(() =>
    new Worker(import.meta.url, { type: "module", name: "floor-parse" })
  );
  await Promise.all(workers.map((w, i) =>
    new Promise((resolve, reject) => {
      w.onmessage = resolve;
      w.onerror = reject;
      w.postMessage(files[i]);
    })
  ));
  const seconds = Math.round(performance.now() - started) / 1000;
  console.log(JSON.stringify({ parsedBoth: seconds }));
  for (const w of workers) w.terminate();
}
