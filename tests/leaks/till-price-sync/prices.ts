export interface PriceChange {
  seq: number;
  sku: string;
  description: string;
  oldPrice: number | null;
  newPrice: number;
  currency: string;
  effectiveFrom: string;
  reason: string;
  by: string;
}

export class SyncError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Current shelf prices by SKU (pence). */
const shelf = new Map<string, number>([
  ["5000112637922", 185],
  ["5010029000023", 325],
  ["5000169005033", 110],
]);
/** The most recent changes; a till further behind than this does a full price-file load. */
const log: PriceChange[] = [];
const LOG_SIZE = 64;
let seq = 0;

export function recordChange(body: Partial<PriceChange>): PriceChange {
  if (!body.sku || typeof body.newPrice !== "number") {
    throw new SyncError(400, "sku and newPrice are required");
  }
  const change: PriceChange = {
    seq: ++seq,
    sku: body.sku,
    description: body.description ?? "",
    oldPrice: shelf.get(body.sku) ?? null,
    newPrice: body.newPrice,
    currency: body.currency ?? "GBP",
    effectiveFrom: body.effectiveFrom ?? new Date().toISOString(),
    reason: body.reason ?? "",
    by: body.by ?? "pricing",
  };
  // promotional SKUs come and go daily; only the standing range lives on the shelf map
  if (shelf.has(body.sku)) shelf.set(body.sku, body.newPrice);
  log.push(change);
  if (log.length > LOG_SIZE) log.shift();
  return change;
}

export function head(): number {
  return seq;
}

/** Changes after `cursor`, at most `limit`; null when the log no longer reaches back that far. */
export function changesAfter(cursor: number, limit: number): PriceChange[] | null {
  if (log.length > 0 && cursor < log[0].seq - 1) return null;
  return log.filter((c) => c.seq > cursor).slice(0, limit);
}
