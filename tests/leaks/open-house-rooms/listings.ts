/** The branch's listings open for virtual viewings. */

export interface Listing {
  id: string;
  address: string;
  price: number;
  bedrooms: number;
  tourStops: string[];
  viewingsHeld: number;
  lastViewing: string | null;
}

export const listings = new Map<string, Listing>([
  ["L-2231", {
    id: "L-2231",
    address: "14 Rosehill Terrace, Headingley, Leeds LS6",
    price: 385_000,
    bedrooms: 3,
    tourStops: ["front", "hall", "lounge", "kitchen", "garden", "bedroom-1", "bathroom"],
    viewingsHeld: 0,
    lastViewing: null,
  }],
  ["L-2247", {
    id: "L-2247",
    address: "Flat 6, The Tannery, Holbeck, Leeds LS11",
    price: 210_000,
    bedrooms: 2,
    tourStops: ["hall", "open-plan", "balcony", "bedroom-1", "bedroom-2", "bathroom"],
    viewingsHeld: 0,
    lastViewing: null,
  }],
]);
