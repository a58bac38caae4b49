export interface Viewing {
  name: string;
  phone: string;
  at: string;
  requestedAt: string;
}

export interface Listing {
  id: string;
  street: string;
  city: string;
  postcode: string;
  rentPerMonth: number;
  serviceCosts: number;
  areaM2: number;
  bedrooms: number;
  energyLabel: string;
  furnished: "furnished" | "upholstered" | "shell";
  availableFrom: string;
  status: "available" | "under-option" | "let";
  viewings: Viewing[];
  viewingsBooked: number;
  photos: string[];
}

const MAX_VIEWINGS = 12;

const seed: [string, string, string, string, number, number, number, string][] = [
  ["AMS-101", "Prinsengracht 412-2", "Amsterdam", "1016 JD", 2450, 85, 3, "C"],
  ["AMS-104", "Jan Pieter Heijestraat 88-H", "Amsterdam", "1053 GS", 1875, 62, 2, "B"],
  ["AMS-117", "Javakade 344", "Amsterdam", "1019 SE", 2990, 110, 3, "A"],
  ["AMS-120", "Van Woustraat 21-3", "Amsterdam", "1074 AA", 1650, 48, 1, "D"],
  ["AMS-133", "Bos en Lommerweg 190-1", "Amsterdam", "1055 EG", 1525, 55, 2, "C"],
  ["UTR-201", "Oudegracht 245", "Utrecht", "3511 NK", 1790, 70, 2, "C"],
  ["UTR-208", "Amsterdamsestraatweg 512", "Utrecht", "3553 EP", 1450, 58, 2, "B"],
  ["HLM-301", "Kleine Houtstraat 17", "Haarlem", "2011 DB", 1690, 64, 2, "E"],
  ["HLM-305", "Zijlweg 150", "Haarlem", "2015 BK", 2150, 95, 3, "A"],
  ["RTD-401", "Witte de Withstraat 63", "Rotterdam", "3012 BN", 1595, 60, 2, "B"],
  ["RTD-412", "Kralingse Plaslaan 8", "Rotterdam", "3062 BZ", 2380, 120, 4, "A+"],
  ["RTD-415", "Nieuwe Binnenweg 301", "Rotterdam", "3021 GJ", 1295, 42, 1, "C"],
];

export const listings = new Map<string, Listing>(seed.map((
  [id, street, city, postcode, rent, area, bedrooms, label],
) => [id, {
  id,
  street,
  city,
  postcode,
  rentPerMonth: rent,
  serviceCosts: Math.round(rent * 0.04),
  areaM2: area,
  bedrooms,
  energyLabel: label,
  furnished: bedrooms > 2 ? "shell" : "upholstered",
  availableFrom: "2025-10-01",
  status: "available",
  viewings: [],
  viewingsBooked: 0,
  photos: [1, 2, 3].map((n) => `https://img.example-lettings.nl/${id}/${n}.jpg`),
}]));

export function requestViewing(listing: Listing, viewing: Viewing): void {
  listing.viewings.push(viewing);
  if (listing.viewings.length > MAX_VIEWINGS) listing.viewings.shift();
  listing.viewingsBooked++;
}
