/**
 * Three heap snapshots (paths in its arguments) around a cache of autosaved drafts bounded by
 * size: a draft's size is counted in as its text's length, but an evicted draft is counted out
 * by its encoded size, a little larger for accented text. Full at the first snapshot, it evicts
 * every draft of the first run by the end, and keeps a few more each run. With `fixed` it
 * counts both ways alike and stays at its bound.
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

const fixed = process.argv[5] === "fixed";

class DraftCache {
  #entries = new Map();
  #bytes = 0;
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
  }
  set(key, draft) {
    this.#entries.set(key, draft); // ADD
    this.#bytes += draft.text.length;
    while (this.#bytes > this.maxBytes && this.#entries.size > 1) {
      const [oldestKey, oldest] = this.#entries.entries().next().value;
      this.#entries.delete(oldestKey); // REMOVE
      this.#bytes -= fixed ? oldest.text.length : oldest.encodedSize;
    }
  }
}

const drafts = new DraftCache(64 * 1024);
const save = (i) => {
  const text = `Brouillon n°${i} : ` + "résumé à revoir, ".repeat(6) + "note to self, ".repeat(20);
  drafts.set(`draft-${i}`, { text, encodedSize: Buffer.byteLength(text), savedAt: Date.now() });
};

const [before, after, final] = process.argv.slice(2);
let n = 0;
for (; n < 400; n++) save(n);
// The first snapshot in a process loads the snapshot code itself: not the program's growth.
writeHeapSnapshot(`${before}.warm-up`);
rmSync(`${before}.warm-up`);
writeHeapSnapshot(before);
for (const end = n + 200; n < end; n++) save(n);
writeHeapSnapshot(after);
for (const end = n + 200; n < end; n++) save(n);
writeHeapSnapshot(final);
