// The render worker: takes jobs off render:queue, renders the document and publishes the
// outcome on render:done. Woken by render:wake, and every 250 ms in case a wake-up was missed.
const { createHash } = require("node:crypto");
const { workerConn } = require("./redis.cjs");

const wakeConn = workerConn.duplicate();
let draining = false;

function renderDocument(job) {
  const lines = Object.entries(job.data).map(([k, v]) => `${k.padEnd(14)} ${v}`);
  const body = [`== ${job.template.toUpperCase()} ==`, ...lines, "", "Thank you for your business."]
    .join("\n");
  return {
    pages: 1 + Math.floor(body.length / 1800),
    bytes: Buffer.byteLength(body),
    checksum: createHash("sha1").update(body).digest("hex"),
  };
}

async function drain() {
  if (draining) return;
  draining = true;
  try {
    for (;;) {
      const raw = await workerConn.rpop("render:queue");
      if (!raw) break;
      const job = JSON.parse(raw);
      const result = { ...renderDocument(job), renderedAt: new Date().toISOString() };
      if (!job.draft) {
        await workerConn.set(`render:result:${job.docHash}`, JSON.stringify(result), "EX", 3600);
      }
      await workerConn.publish("render:done", JSON.stringify({ jobId: job.jobId, result }));
    }
  } finally {
    draining = false;
  }
}

async function startWorker() {
  await wakeConn.subscribe("render:wake");
  wakeConn.on("message", () => drain().catch((err) => console.error("worker", err)));
  setInterval(() => drain().catch((err) => console.error("worker", err)), 250).unref();
}

module.exports = { startWorker };
