import { renderQueue } from "./queue.mjs";

const RESULTS_KEPT = 100;
const results = new Map();

function formatCents(cents, currency) {
  return new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(cents / 100);
}

function renderReceipt({ order, customer, lines, currency }) {
  const rows = lines.map((l) =>
    `${l.qty} × ${l.description.padEnd(24)} ${formatCents(l.qty * l.unitCents, currency)}`
  );
  const total = lines.reduce((sum, l) => sum + l.qty * l.unitCents, 0);
  return [`Receipt ${order}`, `for ${customer}`, ...rows, `Total ${formatCents(total, currency)}`]
    .join("\n");
}

/** The render worker: takes jobs one by one for as long as the process lives. */
export async function runWorker() {
  for (;;) {
    const job = await renderQueue.take();
    const text = renderReceipt(job.payload);
    results.set(job.id, { text, renderedAt: Date.now(), waitedMs: Date.now() - job.enqueuedAt });
    if (results.size > RESULTS_KEPT) results.delete(results.keys().next().value);
  }
}

export function resultFor(id) {
  return results.get(id);
}
