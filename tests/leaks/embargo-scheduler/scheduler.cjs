"use strict";

/**
 * Timed actions on stories (lift an embargo, publish at a set time). Jobs sit in a min-heap by
 * time and a tick runs whatever is due. Cancelling only marks the job: the tick skips it when
 * it comes up, which saves finding it in the heap.
 */
class Scheduler {
  #queue = [];
  #byStory = new Map();
  #seq = 0;

  constructor(run, { tickMs = 250 } = {}) {
    this.run = run;
    this.timer = setInterval(() => this.tick(Date.now()), tickMs);
    this.timer.unref();
  }

  schedule(story, at, payload, by) {
    const prev = this.#byStory.get(story);
    if (prev) prev.cancelled = true;
    const job = {
      id: ++this.#seq,
      story,
      at,
      payload,
      by,
      createdAt: Date.now(),
      cancelled: false,
    };
    this.#queue.push(job);
    this.#siftUp(this.#queue.length - 1);
    this.#byStory.set(story, job);
    return job;
  }

  cancel(story) {
    const job = this.#byStory.get(story);
    if (!job) return false;
    job.cancelled = true;
    this.#byStory.delete(story);
    return true;
  }

  pending(story) {
    return this.#byStory.get(story);
  }

  upcoming() {
    return [...this.#byStory.values()].sort((a, b) => a.at - b.at);
  }

  tick(now) {
    while (this.#queue.length && this.#queue[0].at <= now) {
      const job = this.#pop();
      if (job.cancelled) continue;
      this.#byStory.delete(job.story);
      try {
        this.run(job);
      } catch (err) {
        console.error(`job ${job.id} for ${job.story} failed:`, err);
      }
    }
  }

  #pop() {
    const top = this.#queue[0];
    const last = this.#queue.pop();
    if (this.#queue.length) {
      this.#queue[0] = last;
      this.#siftDown(0);
    }
    return top;
  }

  #siftUp(i) {
    const q = this.#queue;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (q[parent].at <= q[i].at) break;
      [q[parent], q[i]] = [q[i], q[parent]];
      i = parent;
    }
  }

  #siftDown(i) {
    const q = this.#queue;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < q.length && q[l].at < q[m].at) m = l;
      if (r < q.length && q[r].at < q[m].at) m = r;
      if (m === i) return;
      [q[m], q[i]] = [q[i], q[m]];
      i = m;
    }
  }

  stats() {
    return { scheduled: this.#byStory.size, nextJob: this.#seq + 1 };
  }
}

module.exports = { Scheduler };
