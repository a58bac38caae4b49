/**
 * Two heap snapshots (paths in its arguments) around 40 rounds of a price board: each round a
 * new tick per symbol replaces the symbol's entry in a Map, and links the tick it replaces (for
 * the change shown on the board). The Map stays at two entries; each entry's chain grows.
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

const latest = new Map();

function tick(symbol, price, i) {
  const last = latest.get(symbol) ?? null;
  const quote = {
    symbol,
    price,
    at: new Date(1_700_000_000_000 + i * 1000).toISOString(),
    venue: `venue-${i % 3}`,
    before: last,
  };
  latest.set(symbol, quote);
}

function round(i) {
  tick("ACME", 100 + (i % 7), i);
  tick("GLOBEX", 50 + (i % 5), i);
}

const [before, after] = process.argv.slice(2);
for (let i = 0; i < 40; i++) round(i);
// The first snapshot in a process loads the snapshot code itself: not the program's growth.
writeHeapSnapshot(`${before}.warm-up`);
rmSync(`${before}.warm-up`);
writeHeapSnapshot(before);
for (let i = 40; i < 80; i++) round(i);
writeHeapSnapshot(after);
