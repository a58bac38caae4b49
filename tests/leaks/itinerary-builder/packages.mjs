// The tour operator's packages: each a template itinerary that bookings are copied from.

const day = (title, activities, hotel) => ({ title, activities, hotel });

export const packages = new Map([
  ["lisbon-city-break", {
    id: "lisbon-city-break",
    name: "Lisbon city break",
    nights: 3,
    basePriceCents: 48900,
    currency: "EUR",
    template: {
      days: [
        day("Arrival and Baixa", [
          { name: "Airport transfer", priceCents: 0, includes: ["driver", "water"] },
          { name: "Walking tour of Baixa and Chiado", priceCents: 0, includes: ["guide"] },
        ], "Hotel Avenida Palace"),
        day("Belém", [
          { name: "Jerónimos Monastery", priceCents: 1200, includes: ["entry"] },
          { name: "Pastéis de Belém tasting", priceCents: 900, includes: ["6 pastries"] },
        ], "Hotel Avenida Palace"),
        day("Sintra", [
          { name: "Day trip to Sintra and Cascais", priceCents: 6900, includes: ["coach"] },
        ], "Hotel Avenida Palace"),
        day("Departure", [{ name: "Airport transfer", priceCents: 0, includes: ["driver"] }]),
      ],
      notes: ["Tram 28 tickets are not included.", "City tax: 2 EUR per person per night."],
      validFrom: new Date("2025-03-01T00:00:00Z"),
    },
  }],
  ["porto-douro", {
    id: "porto-douro",
    name: "Porto and the Douro valley",
    nights: 4,
    basePriceCents: 61900,
    currency: "EUR",
    template: {
      days: [
        day("Arrival in Ribeira", [{ name: "Port cellar visit", priceCents: 1800 }], "Pestana"),
        day("Douro river cruise", [{ name: "Six bridges cruise", priceCents: 1500 }], "Pestana"),
        day("Douro wine estates", [{ name: "Quinta tasting", priceCents: 4200 }], "Quinta"),
        day("Guimarães", [{ name: "Castle and old town", priceCents: 800 }], "Pestana"),
        day("Departure", []),
      ],
      notes: ["Wine tastings are for travellers aged 18 and over."],
      validFrom: new Date("2025-04-01T00:00:00Z"),
    },
  }],
]);

export function packageSummaries() {
  return [...packages.values()].map(({ id, name, nights, basePriceCents, currency }) => ({
    id,
    name,
    nights,
    basePriceCents,
    currency,
  }));
}
