// Stand-in for the Postgres pool in development and CI: the same named statements, answered
// from memory (rows are copies, as they would be off the wire).
import { setImmediate as nextTurn } from "node:timers/promises";

const tables = {
  cottages: [
    {
      id: 11,
      slug: "rosemary-cottage",
      name: "Rosemary Cottage",
      village: "Porlock",
      county: "Somerset",
      sleeps: 4,
      bedrooms: 2,
      dogs: 2,
      changeover: "Saturday",
      cleaningPence: 6500,
      dogPence: 3000,
    },
    {
      id: 12,
      slug: "the-old-forge",
      name: "The Old Forge",
      village: "Dunster",
      county: "Somerset",
      sleeps: 6,
      bedrooms: 3,
      dogs: 1,
      changeover: "Friday",
      cleaningPence: 8500,
      dogPence: 3500,
    },
    {
      id: 13,
      slug: "harbour-loft",
      name: "Harbour Loft",
      village: "Watchet",
      county: "Somerset",
      sleeps: 2,
      bedrooms: 1,
      dogs: 0,
      changeover: "Monday",
      cleaningPence: 4500,
      dogPence: 0,
    },
  ],
  photos: [
    {
      cottageId: 11,
      url: "https://img.coastcottages.example/11/front.jpg",
      caption: "Front garden in June",
    },
    {
      cottageId: 11,
      url: "https://img.coastcottages.example/11/lounge.jpg",
      caption: "Lounge with wood burner",
    },
    {
      cottageId: 11,
      url: "https://img.coastcottages.example/11/bed1.jpg",
      caption: "Main bedroom (king)",
    },
    {
      cottageId: 12,
      url: "https://img.coastcottages.example/12/forge.jpg",
      caption: "The forge, now the kitchen",
    },
    {
      cottageId: 13,
      url: "https://img.coastcottages.example/13/view.jpg",
      caption: "View over the marina",
    },
  ],
  rates: [
    {
      cottageId: 11,
      year: 2031,
      from: "2031-01-01",
      to: "2031-03-31",
      nightlyPence: 9500,
      minNights: 2,
    },
    {
      cottageId: 11,
      year: 2031,
      from: "2031-04-01",
      to: "2031-06-30",
      nightlyPence: 12500,
      minNights: 3,
    },
    {
      cottageId: 11,
      year: 2031,
      from: "2031-07-01",
      to: "2031-08-31",
      nightlyPence: 16500,
      minNights: 7,
    },
    {
      cottageId: 11,
      year: 2031,
      from: "2031-09-01",
      to: "2031-12-31",
      nightlyPence: 11000,
      minNights: 3,
    },
    {
      cottageId: 12,
      year: 2031,
      from: "2031-01-01",
      to: "2031-12-31",
      nightlyPence: 18000,
      minNights: 3,
    },
    {
      cottageId: 13,
      year: 2031,
      from: "2031-01-01",
      to: "2031-12-31",
      nightlyPence: 8500,
      minNights: 2,
    },
  ],
  bookings: [
    { cottageId: 11, arrive: "2031-07-05", depart: "2031-07-12", ref: "CC-88120" },
    { cottageId: 11, arrive: "2031-07-26", depart: "2031-08-09", ref: "CC-88341" },
    { cottageId: 11, arrive: "2031-08-16", depart: "2031-08-23", ref: "CC-88502" },
    { cottageId: 12, arrive: "2031-07-04", depart: "2031-07-11", ref: "CC-88177" },
  ],
};

const statements = {
  "cottage.bySlug": ([slug]) => tables.cottages.filter((c) => c.slug === slug),
  "cottage.photos": ([cottageId]) => tables.photos.filter((p) => p.cottageId === cottageId),
  "rates.forYear": ([cottageId, year]) =>
    tables.rates.filter((r) => r.cottageId === cottageId && r.year === year),
  // bookings overlapping [from, to)
  "bookings.overlapping": ([cottageId, from, to]) =>
    tables.bookings.filter((b) => b.cottageId === cottageId && b.arrive < to && b.depart > from),
};

export async function execute(statement, params) {
  await nextTurn();
  const run = statements[statement];
  if (!run) throw new Error(`unknown statement ${statement}`);
  return structuredClone(run(params));
}
