/**
 * Writes two heap snapshots of itself (paths in its arguments) around 20 orders fed through
 * one loop over two topics' streams interleaved by `Promise.race`: each turn calls next() on
 * both streams again, so the quiet one's unanswered calls queue on its generator.
 */

import { writeHeapSnapshot } from "node:v8";

class Topic<T> {
  #backlog: T[] = [];
  #readers: ((value: T) => void)[] = [];

  publish(value: T) {
    const reader = this.#readers.shift();
    if (reader) reader(value);
    else this.#backlog.push(value);
  }

  #read(): Promise<T> {
    if (this.#backlog.length > 0) return Promise.resolve(this.#backlog.shift()!);
    return new Promise((resolve) => this.#readers.push(resolve));
  }

  async *stream(): AsyncGenerator<T> {
    while (true) yield await this.#read();
  }
}

async function* interleave<T>(...streams: AsyncIterator<T>[]): AsyncGenerator<T> {
  while (true) {
    const { result } = await Promise.race(
      streams.map((stream) => stream.next().then((result) => ({ result }))), // RACE
    );
    if (result.done) return;
    yield result.value;
  }
}

const orders = new Topic<{ id: number; total: number }>();
const outages = new Topic<{ site: string }>();
let handled = 0;

async function dispatch() {
  for await (const _event of interleave<unknown>(orders.stream(), outages.stream())) handled++;
}

dispatch();
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const [before, after] = Deno.args;
for (let i = 0; i < 10; i++) {
  orders.publish({ id: i, total: 10 * i });
  await settle();
}
// The first snapshot in a process loads the snapshot code itself: not the program's growth.
writeHeapSnapshot(`${before}.warm-up`);
await Deno.remove(`${before}.warm-up`);
writeHeapSnapshot(before);
for (let i = 10; i < 30; i++) {
  orders.publish({ id: i, total: 10 * i });
  await settle();
}
writeHeapSnapshot(after);
console.log(handled);
Deno.exit(0);
