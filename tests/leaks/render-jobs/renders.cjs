const { createHash, randomUUID } = require("node:crypto");
const { redis, subscriber } = require("./redis.cjs");

// Requests waiting for their job's outcome on render:done, by job id.
const pendingRenders = new Map();

async function listenForResults() {
  await subscriber.subscribe("render:done");
  subscriber.on("message", (channel, message) => {
    if (channel !== "render:done") return;
    const { jobId, result } = JSON.parse(message);
    const waiter = pendingRenders.get(jobId);
    if (!waiter) return;
    pendingRenders.delete(jobId);
    waiter.resolve(result);
  });
}

function waitForJob(jobId, docHash) {
  return new Promise((resolve, reject) => {
    pendingRenders.set(jobId, { resolve, reject, docHash, requestedAt: Date.now() });
  });
}

function docHashOf(template, data) {
  return createHash("sha256").update(template).update(JSON.stringify(data)).digest("hex");
}

/**
 * Renders a document through the worker. Final documents are cached by content for an hour,
 * drafts are always rendered fresh.
 */
async function requestRender(template, data, { draft = false } = {}) {
  const jobId = randomUUID();
  const docHash = docHashOf(template, data);
  // Listen before enqueueing: a fast worker can publish before we would be waiting.
  const done = waitForJob(jobId, docHash);

  if (!draft) {
    const cached = await redis.get(`render:result:${docHash}`);
    if (cached) return { jobId, docHash, cached: true, ...JSON.parse(cached) };
  }

  await redis.lpush("render:queue", JSON.stringify({ jobId, docHash, template, data, draft }));
  await redis.publish("render:wake", jobId);
  const result = await done;
  return { jobId, docHash, cached: false, ...result };
}

async function renderStats() {
  return {
    waiting: pendingRenders.size,
    queued: await redis.llen("render:queue"),
    cachedDocuments: (await redis.keys("render:result:*")).length,
  };
}

module.exports = { listenForResults, requestRender, renderStats };
