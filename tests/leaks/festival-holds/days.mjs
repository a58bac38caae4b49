export const DAYS = new Map([
  ["fri", { label: "Friday 3 July", capacity: 45_000, priceCents: 8900, sold: 0 }],
  ["sat", { label: "Saturday 4 July", capacity: 45_000, priceCents: 9900, sold: 0 }],
  ["sun", { label: "Sunday 5 July", capacity: 40_000, priceCents: 8900, sold: 0 }],
]);

// Allocations the festival keeps back (artists' guests, sponsors) until the line-up is final,
// restored on start-up from the settings.
export const HOUSE_HOLDS = [
  { day: "sat", quantity: 400, name: "Artist guest list", ttlMs: 30 * 86_400_000 },
  { day: "sun", quantity: 250, name: "Sponsor allocation", ttlMs: 21 * 86_400_000 },
];
