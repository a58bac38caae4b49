/**
 * Two heap snapshots (paths in its arguments) around 40 rounds of a feed that keeps one
 * handler per topic: each watch wraps the topic's current handler in a new one that calls it
 * and then the new watcher, and puts the wrapper in the Map. The Map stays at one entry; its
 * value nests every earlier handler.
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

const handlers = new Map();

function watch(topic, fn) {
  const current = handlers.get(topic);
  const chained = current ? (event) => (current(event), fn(event)) : fn;
  handlers.set(topic, chained); // the set
}

function round(i) {
  const seen = { id: `watcher-${i}`, events: [] };
  watch("prices", (event) => seen.events.push(event));
}

const [before, after] = process.argv.slice(2);
for (let i = 0; i < 40; i++) round(i);
// The first snapshot in a process loads the snapshot code itself: not the program's growth.
writeHeapSnapshot(`${before}.warm-up`);
rmSync(`${before}.warm-up`);
writeHeapSnapshot(before);
for (let i = 40; i < 80; i++) round(i);
writeHeapSnapshot(after);
