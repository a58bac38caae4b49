// A small in-process job queue: the web handlers enqueue, one worker works through the jobs in
// order. The worker starts the first time something is queued.
import { span } from "./tracing.mjs";

const handlers = new Map();
const queue = [];
const stats = { queued: 0, done: 0, failed: 0 };
let wake;
let worker;

export function registerHandler(kind, handler) {
  handlers.set(kind, handler);
}

export function enqueue(kind, payload) {
  if (!handlers.has(kind)) throw new Error(`no handler for ${kind} jobs`);
  queue.push({ kind, payload, queuedAt: Date.now() });
  stats.queued++;
  wake?.();
  worker ??= work();
}

async function nextJob() {
  while (queue.length === 0) await new Promise((resolve) => (wake = resolve));
  wake = undefined;
  return queue.shift();
}

async function work() {
  for (;;) {
    const job = await nextJob();
    const handler = handlers.get(job.kind);
    try {
      const waitedMs = Date.now() - job.queuedAt;
      await span(`job ${job.kind}`, { waitedMs }, () => handler(job.payload));
      stats.done++;
    } catch (err) {
      stats.failed++;
      console.error(`job ${job.kind} failed:`, err.message);
    }
  }
}

export function queueStats() {
  return { ...stats, waiting: queue.length };
}
