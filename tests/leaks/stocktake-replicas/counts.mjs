export class CountError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Stock on hand by location and SKU, as last counted or adjusted. */
const stock = new Map([
  ["DC1/BOLT-M8-40", 1200],
  ["DC1/NUT-M8", 3400],
  ["DC1/WASHER-M8", 5100],
  ["DC1/HINGE-75-SS", 240],
]);

/**
 * Count ids recently applied. Scanners resend a count when they don't see the reply; a
 * count is only resent within seconds, so the last 64 are plenty.
 */
const applied = new Set();
const appliedOrder = [];
const DEDUPE_SIZE = 64;
const counters = { counts: 0, duplicates: 0, variances: 0 };

export function applyCount(body, log) {
  if (!body.countId || !body.location || !body.sku || typeof body.counted !== "number") {
    throw new CountError(400, "countId, location, sku and counted are required");
  }
  const key = `${body.location}/${body.sku}`;
  if (!stock.has(key)) throw new CountError(404, `unknown SKU ${body.sku} at ${body.location}`);
  if (applied.has(body.countId)) {
    counters.duplicates++;
    return { duplicate: true, countId: body.countId };
  }
  applied.add(body.countId);
  appliedOrder.push(body.countId);
  if (appliedOrder.length > DEDUPE_SIZE) applied.delete(appliedOrder.shift());

  const expected = stock.get(key);
  const variance = body.counted - expected;
  stock.set(key, body.counted);
  counters.counts++;
  if (variance !== 0) counters.variances++;
  const change = log.append({
    type: "stock.counted",
    location: body.location,
    sku: body.sku,
    onHand: body.counted,
    variance,
    countedBy: body.countedBy ?? "scanner",
  });
  return { duplicate: false, seq: change.seq, variance };
}

export function countStats() {
  return { ...counters, skus: stock.size };
}
