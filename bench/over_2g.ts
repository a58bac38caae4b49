/**
 * Checks that byte offsets stay exact past 2 GB (and 4 GB of 32-bit wrap-around would show
 * too): writes a small valid snapshot with ~2.3 GB of JSON whitespace before its `edges`
 * section, and an edge pointing past the nodes; the parser must stream through it and
 * name the exact byte of that edge's `to_node`. The file is deleted afterwards.
 *
 * Usage: deno run --allow-read=bench/data --allow-write=bench/data bench/over_2g.ts
 *
 * @module
 */

import { parseSnapshotFile, SnapshotParseError } from "../heap/mod.ts";
import { snapshotText } from "../tests/heap/support/snapshot_fixtures.ts";

const dir = new URL("./data/", import.meta.url).pathname;
await Deno.mkdir(dir, { recursive: true });
const path = `${dir}over-2g.heapsnapshot`;
const text = snapshotText({ edges: [1, 0, 5, 2, 1, 15, 1, 1, 10] });
const cut = text.indexOf('"edges"');
const encoder = new TextEncoder();
const file = await Deno.open(path, { write: true, create: true, truncate: true });
try {
  await file.write(encoder.encode(text.slice(0, cut)));
  const pad = new Uint8Array(64 << 20).fill(0x20);
  let written = cut;
  while (written < 2_300_000_000) {
    let n = 0;
    while (n < pad.length) n += await file.write(pad.subarray(n));
    written += pad.length;
  }
  await file.write(encoder.encode(text.slice(cut)));
  file.close();
  const expected = written + text.slice(cut).indexOf("15");
  const started = performance.now();
  try {
    await parseSnapshotFile(path);
    console.error("FAILED: the bad edge was not reported");
    Deno.exitCode = 1;
  } catch (e) {
    if (!(e instanceof SnapshotParseError)) throw e;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const ok = e.offset === expected;
    console.log(`${ok ? "ok" : "FAILED"}: offset ${e.offset}, expected ${expected} (${seconds} s)`);
    console.log(e.message);
    if (!ok) Deno.exitCode = 1;
  }
} finally {
  await Deno.remove(path).catch(() => {});
}
