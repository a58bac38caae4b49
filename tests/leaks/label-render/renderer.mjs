import { AsyncSeriesHook, SyncHook, SyncWaterfallHook } from "tapable";

/**
 * Renders labels one at a time (the printers' font rasteriser is not re-entrant), with
 * webpack-style hooks for plugins: beforeRender may rewrite a job, done hears every finished
 * label (or its error), failed every error.
 */
export class LabelRenderer {
  constructor(templates) {
    this.templates = templates;
    this.hooks = {
      beforeRender: new SyncWaterfallHook(["job"]),
      done: new AsyncSeriesHook(["result"]),
      failed: new SyncHook(["job", "error"]),
    };
    this.queue = [];
    this.busy = false;
    this.stats = { rendered: 0, failed: 0, longestQueue: 0 };
  }

  submit(job) {
    this.queue.push(job);
    this.stats.longestQueue = Math.max(this.stats.longestQueue, this.queue.length);
    if (!this.busy) setImmediate(() => this.#drain());
  }

  async #drain() {
    if (this.busy) return;
    this.busy = true;
    while (this.queue.length > 0) {
      const job = this.queue.shift();
      let result;
      try {
        const prepared = this.hooks.beforeRender.call(job);
        const template = this.templates[prepared.template];
        if (!template) throw new Error(`unknown template "${prepared.template}"`);
        result = {
          id: job.id,
          template: prepared.template,
          svg: template(prepared.fields),
          renderedAt: Date.now(),
        };
        this.stats.rendered++;
      } catch (error) {
        this.stats.failed++;
        this.hooks.failed.call(job, error);
        result = { id: job.id, template: job.template, error: error.message };
      }
      await this.hooks.done.promise(result);
    }
    this.busy = false;
  }
}
