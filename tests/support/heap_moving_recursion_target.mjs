/**
 * Three heap snapshots (paths in its arguments) around a job worker written as async recursion:
 * each call takes the next job from a queue (waiting on a promise the queue resolves) and
 * returns a call of itself, so each call's promise is resolved with the next one's and the
 * chain grows by one per job. More jobs run between the after and the final snapshot, so the
 * call the recursion had reached at "after" has settled by the end: the chain's kept part is
 * reached through newer calls.
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

class JobQueue {
  #items = [];
  #waiting = [];
  push(item) {
    const resolve = this.#waiting.shift();
    if (resolve) resolve(item);
    else this.#items.push(item);
  }
  take() {
    if (this.#items.length) return Promise.resolve(this.#items.shift());
    return new Promise((resolve) => this.#waiting.push(resolve));
  }
}

const jobs = new JobQueue();
let done = 0;

async function work() {
  const job = await jobs.take();
  done += job.pages;
  return work(); // ADD
}
work();

async function run(from, to) {
  for (let i = from; i < to; i++) {
    jobs.push({ id: i, pages: i % 7, title: `report ${i}` });
    await new Promise((r) => setImmediate(r));
  }
}

const [before, after, final] = process.argv.slice(2);
await run(0, 100);
// The first snapshot in a process loads the snapshot code itself: not the program's growth.
writeHeapSnapshot(`${before}.warm-up`);
rmSync(`${before}.warm-up`);
writeHeapSnapshot(before);
await run(100, 300);
writeHeapSnapshot(after);
await run(300, 500);
writeHeapSnapshot(final);
