// Shop settings, loaded at start from the settings table and written back after every save.
// Only a handful of shops are served from one instance (they are sharded by shop id).

export const shops = new Map([
  [
    "bloom-and-co",
    {
      id: "bloom-and-co",
      name: "Bloom & Co",
      currency: "EUR",
      originCountry: "NL",
      shipping: {
        handlingDays: 1,
        freeShippingOverCents: 7500,
        cutoffLocal: "15:00",
        zones: [
          {
            id: "domestic",
            name: "Netherlands",
            countries: ["NL"],
            carrier: "postnl",
            tiers: [
              { upToGrams: 2000, priceCents: 495 },
              { upToGrams: 10000, priceCents: 695 },
            ],
          },
        ],
      },
    },
  ],
  [
    "kaasboer",
    {
      id: "kaasboer",
      name: "De Kaasboer",
      currency: "EUR",
      originCountry: "NL",
      shipping: {
        handlingDays: 2,
        freeShippingOverCents: 5000,
        cutoffLocal: "12:00",
        zones: [
          {
            id: "benelux",
            name: "Benelux",
            countries: ["NL", "BE", "LU"],
            carrier: "dhl",
            tiers: [{ upToGrams: 5000, priceCents: 650 }],
          },
        ],
      },
    },
  ],
]);

const saves = [];
const SAVES_KEPT = 30;

export function recordSave(shopId, actor, summary) {
  saves.push({ shopId, actor, summary, at: new Date().toISOString() });
  if (saves.length > SAVES_KEPT) saves.splice(0, saves.length - SAVES_KEPT);
}

export function recentSaves(shopId) {
  return saves.filter((s) => s.shopId === shopId).slice(-10);
}
