/**
 * Listing repository. In production this reads the MLS feed mirror; here the records are
 * derived from the listing id so every id in the L-<digits> range resolves.
 */

export type ListingStatus = "available" | "under-offer" | "sold";

export interface Agent {
  name: string;
  phone: string;
  office: string;
}

export interface Listing {
  id: string;
  title: string;
  street: string;
  city: string;
  postcode: string;
  priceCents: number;
  bedrooms: number;
  areaM2: number;
  energyLabel: string;
  photos: string[];
  agent: Agent;
  status: ListingStatus;
  updatedAt: string;
}

export class ListingNotFound extends Error {
  constructor(readonly listingId: string) {
    super(`listing ${listingId} not found`);
  }
}

const CITIES = [
  { city: "Utrecht", postcode: "3511" },
  { city: "Amsterdam", postcode: "1017" },
  { city: "Rotterdam", postcode: "3011" },
  { city: "Haarlem", postcode: "2011" },
  { city: "Leiden", postcode: "2311" },
  { city: "Delft", postcode: "2611" },
];
const STREETS = ["Oudegracht", "Prinsengracht", "Witte de Withstraat", "Grote Houtstraat"];
const KINDS = ["Canal house", "Upstairs apartment", "Family home", "Loft", "Corner house"];
const LABELS = ["A+++", "A++", "A", "B", "C", "D"];
const AGENTS: Agent[] = [
  { name: "Sanne de Vries", phone: "+31 30 123 4567", office: "Utrecht Centrum" },
  { name: "Joost Bakker", phone: "+31 20 765 4321", office: "Amsterdam Zuid" },
  { name: "Fatima el Idrissi", phone: "+31 10 222 3344", office: "Rotterdam Noord" },
];

function seedOf(id: string): number {
  let h = 2166136261;
  for (let n = 0; n < id.length; n++) {
    h ^= id.charCodeAt(n);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export function loadListing(id: string): Promise<Listing> {
  if (!/^L-\d{1,9}$/.test(id)) return Promise.reject(new ListingNotFound(id));
  const seed = seedOf(id);
  const place = CITIES[seed % CITIES.length];
  const bedrooms = 1 + (seed % 5);
  const status: ListingStatus = seed % 11 === 0
    ? "sold"
    : seed % 7 === 0
    ? "under-offer"
    : "available";
  return Promise.resolve({
    id,
    title: `${KINDS[seed % KINDS.length]} with ${bedrooms} bedroom${bedrooms > 1 ? "s" : ""}`,
    street: `${STREETS[(seed >>> 3) % STREETS.length]} ${1 + (seed % 180)}`,
    city: place.city,
    postcode: `${place.postcode} ${String.fromCharCode(65 + (seed % 26))}${
      String.fromCharCode(65 + ((seed >>> 5) % 26))
    }`,
    priceCents: (250_000 + (seed % 900) * 1_000) * 100,
    bedrooms,
    areaM2: 45 + (seed % 160),
    energyLabel: LABELS[(seed >>> 2) % LABELS.length],
    photos: Array.from(
      { length: 4 + (seed % 4) },
      (_, n) => `https://img.homes.example/${id}/${n + 1}.jpg`,
    ),
    agent: AGENTS[seed % AGENTS.length],
    status,
    updatedAt: new Date(Date.UTC(2025, 4, 1 + (seed % 28))).toISOString(),
  });
}
