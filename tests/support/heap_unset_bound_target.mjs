/**
 * Two heap snapshots (paths in its arguments) around 60 rounds of an audit trail capped at
 * `max` entries: the service passes `{ keepMs }` only, so the constructor's default (taken only
 * when no options object is given) never applies and `#max` is undefined: the cap's loop never
 * runs.
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

class CappedLog {
  #items = [];
  #max;
  #keepMs;

  constructor({ max, keepMs } = { max: 100, keepMs: 60_000 }) {
    this.#max = max; // MAX-SET
    this.#keepMs = keepMs;
  }

  add(entry) {
    this.#items.push({ ...entry, at: Date.now() }); // ADD
    while (this.#items.length > this.#max) this.#items.shift(); // CAP
  }

  get size() {
    return this.#items.length;
  }
}

const audit = new CappedLog({ keepMs: 30_000 });

function round(i) {
  audit.add({ user: `u-${i % 9}`, action: "login", ip: `10.0.0.${i % 250}` });
}

const [before, after] = process.argv.slice(2);
for (let i = 0; i < 60; i++) round(i);
// The first snapshot in a process loads the snapshot code itself: not the program's growth.
writeHeapSnapshot(`${before}.warm-up`);
rmSync(`${before}.warm-up`);
writeHeapSnapshot(before);
for (let i = 60; i < 120; i++) round(i);
writeHeapSnapshot(after);
