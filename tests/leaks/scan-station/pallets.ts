import { Ring } from "./metrics.ts";

export interface Scan {
  station: string;
  pallet: string;
  barcode: string;
  sku: string;
  at: number;
}

export class ScanError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const STATIONS = new Set(["dock-1", "dock-2", "dock-3", "returns"]);
const SKU_CACHE_LIMIT = 64;

/** Cartons on each open pallet, by station then pallet; a closed pallet leaves. */
const openPallets = new Map<string, Map<string, Set<string>>>();
/** Barcode → SKU lookups (the WMS is slow), least recently used dropped past the limit. */
const skuCache = new Map<string, string>();
export const recentScans = new Ring<Scan>(32);

/** Pallet events for the forklift dispatcher; listeners come and go with each request. */
export const palletEvents = new EventTarget();

function skuOf(barcode: string): string {
  const hit = skuCache.get(barcode);
  if (hit !== undefined) {
    skuCache.delete(barcode);
    skuCache.set(barcode, hit);
    return hit;
  }
  let sum = 0;
  for (const ch of barcode) sum = (sum * 31 + ch.charCodeAt(0)) % 100_000;
  const sku = `SKU-${String(sum).padStart(5, "0")}`;
  skuCache.set(barcode, sku);
  if (skuCache.size > SKU_CACHE_LIMIT) skuCache.delete(skuCache.keys().next().value!);
  return sku;
}

function validEan13(code: string): boolean {
  if (!/^\d{13}$/.test(code)) return false;
  const digits = [...code].map(Number);
  const check = digits.pop()!;
  const sum = digits.reduce((acc, d, n) => acc + d * (n % 2 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === check;
}

export function recordScan(station: string, pallet: string, barcode: string): Scan {
  if (!STATIONS.has(station)) throw new ScanError(404, `no station ${station}`);
  if (!/^PAL-[A-Z0-9-]{3,30}$/.test(pallet)) throw new ScanError(400, "pallet is PAL-…");
  if (!validEan13(barcode)) throw new ScanError(422, `${barcode} is not an EAN-13`);
  let pallets = openPallets.get(station);
  if (!pallets) openPallets.set(station, pallets = new Map());
  let cartons = pallets.get(pallet);
  if (!cartons) pallets.set(pallet, cartons = new Set());
  cartons.add(barcode);
  const scan = { station, pallet, barcode, sku: skuOf(barcode), at: Date.now() };
  recentScans.add(scan);
  return scan;
}

export function closePallet(station: string, pallet: string): number {
  const pallets = openPallets.get(station);
  const cartons = pallets?.get(pallet);
  if (!pallets || !cartons) throw new ScanError(404, `${pallet} is not open at ${station}`);
  pallets.delete(pallet);
  if (pallets.size === 0) openPallets.delete(station);
  palletEvents.dispatchEvent(new CustomEvent("closed", { detail: { station, pallet } }));
  return cartons.size;
}

export function openCount(): number {
  let n = 0;
  for (const pallets of openPallets.values()) n += pallets.size;
  return n;
}
