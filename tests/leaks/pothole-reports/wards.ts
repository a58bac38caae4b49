/** The council's wards as rough bounding boxes, and the highways crew that covers each. */

export interface Ward {
  code: string;
  name: string;
  crew: string;
  box: [minLat: number, minLon: number, maxLat: number, maxLon: number];
}

export const WARDS: Ward[] = [
  { code: "HW", name: "Headingley West", crew: "north", box: [53.815, -1.6, 53.84, -1.57] },
  { code: "KC", name: "Kirkstall Central", crew: "north", box: [53.81, -1.63, 53.83, -1.6] },
  { code: "BE", name: "Beeston East", crew: "south", box: [53.77, -1.57, 53.79, -1.54] },
  { code: "HN", name: "Hunslet North", crew: "south", box: [53.78, -1.54, 53.795, -1.51] },
  { code: "CC", name: "City Centre", crew: "central", box: [53.79, -1.56, 53.805, -1.53] },
];

export function wardAt(lat: number, lon: number): Ward | undefined {
  return WARDS.find(({ box: [a, b, c, d] }) => lat >= a && lat <= c && lon >= b && lon <= d);
}

/** Highways' intervention levels: depth and width decide how fast a defect must be made safe. */
export function priorityOf(depthCm: number, widthCm: number, onBusRoute: boolean) {
  if (depthCm >= 10 || (depthCm >= 6 && onBusRoute)) return { level: "P1", fixWithinHours: 2 };
  if (depthCm >= 4 && widthCm >= 30) return { level: "P2", fixWithinHours: 24 * 5 };
  if (depthCm >= 4) return { level: "P3", fixWithinHours: 24 * 28 };
  return { level: "P4", fixWithinHours: 0 }; // monitored at the next inspection
}
