const Bottleneck = require("bottleneck");

// Two exports build at a time; trackDoneStatus lets GET /exports/:id answer DONE once a job
// has finished (jobStatus() forgets a job as soon as it completes otherwise).
const exportLimiter = new Bottleneck({
  maxConcurrent: 2,
  minTime: 0,
  trackDoneStatus: true,
  id: "exports",
});

// The last 50 finished exports' summaries, for GET /exports/:id.
const RECENT_LIMIT = 50;
const recentSummaries = new Map();

function remember(id, summary) {
  recentSummaries.set(id, summary);
  if (recentSummaries.size > RECENT_LIMIT) {
    recentSummaries.delete(recentSummaries.keys().next().value);
  }
}

function fakeLedger(spec) {
  const rows = [];
  const start = Date.parse(spec.from);
  for (let n = 0; n < 40; n++) {
    rows.push({
      date: new Date(start + n * 86_400_000).toISOString().slice(0, 10),
      reference: `${spec.report.slice(0, 3).toUpperCase()}-${1000 + n}`,
      amountCents: ((n * 7919) % 50_000) + 100,
    });
  }
  return rows;
}

async function buildExport(spec) {
  // Stand-in for the warehouse query: yield once, as real I/O would.
  await new Promise((resolve) => setImmediate(resolve));
  const rows = fakeLedger(spec);
  const totalCents = rows.reduce((sum, r) => sum + r.amountCents, 0);
  const body = spec.format === "json" ? JSON.stringify(rows) : [
    "date,reference,amount",
    ...rows.map((r) => `${r.date},${r.reference},${r.amountCents / 100}`),
  ]
    .join("\n");
  return { rows: rows.length, bytes: Buffer.byteLength(body), totalCents, currency: spec.currency };
}

async function submitExport(id, spec) {
  const existing = exportLimiter.jobStatus(id);
  if (existing) return { status: existing, summary: recentSummaries.get(id) ?? null };
  const priority = spec.report === "vat-summary" ? 3 : 5;
  const summary = await exportLimiter.schedule({ id, priority }, buildExport, spec);
  remember(id, { ...summary, finishedAt: new Date().toISOString() });
  return { status: "DONE", summary };
}

function exportStatus(id) {
  const status = exportLimiter.jobStatus(id);
  if (!status) return null;
  return { id, status, summary: recentSummaries.get(id) ?? null };
}

function queueCounts() {
  return exportLimiter.counts();
}

module.exports = { exportLimiter, submitExport, exportStatus, queueCounts };
