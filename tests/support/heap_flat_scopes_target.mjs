/**
 * Two heap snapshots (paths in its arguments) around 40 rounds of a scope container: every
 * scope is added to the root's `#open`, but a disposed scope is taken out of its parent's, so
 * each round's quote scope (a child of a request scope) stays in the root's set and keeps its
 * request scope through `#parent`. A flat set of its owner's class: one entry a round, not a
 * tree's two nodes.
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

class Scope {
  #parent;
  #root;
  #open = new Set();
  #services = new Map();

  constructor(parent, label) {
    this.#parent = parent;
    this.#root = parent ? parent.#root : this;
    this.label = label;
  }

  child(label) {
    const scope = new Scope(this, label);
    this.#root.#open.add(scope); // ADD
    return scope;
  }

  provide(name, value) {
    this.#services.set(name, value);
  }

  dispose() {
    if (this.#parent) this.#parent.#open.delete(this); // REMOVE
  }
}

const root = new Scope(null, "root");

function round(i) {
  const request = root.child(`request ${i}`);
  request.provide("context", { requestId: `req-${i}`, clinic: "riverside" });
  const quote = request.child(`quote ${i}`);
  quote.provide("calculator", { lines: [`CBC ${i}`, `UA ${i}`], total: i * 3 });
  quote.dispose();
  request.dispose();
}

const [before, after] = process.argv.slice(2);
for (let i = 0; i < 40; i++) round(i);
// The first snapshot in a process loads the snapshot code itself: not the program's growth.
writeHeapSnapshot(`${before}.warm-up`);
rmSync(`${before}.warm-up`);
writeHeapSnapshot(before);
for (let i = 40; i < 80; i++) round(i);
writeHeapSnapshot(after);
