import type { GainTable } from "./prescription.ts";

// Gain tables are only worth keeping while some fitting session still uses them, so the cache
// holds them weakly and forgets a slot once its table has been collected.
const tables = new Map<string, WeakRef<GainTable>>();

export const cacheStats = { hits: 0, misses: 0, collected: 0, lastCollected: "" };

const tableFinalizer = new FinalizationRegistry<{ slot: string; describe: () => string }>(
  ({ slot, describe }) => {
    cacheStats.collected++;
    cacheStats.lastCollected = describe();
    if (tables.get(slot)?.deref() === undefined) tables.delete(slot);
  },
);

/** The table for a patient's ear on one device model, computed again when the audiogram changed. */
export function gainTableFor(
  slot: string,
  audiogramId: string,
  compute: () => GainTable,
): GainTable {
  const cached = tables.get(slot)?.deref();
  if (cached && cached.audiogramId === audiogramId) {
    cacheStats.hits++;
    return cached;
  }
  cacheStats.misses++;
  const table = compute();
  tables.set(slot, new WeakRef(table));
  tableFinalizer.register(table, { slot, describe: () => `${slot} (${table.summary})` });
  return table;
}

export function cachedSlots(): number {
  return tables.size;
}
