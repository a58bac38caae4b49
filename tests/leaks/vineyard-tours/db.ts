// @ts-types="./node_modules/tiny-query/index.d.ts"
import { createClient } from "./node_modules/tiny-query/index.js";

export interface TourRow {
  id: string;
  name: string;
  estate: string;
  language: string;
  startsAt: string;
  minutes: number;
  priceCents: number;
  seats: number;
  booked: number;
  status: "open" | "full" | "cancelled";
  tasting: string[];
}

const ESTATES = [
  ["Wijngoed Mergelland", "Limburg"],
  ["Domaine de Betuwe", "Gelderland"],
  ["Heuvelrug Wijnen", "Utrecht"],
];
const TOURS = ["Cellar and barrel room", "Harvest walk", "Sparkling method", "Sunset tasting"];

/** Six weeks of tours, as the estates' booking system exports them every night. */
function seedTours(): TourRow[] {
  const rows: TourRow[] = [];
  let n = 100;
  for (let day = 1; day <= 28; day++) {
    const [estate] = ESTATES[day % ESTATES.length];
    const name = TOURS[day % TOURS.length];
    rows.push({
      id: `T-${n++}`,
      name,
      estate,
      language: day % 3 === 0 ? "de" : day % 2 === 0 ? "nl" : "en",
      startsAt: `2025-07-${String(day).padStart(2, "0")}T${day % 2 ? "14" : "16"}:00:00+02:00`,
      minutes: name === "Harvest walk" ? 150 : 90,
      priceCents: name === "Sunset tasting" ? 4250 : 2950,
      seats: 16,
      booked: (day * 5) % 12,
      status: day % 9 === 0 ? "cancelled" : "open",
      tasting: ["Johanniter", "Solaris", "Pinot Noir"].slice(0, 2 + (day % 2)),
    });
  }
  return rows;
}

export const tours = seedTours();
export const db = createClient({ tables: { tours } });
