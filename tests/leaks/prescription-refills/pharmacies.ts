import { HttpError } from "./scope.ts";

export interface Pharmacy {
  id: string;
  name: string;
  city: string;
  opens: number;
  closes: number;
  /** Minutes a technician needs to fill a standard order. */
  fillMinutes: number;
  stock: Record<string, number>;
}

const PHARMACIES: Pharmacy[] = [
  {
    id: "ph-utrecht-centrum",
    name: "Apotheek Centrum",
    city: "Utrecht",
    opens: 8,
    closes: 18,
    fillMinutes: 45,
    stock: { Atorvastatin: 120, Metformin: 40 },
  },
  {
    id: "ph-utrecht-overvecht",
    name: "Apotheek Overvecht",
    city: "Utrecht",
    opens: 9,
    closes: 17,
    fillMinutes: 90,
    stock: { Atorvastatin: 0, Metformin: 300 },
  },
];

export function pharmacyById(id: string): Pharmacy {
  const pharmacy = PHARMACIES.find((p) => p.id === id);
  if (!pharmacy) throw new HttpError(400, `unknown pharmacy ${JSON.stringify(id)}`);
  return pharmacy;
}

export function listPharmacies() {
  return PHARMACIES.map(({ id, name, city, opens, closes }) => ({ id, name, city, opens, closes }));
}

/**
 * Asks the pharmacy's dispensing system when the order can be picked up. The real call goes
 * over the regional pharmacy network; this stand-in answers from stock and opening hours.
 */
export async function pickupSlot(pharmacy: Pharmacy, drug: string, signal: AbortSignal) {
  await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
  signal.throwIfAborted();
  const inStock = (pharmacy.stock[drug] ?? 0) > 0;
  const ready = new Date(Date.now() + pharmacy.fillMinutes * 60_000);
  if (!inStock) ready.setDate(ready.getDate() + 1); // wholesaler delivers overnight
  if (ready.getHours() >= pharmacy.closes) {
    ready.setDate(ready.getDate() + 1);
    ready.setHours(pharmacy.opens, 30, 0, 0);
  } else if (ready.getHours() < pharmacy.opens) {
    ready.setHours(pharmacy.opens, 30, 0, 0);
  }
  return ready;
}
