/**
 * Glass suppliers' price APIs (simulated here). Each answers a price per square metre for a
 * glass spec after its usual latency; Northglass has been slow all month.
 */
export interface SupplierPrice {
  supplier: string;
  glass: string;
  perSqmPence: number;
  leadDays: number;
}

const SUPPLIERS: Record<string, { latencyMs: number; markup: number; leadDays: number }> = {
  pilkton: { latencyMs: 6, markup: 1.0, leadDays: 3 },
  clearview: { latencyMs: 10, markup: 0.94, leadDays: 5 },
  northglass: { latencyMs: 220, markup: 0.88, leadDays: 7 },
};

const BASE: Record<string, number> = {
  "4mm-float": 2400,
  "6mm-toughened": 5200,
  "6.4mm-laminated": 6100,
  "4-16-4-double": 7800,
};

export function knownGlass(glass: string) {
  return glass in BASE;
}

export function fetchPrice(supplier: string, glass: string, signal: AbortSignal) {
  const s = SUPPLIERS[supplier];
  if (!s) return Promise.reject(new Error(`unknown supplier ${supplier}`));
  return new Promise<SupplierPrice>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer: ReturnType<typeof setTimeout> = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve({
        supplier,
        glass,
        perSqmPence: Math.round(BASE[glass] * s.markup),
        leadDays: s.leadDays,
      });
    }, s.latencyMs);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
