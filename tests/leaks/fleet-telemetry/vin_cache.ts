export interface VehicleSpec {
  vin: string;
  make: string;
  model: string;
  year: number;
  fuel: "diesel" | "electric";
  payloadKg: number;
}

interface Entry {
  spec: VehicleSpec;
  expiresAt: number;
}

const TTL_MS = 15 * 60_000;
const MAX_ENTRIES = 100;

/** Decoded VINs (the decoder API is slow and billed per call); oldest dropped past the cap. */
const specs = new Map<string, Entry>();

const MAKES: Record<string, [string, string, VehicleSpec["fuel"], number]> = {
  WDB: ["Mercedes-Benz", "Sprinter", "diesel", 1_200],
  WF0: ["Ford", "Transit", "diesel", 1_100],
  VF1: ["Renault", "Master E-Tech", "electric", 975],
};

function decode(vin: string): VehicleSpec | undefined {
  const make = MAKES[vin.slice(0, 3)];
  if (!make) return undefined;
  const yearCode = "ABCDEFGHJKLMNPRSTVWXY123456789".indexOf(vin[9] ?? "");
  return {
    vin,
    make: make[0],
    model: make[1],
    year: yearCode < 0 ? 0 : 2010 + ((yearCode + 20) % 30),
    fuel: make[2],
    payloadKg: make[3],
  };
}

function sweep(now: number) {
  for (const [vin, entry] of specs) if (entry.expiresAt <= now) specs.delete(vin);
  while (specs.size > MAX_ENTRIES) {
    const oldest = specs.keys().next().value;
    if (oldest === undefined) break;
    specs.delete(oldest);
  }
}

export function lookupVin(vin: string): VehicleSpec | undefined {
  const now = Date.now();
  const hit = specs.get(vin);
  if (hit && hit.expiresAt > now) return hit.spec;
  const spec = decode(vin);
  if (!spec) return undefined;
  specs.set(vin, { spec, expiresAt: now + TTL_MS });
  sweep(now);
  return spec;
}

export function cachedVins(): number {
  return specs.size;
}
