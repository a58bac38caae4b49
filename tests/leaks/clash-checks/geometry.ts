/** Axis-aligned boxes in millimetres, site grid coordinates. */
export interface Box {
  min: [number, number, number];
  max: [number, number, number];
}

export function isBox(value: unknown): value is Box {
  const b = value as Box;
  return Array.isArray(b?.min) && Array.isArray(b?.max) && b.min.length === 3 &&
    b.max.length === 3 && [...b.min, ...b.max].every((n) => Number.isFinite(n)) &&
    b.min.every((n, k) => n < b.max[k]);
}

/** The overlap along each axis (negative: the gap), so clearance checks can use it too. */
export function overlap(a: Box, b: Box): [number, number, number] {
  return [0, 1, 2].map((k) => Math.min(a.max[k], b.max[k]) - Math.max(a.min[k], b.min[k])) as [
    number,
    number,
    number,
  ];
}

export function grow(box: Box, mm: number): Box {
  return {
    min: box.min.map((v) => v - mm) as Box["min"],
    max: box.max.map((v) => v + mm) as Box["max"],
  };
}
