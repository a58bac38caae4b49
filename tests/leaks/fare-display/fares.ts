// Fares for the international day trains, by route and travel day. Prices come from the
// yield-managed fare table: a base fare per class, raised as the day sells out.

export interface Route {
  code: string;
  from: string;
  to: string;
  operator: string;
  currency: string;
  minutes: number;
  departures: string[];
  baseCents: { second: number; first: number };
}

export const ROUTES = new Map<string, Route>([
  ["ams-bru", {
    code: "AMS-BRU",
    from: "Amsterdam Centraal",
    to: "Bruxelles-Midi",
    operator: "Eurostar",
    currency: "EUR",
    minutes: 112,
    departures: ["06:16", "08:16", "10:16", "12:16", "14:16", "16:16", "18:16"],
    baseCents: { second: 2900, first: 5900 },
  }],
  ["zrh-muc", {
    code: "ZRH-MUC",
    from: "Zürich HB",
    to: "München Hbf",
    operator: "EuroCity",
    currency: "CHF",
    minutes: 215,
    departures: ["07:33", "09:33", "11:33", "13:33", "15:33", "17:33"],
    baseCents: { second: 4980, first: 8450 },
  }],
  ["lon-par", {
    code: "LON-PAR",
    from: "London St Pancras",
    to: "Paris Nord",
    operator: "Eurostar",
    currency: "GBP",
    minutes: 136,
    departures: ["07:01", "09:01", "11:31", "13:31", "16:01", "18:01", "20:01"],
    baseCents: { second: 3900, first: 11900 },
  }],
]);

export interface Fare {
  departure: string;
  arrival: string;
  secondCents: number;
  firstCents: number;
  seatsLeft: number;
}

function loadFactor(route: Route, day: number, slot: number): number {
  // Deterministic stand-in for the reservation system's sold share (0..1).
  const x = Math.sin(day * 12.9898 + slot * 78.233 + route.minutes) * 43758.5453;
  return x - Math.floor(x);
}

function addMinutes(time: string, minutes: number): string {
  const [h, m] = time.split(":").map(Number);
  const total = (h * 60 + m + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${
    String(total % 60).padStart(2, "0")
  }`;
}

export function faresFor(route: Route, day: number): Fare[] {
  return route.departures.map((departure, slot) => {
    const sold = loadFactor(route, day, slot);
    const surcharge = 1 + Math.round(sold * 4) * 0.25;
    return {
      departure,
      arrival: addMinutes(departure, route.minutes),
      secondCents: Math.round((route.baseCents.second * surcharge) / 10) * 10,
      firstCents: Math.round((route.baseCents.first * surcharge) / 10) * 10,
      seatsLeft: Math.max(0, Math.round((1 - sold) * 420)),
    };
  });
}
