/** Tonight's and this week's performances, with their price bands (minor units, EUR). */

export interface Band {
  code: string;
  label: string;
  priceMinor: number;
}

export interface Performance {
  id: string;
  work: string;
  startsAt: string;
  bands: Band[];
}

const BANDS: Band[] = [
  { code: "A", label: "Stalls A", priceMinor: 14500 },
  { code: "B", label: "Stalls B / Dress Circle", priceMinor: 9800 },
  { code: "C", label: "Upper Circle", priceMinor: 5600 },
  { code: "D", label: "Gallery (restricted view)", priceMinor: 1900 },
];

export const performances = new Map<string, Performance>([
  ["tosca-1206", {
    id: "tosca-1206",
    work: "Puccini: Tosca",
    startsAt: "2025-12-06T19:30:00+01:00",
    bands: BANDS,
  }],
  ["figaro-1207", {
    id: "figaro-1207",
    work: "Mozart: Le nozze di Figaro",
    startsAt: "2025-12-07T18:00:00+01:00",
    bands: BANDS,
  }],
  ["rusalka-1210", {
    id: "rusalka-1210",
    work: "Dvořák: Rusalka",
    startsAt: "2025-12-10T19:00:00+01:00",
    bands: BANDS,
  }],
]);

/** The box office system books confirmed seats; the sandbox answers with ticket numbers. */
export async function bookWithBoxOffice(
  performance: string,
  seats: string[],
): Promise<string[]> {
  await new Promise((r) => setTimeout(r, 3));
  return seats.map((seat, n) => `${performance.toUpperCase()}-${seat}-${Date.now() % 100000}${n}`);
}
