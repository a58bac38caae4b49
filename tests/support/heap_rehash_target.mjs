/**
 * Three heap snapshots (paths in its arguments) around a hand-written hash map (buckets in an
 * array, doubled past a load factor) that keeps every session it is given. More sessions come
 * between the after and the final snapshot, enough for a rehash: the table the after snapshot
 * holds is gone by the end, its entries moved into new buckets of a new table.
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

class HashMap {
  table = new Array(16);
  size = 0;
  #index(hash, length = this.table.length) {
    return hash & (length - 1);
  }
  set(key, value) {
    let hash = 0;
    for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) | 0;
    const bucket = this.table[this.#index(hash)] ??= [];
    bucket.push({ hash, key, value }); // ADD
    if (++this.size > this.table.length * 0.75) this.#grow();
  }
  #grow() {
    const next = new Array(this.table.length * 2);
    for (const bucket of this.table) {
      if (!bucket) continue;
      for (const e of bucket) (next[this.#index(e.hash, next.length)] ??= []).push(e);
    }
    this.table = next;
  }
}

const sessions = new HashMap();
const open = (i) =>
  sessions.set(`s-${i}`, { id: i, user: `user${i}@example.org`, started: Date.now() });

const [before, after, final] = process.argv.slice(2);
for (let i = 0; i < 100; i++) open(i);
// The first snapshot in a process loads the snapshot code itself: not the program's growth.
writeHeapSnapshot(`${before}.warm-up`);
rmSync(`${before}.warm-up`);
writeHeapSnapshot(before);
for (let i = 100; i < 300; i++) open(i);
writeHeapSnapshot(after);
for (let i = 300; i < 700; i++) open(i);
writeHeapSnapshot(final);
