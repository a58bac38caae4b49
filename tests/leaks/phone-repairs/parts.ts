/** Parts the supplier lists per model family, with our price and the bench time they take. */
export interface Part {
  kind: "screen" | "battery" | "charging-port" | "rear-camera" | "back-glass";
  supplierSku: string;
  costPence: number;
  pricePence: number;
  benchMinutes: number;
}

const FAMILIES: Record<string, Omit<Part, "supplierSku">[]> = {
  apple: [
    { kind: "screen", costPence: 8900, pricePence: 17900, benchMinutes: 40 },
    { kind: "battery", costPence: 2100, pricePence: 6900, benchMinutes: 30 },
    { kind: "charging-port", costPence: 1800, pricePence: 7900, benchMinutes: 55 },
    { kind: "back-glass", costPence: 2600, pricePence: 9900, benchMinutes: 90 },
  ],
  samsung: [
    { kind: "screen", costPence: 9900, pricePence: 18900, benchMinutes: 50 },
    { kind: "battery", costPence: 1900, pricePence: 5900, benchMinutes: 35 },
    { kind: "charging-port", costPence: 1200, pricePence: 5900, benchMinutes: 45 },
    { kind: "rear-camera", costPence: 3100, pricePence: 8900, benchMinutes: 40 },
  ],
  google: [
    { kind: "screen", costPence: 7900, pricePence: 15900, benchMinutes: 45 },
    { kind: "battery", costPence: 1700, pricePence: 5900, benchMinutes: 35 },
    { kind: "charging-port", costPence: 1400, pricePence: 6400, benchMinutes: 50 },
  ],
};

export function partsFor(brand: string, model: string): Part[] {
  const family = FAMILIES[brand.toLowerCase()] ?? [];
  const code = model.toUpperCase().replace(/[^A-Z0-9]+/g, "-");
  return family.map((p) => ({
    ...p,
    supplierSku: `${brand.slice(0, 3).toUpperCase()}-${code}-${p.kind}`,
  }));
}
