/** Bookings from the reservation system, looked up by reference and kept in a small LRU. */
export interface Booking {
  reference: string;
  sailing: string;
  lead: string;
  vehicle: { kind: "car" | "van" | "motorhome" | "motorcycle"; lengthM: number };
  passengers: number;
  extras: string[];
}

const MAX_CACHED = 32;
const cache = new Map<string, Booking>();
let lookups = 0;
let misses = 0;

// Stands in for the reservation system's API (a few milliseconds away).
async function fetchBooking(reference: string, sailing: string): Promise<Booking> {
  await new Promise((r) => setTimeout(r, 2));
  const n = Number(reference.replace(/\D/g, "")) || 0;
  const kinds = ["car", "car", "van", "motorhome", "motorcycle"] as const;
  const kind = kinds[n % kinds.length];
  return {
    reference,
    sailing,
    lead: `Passenger ${n}`,
    vehicle: { kind, lengthM: kind === "motorhome" ? 7.5 : kind === "van" ? 5.5 : 4.6 },
    passengers: 1 + (n % 4),
    extras: n % 3 === 0 ? ["cabin"] : [],
  };
}

export async function lookupBooking(reference: string, sailing: string): Promise<Booking> {
  lookups++;
  const hit = cache.get(reference);
  if (hit) {
    cache.delete(reference);
    cache.set(reference, hit);
    return hit;
  }
  misses++;
  const booking = await fetchBooking(reference, sailing);
  cache.set(reference, booking);
  while (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
  return booking;
}

export function bookingCacheStats() {
  return { lookups, misses, cached: cache.size };
}
