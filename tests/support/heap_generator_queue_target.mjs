/**
 * Node's twin of `heap_generator_queue_target.ts`: two heap snapshots (paths in its arguments)
 * around 20 orders fed through one loop over two topics' streams interleaved by
 * `Promise.race`, whose quiet stream's unanswered next() calls queue on its generator.
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

class Topic {
  #backlog = [];
  #readers = [];

  publish(value) {
    const reader = this.#readers.shift();
    if (reader) reader(value);
    else this.#backlog.push(value);
  }

  #read() {
    if (this.#backlog.length > 0) return Promise.resolve(this.#backlog.shift());
    return new Promise((resolve) => this.#readers.push(resolve));
  }

  async *stream() {
    while (true) yield await this.#read();
  }
}

async function* interleave(...streams) {
  while (true) {
    const { result } = await Promise.race(
      streams.map((stream) => stream.next().then((result) => ({ result }))), // RACE
    );
    if (result.done) return;
    yield result.value;
  }
}

const orders = new Topic();
const outages = new Topic();
let handled = 0;

async function dispatch() {
  for await (const _event of interleave(orders.stream(), outages.stream())) handled++;
}

dispatch();
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const [before, after] = process.argv.slice(2);
for (let i = 0; i < 10; i++) {
  orders.publish({ id: i, total: 10 * i });
  await settle();
}
// The first snapshot in a process loads the snapshot code itself: not the program's growth.
writeHeapSnapshot(`${before}.warm-up`);
rmSync(`${before}.warm-up`);
writeHeapSnapshot(before);
for (let i = 10; i < 30; i++) {
  orders.publish({ id: i, total: 10 * i });
  await settle();
}
writeHeapSnapshot(after);
console.log(handled);
process.exit(0);
