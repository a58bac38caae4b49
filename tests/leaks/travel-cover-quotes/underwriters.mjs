import { setTimeout as sleep } from "node:timers/promises";

/**
 * Rating adapters for the three underwriters on the panel. Each takes a trip and answers with a
 * premium in pence, or with nothing when it will not cover the risk (Albion's API just drops a
 * declined request, as their old one did).
 */

const REGION = {
  europe: ["FR", "ES", "PT", "IT", "GR", "DE", "NL", "IE", "HR", "CY", "MT"],
  worldwideExUsa: ["TH", "AU", "NZ", "ZA", "JP", "IN", "MX", "BR", "VN"],
  worldwide: ["US", "CA", "BS", "JM"],
};

export function regionOf(countries) {
  if (countries.some((c) => REGION.worldwide.includes(c))) return "worldwide";
  if (countries.some((c) => REGION.worldwideExUsa.includes(c))) return "worldwide-ex-usa";
  return "europe";
}

function ageOn(dob, date) {
  const a = new Date(date);
  const b = new Date(dob);
  let age = a.getUTCFullYear() - b.getUTCFullYear();
  if (
    a.getUTCMonth() < b.getUTCMonth() ||
    (a.getUTCMonth() === b.getUTCMonth() && a.getUTCDate() < b.getUTCDate())
  ) age--;
  return age;
}

function tripDays(trip) {
  return Math.max(
    1,
    Math.round((Date.parse(trip.returns) - Date.parse(trip.departs)) / 86_400_000),
  );
}

const BASE = { "europe": 900, "worldwide-ex-usa": 1900, "worldwide": 3100 };

function loadings(trip) {
  let factor = 1;
  for (const t of trip.travellers) {
    const age = ageOn(t.dob, trip.departs);
    if (age >= 65) factor += 0.6;
    if (age >= 75) factor += 0.9;
    factor += (t.conditions?.length ?? 0) * 0.35;
  }
  return factor;
}

export function registerUnderwriters(bus) {
  bus.handle("rate.harbourline", async (trip) => {
    await sleep(15);
    const region = regionOf(trip.destinations);
    const premium = Math.round(BASE[region] * tripDays(trip) * 0.18 * loadings(trip) + 1200);
    return { underwriter: "Harbourline", product: "Voyager Plus", premium, excess: 7500 };
  });

  bus.handle("rate.northstar", async (trip) => {
    await sleep(25);
    const region = regionOf(trip.destinations);
    const premium = Math.round(BASE[region] * tripDays(trip) * 0.21 * loadings(trip) + 800);
    return { underwriter: "Northstar", product: "Explorer", premium, excess: 10000 };
  });

  bus.handle("rate.albion", async (trip) => {
    await sleep(10);
    const region = regionOf(trip.destinations);
    const oldest = Math.max(...trip.travellers.map((t) => ageOn(t.dob, trip.departs)));
    // declined: worldwide cover for travellers over 70
    if (region === "worldwide" && oldest > 70) return undefined;
    const premium = Math.round(BASE[region] * tripDays(trip) * 0.16 * loadings(trip) + 1500);
    return { underwriter: "Albion Mutual", product: "Classic Single Trip", premium, excess: 5000 };
  });
}
