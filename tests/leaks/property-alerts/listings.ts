/** The listings feed (refreshed from the MLS export every night; a fixed sample here). */

export interface Listing {
  id: string;
  area: string;
  street: string;
  price: number;
  bedrooms: number;
  m2: number;
}

const AREAS = ["oud-west", "de-pijp", "noord", "ijburg"];
const STREETS = ["Kinkerstraat", "Ferdinand Bolstraat", "Buiksloterweg", "Pampuslaan"];

export const LISTINGS: Listing[] = Array.from({ length: 48 }, (_, n) => ({
  id: `L-${4100 + n}`,
  area: AREAS[n % 4],
  street: `${STREETS[n % 4]} ${10 + n * 3}`,
  price: 325_000 + (n % 12) * 45_000,
  bedrooms: 1 + (n % 4),
  m2: 48 + (n % 9) * 11,
}));

export function search(area: string, maxPrice: number, bedrooms: number): Listing[] {
  return LISTINGS.filter((l) => l.area === area && l.price <= maxPrice && l.bedrooms >= bedrooms)
    .sort((a, b) => a.price - b.price)
    .slice(0, 6);
}

export function byId(id: string): Listing | undefined {
  return LISTINGS.find((l) => l.id === id);
}
