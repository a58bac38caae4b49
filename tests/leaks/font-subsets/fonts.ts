export interface Face {
  family: string;
  weight: number;
  unitsPerEm: number;
  license: "OFL" | "commercial";
  ranges: [number, number][];
}

export const FACES: Face[] = [
  { family: "Inter", weight: 400, unitsPerEm: 2048, license: "OFL", ranges: [[0x20, 0x24f]] },
  { family: "Inter", weight: 600, unitsPerEm: 2048, license: "OFL", ranges: [[0x20, 0x24f]] },
  {
    family: "Merriweather",
    weight: 400,
    unitsPerEm: 1000,
    license: "OFL",
    ranges: [[0x20, 0x17f], [0x2010, 0x2027]],
  },
  {
    family: "Brand Sans",
    weight: 700,
    unitsPerEm: 1000,
    license: "commercial",
    ranges: [[0x20, 0x7e]],
  },
];

export function findFace(family: string, weight: number): Face | undefined {
  return FACES.find((f) => f.family === family && f.weight === weight);
}

export function covers(face: Face, cp: number): boolean {
  return face.ranges.some(([lo, hi]) => cp >= lo && cp <= hi);
}

// Advance widths would come from the hmtx table; an approximation per character class will do
// for layout estimates.
export function advance(face: Face, cp: number): number {
  const ch = String.fromCodePoint(cp);
  const em = face.unitsPerEm;
  if (/[ il.,:;'|!]/.test(ch)) return Math.round(em * 0.28);
  if (/[mwMW@]/.test(ch)) return Math.round(em * 0.86);
  if (/[A-Z0-9]/.test(ch)) return Math.round(em * 0.66);
  return Math.round(em * 0.55 + (face.weight - 400) / 10);
}
