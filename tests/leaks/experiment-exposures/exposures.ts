import type { Assignment } from "./experiments.ts";

/** Exposures waiting for the next batch to the analytics pipeline. */
const pending: Assignment[] = [];
/** What each request was assigned, for support's "why did this customer see that" lookups. */
export const assignmentsByRequest = new Map<string, Assignment[]>();

export const stats = { batches: 0, sent: 0, lastBatchAt: 0 };

export function recordExposure(requestId: string, assignment: Assignment): void {
  pending.push(assignment);
  const forRequest = assignmentsByRequest.get(requestId);
  if (forRequest) forRequest.push(assignment);
  else assignmentsByRequest.set(requestId, [assignment]);
}

function flush(): void {
  if (pending.length === 0) return;
  const batch = pending.splice(0, pending.length);
  // The analytics pipeline would get `batch` here; we count it.
  const perVariant: Record<string, number> = {};
  for (const a of batch) {
    const k = `${a.experiment}/${a.variant}`;
    perVariant[k] = (perVariant[k] ?? 0) + 1;
  }
  stats.batches++;
  stats.sent += batch.length;
  stats.lastBatchAt = Date.now();
}

setInterval(flush, 200);
