import { EventEmitter } from "node:events";

let seq = 0;

/** In-process job queue: FIFO, bounded concurrency, retries with exponential backoff. */
export class Queue extends EventEmitter {
  waiting = [];
  active = 0;
  counts = { completed: 0, failed: 0 };

  constructor(name, processor, { concurrency = 2, attempts = 1, backoffMs = 10 } = {}) {
    super();
    Object.assign(this, { name, processor, concurrency, attempts, backoffMs });
  }

  add(name, data, opts = {}) {
    const job = { id: `${this.name}-${++seq}`, name, data, opts, attemptsMade: 0 };
    this.waiting.push(job);
    queueMicrotask(() => this.#pump());
    return job;
  }

  #pump() {
    while (this.active < this.concurrency && this.waiting.length > 0) {
      const job = this.waiting.shift();
      this.active++;
      this.#run(job).finally(() => {
        this.active--;
        this.#pump();
      });
    }
  }

  async #run(job) {
    try {
      const result = await this.processor(job);
      this.counts.completed++;
      this.emit("completed", job, result);
    } catch (err) {
      if (err.retryable !== false && ++job.attemptsMade < this.attempts) {
        const retry = () => {
          this.waiting.push(job);
          this.#pump();
        };
        setTimeout(retry, this.backoffMs * 2 ** job.attemptsMade);
        return;
      }
      this.counts.failed++;
      this.emit("failed", job, err);
    }
  }
}

/** Parent jobs that run once their children are done; a child that fails fails its parent. */
export class FlowProducer extends EventEmitter {
  waitingChildren = new Map();

  constructor(queues) {
    super();
    this.queues = queues;
    for (const queue of Object.values(queues)) {
      queue.on("completed", (job, result) => this.#settle(job, result, null));
      queue.on("failed", (job, err) => this.#settle(job, null, err));
    }
  }

  add({ name, queue, data, children }) {
    const flow = { id: `flow-${++seq}`, name, queue, data, pending: children.length, results: {} };
    this.waitingChildren.set(flow.id, flow);
    for (const c of children) this.queues[c.queue].add(c.name, c.data, { flowId: flow.id });
    return flow.id;
  }

  #settle(job, result, err) {
    const flow = this.waitingChildren.get(job.opts.flowId);
    if (!flow) return;
    if (err) {
      this.waitingChildren.delete(flow.id);
      this.emit("flow-failed", flow, job.name, err);
      return;
    }
    flow.results[job.name] = result;
    if (--flow.pending > 0) return;
    this.waitingChildren.delete(flow.id);
    this.queues[flow.queue].add(flow.name, {
      ...flow.data,
      children: flow.results,
      flowId: flow.id,
    });
  }
}
