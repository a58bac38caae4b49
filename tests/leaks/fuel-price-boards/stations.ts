import { LiveValue } from "./vendor/live-value/mod.ts";

/** The chain's stations and their tariffs, in tenths of a cent per litre. */
export const GRADES = ["e10", "e5", "diesel"] as const;
export type Grade = typeof GRADES[number];

export interface Station {
  id: string;
  name: string;
  road: string;
  tariff: Map<Grade, LiveValue<number>>;
}

const station = (id: string, name: string, road: string, [e10, e5, diesel]: number[]) => ({
  id,
  name,
  road,
  tariff: new Map<Grade, LiveValue<number>>([
    ["e10", new LiveValue(e10)],
    ["e5", new LiveValue(e5)],
    ["diesel", new LiveValue(diesel)],
  ]),
});

export const stations = new Map<string, Station>([
  ["woerden", station("woerden", "Tankstation Woerden-Oost", "A12", [1899, 1979, 1779])],
  ["vianen", station("vianen", "Tankstation Vianen", "A2", [1919, 1999, 1789])],
  ["uithoorn", station("uithoorn", "Tankstation Uithoorn", "N201", [1869, 1949, 1749])],
]);

const LIMITS = { min: 1200, max: 2600 };
export const adjustments = { count: 0 };

/** Price managers follow the competition a tenth of a cent at a time. */
export function adjust(s: Station, grade: Grade, by: number): number {
  const price = s.tariff.get(grade)!;
  price.value = Math.min(LIMITS.max, Math.max(LIMITS.min, price.value + Math.round(by)));
  adjustments.count++;
  return price.value;
}
