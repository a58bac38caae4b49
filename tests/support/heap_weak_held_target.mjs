/**
 * Two heap snapshots (paths in its arguments) around 40 page views of a forecast page whose
 * widgets follow a station's readings through signals that hold subscribers weakly and drop
 * the collected ones on each emit: one keeps `method.bind(owner)` beside the WeakRef (the
 * bound handler holds the widget, so none is ever collected), the other keeps the method
 * unbound and calls it on what deref() returns (steady).
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

class UnboundSignal {
  #subscribers = [];

  subscribe(owner, method) {
    this.#subscribers.push({ ref: new WeakRef(owner), method });
  }

  emit(value) {
    this.#subscribers = this.#subscribers.filter((s) => s.ref.deref() !== undefined);
    for (const s of this.#subscribers) s.method.call(s.ref.deref(), value);
  }
}

class BoundSignal {
  #subscribers = [];

  subscribe(owner, method) {
    this.#subscribers.push({ ref: new WeakRef(owner), handler: method.bind(owner) });
  }

  emit(value) {
    this.#subscribers = this.#subscribers.filter((s) => s.ref.deref() !== undefined); // PRUNE
    for (const s of this.#subscribers) s.handler(value);
  }
}

class Widget {
  constructor(page) {
    this.page = page;
    this.rows = Array.from({ length: 8 }, (_, k) => `row ${k} of ${page}`);
  }

  onReading(value) {
    this.last = value;
  }
}

const wind = new BoundSignal();
const tide = new UnboundSignal();

function view(i) {
  wind.subscribe(new Widget(`wind-${i}`), Widget.prototype.onReading);
  tide.subscribe(new Widget(`tide-${i}`), Widget.prototype.onReading);
  wind.emit({ knots: i % 30 });
  tide.emit({ metres: (i % 12) / 10 });
}

// Each view is a job of its own, as a request is: a WeakRef keeps its target through the end of
// the job that made it, no longer.
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const [before, after] = process.argv.slice(2);
for (let i = 0; i < 40; i++) {
  view(i);
  await settle();
}
// The first snapshot in a process loads the snapshot code itself: not the program's growth.
writeHeapSnapshot(`${before}.warm-up`);
rmSync(`${before}.warm-up`);
writeHeapSnapshot(before);
for (let i = 40; i < 80; i++) {
  view(i);
  await settle();
}
// Collected widgets leave the unbound signal on its next emit.
writeHeapSnapshot(`${after}.warm-up`);
rmSync(`${after}.warm-up`);
await settle();
view(80);
await settle();
writeHeapSnapshot(after);
