import { fetchPrice, type SupplierPrice } from "./suppliers.ts";

const TIMEOUT_MS = 80;
const CACHE_MAX = 32;
const CACHE_TTL_MS = 250;

export class SupplierTimeout extends Error {
  constructor(readonly supplier: string) {
    super(`${supplier} did not answer within ${TIMEOUT_MS} ms`);
  }
}

/** Prices by supplier and glass; suppliers change them daily but we don't want stale ones. */
const cache = new Map<string, { price: SupplierPrice; at: number }>();
/** Calls waiting on a supplier, for the ops page. */
const inflight = new Map<number, { supplier: string; glass: string; since: number }>();
/** The last 20 supplier failures. */
const failures: { supplier: string; glass: string; reason: string; at: number }[] = [];
let callSeq = 0;

export async function priceFor(supplier: string, glass: string): Promise<SupplierPrice> {
  const key = `${supplier}|${glass}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_TTL_MS) return hit.price;

  const id = ++callSeq;
  const controller = new AbortController();
  const timer: ReturnType<typeof setTimeout> = setTimeout(
    () => controller.abort(new SupplierTimeout(supplier)),
    TIMEOUT_MS,
  );
  inflight.set(id, { supplier, glass, since: Date.now() });
  try {
    const price = await fetchPrice(supplier, glass, controller.signal);
    cache.delete(key);
    cache.set(key, { price, at: Date.now() });
    if (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value!);
    return price;
  } catch (err) {
    failures.push({ supplier, glass, reason: (err as Error).message, at: Date.now() });
    if (failures.length > 20) failures.shift();
    throw err;
  } finally {
    clearTimeout(timer);
    inflight.delete(id);
  }
}

export function priceStats() {
  return { cached: cache.size, inflight: inflight.size, failures: failures.slice(-5) };
}
