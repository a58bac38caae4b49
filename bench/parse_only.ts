/**
 * Our streaming parser alone on one file, for the benchmark's parser row.
 *
 * Usage: deno run --allow-read bench/parse_only.ts <file> [split]
 *
 * With `split`, the edges section is read by a second worker meanwhile (as one file at a time
 * does in the compare); without, on this thread alone (as two files at once do).
 *
 * @module
 */

import { parseSnapshotFile } from "../heap/mod.ts";

const started = performance.now();
// As the compare's workers read (synchronously: the thread has nothing else to do).
const s = await parseSnapshotFile(Deno.args[0], {
  syncReads: true,
  edgesWorker: Deno.args[1] === "split",
});
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, nodes: s.nodeCount, edges: s.edgeCount }));
