/**
 * Client of the warehouse management system's stock API. The WMS is slow and allows a few
 * concurrent calls per client, so calls go through a limiter.
 */
import { createLimiter } from "./coalesce.ts";

export interface StockLevel {
  sku: string;
  onHand: number;
  reserved: number;
  available: number;
  locations: { bin: string; qty: number }[];
  checkedAt: string;
}

export class SkuNotFoundError extends Error {
  constructor(readonly sku: string, readonly upstreamStatus: number) {
    super(`WMS has no active item ${sku} (HTTP ${upstreamStatus})`);
    this.name = "SkuNotFoundError";
  }
}

const WMS_CONCURRENCY = 4;
const WMS_LATENCY_MS = 4;
const withSlot = createLimiter(WMS_CONCURRENCY);
export const wmsCalls = { total: 0, notFound: 0 };

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** GET {wms}/items/{sku}/stock: what the WMS would answer (retired items are 404). */
async function callWms(sku: string): Promise<StockLevel> {
  wmsCalls.total++;
  await new Promise((resolve) => setTimeout(resolve, WMS_LATENCY_MS));
  if (sku.startsWith("RETIRED-")) {
    wmsCalls.notFound++;
    throw new SkuNotFoundError(sku, 404);
  }
  const h = hash(sku);
  const onHand = h % 120;
  const reserved = Math.min(onHand, (h >>> 8) % 15);
  return {
    sku,
    onHand,
    reserved,
    available: onHand - reserved,
    locations: [
      { bin: `A-${(h >>> 4) % 40}`, qty: Math.ceil(onHand / 2) },
      { bin: `C-${(h >>> 12) % 25}`, qty: Math.floor(onHand / 2) },
    ],
    checkedAt: new Date().toISOString(),
  };
}

export function fetchStock(sku: string): Promise<StockLevel> {
  return withSlot(() => callWms(sku));
}
