"use strict";

const { EventEmitter } = require("node:events");

let nextFlowId = 1;

/**
 * Parent/child jobs: the parent job is queued once all of its children have completed, with
 * their results under `data.children` (by child name).
 */
class FlowProducer extends EventEmitter {
  constructor(queues) {
    super();
    this.queues = queues;
    this.waitingChildren = new Map();
    this.childFailures = 0;
    for (const queue of Object.values(queues)) {
      queue.on("completed", (job, result) => this.#childCompleted(job, result));
      queue.on("failed", (job, err) => this.#childFailed(job, err));
    }
  }

  add({ name, queue, data, children }) {
    const parent = {
      id: `flow-${nextFlowId++}`,
      name,
      queue,
      data,
      pending: children.length,
      results: {},
      createdAt: Date.now(),
    };
    this.waitingChildren.set(parent.id, parent);
    for (const child of children) {
      this.queues[child.queue].add(child.name, child.data, { parentId: parent.id });
    }
    return parent.id;
  }

  #childCompleted(job, result) {
    const parent = this.waitingChildren.get(job.opts.parentId);
    if (!parent) return;
    parent.results[job.name] = result;
    parent.pending--;
    if (parent.pending === 0) {
      this.waitingChildren.delete(parent.id);
      const data = { ...parent.data, children: parent.results, flowId: parent.id };
      this.queues[parent.queue].add(parent.name, data);
    }
  }

  #childFailed(job, err) {
    if (!job.opts.parentId) return;
    this.childFailures++;
    this.emit("child-failed", { flowId: job.opts.parentId, child: job.name, reason: err.message });
  }

  stats() {
    return { waitingChildren: this.waitingChildren.size, childFailures: this.childFailures };
  }
}

module.exports = { FlowProducer };
