/** A coarse elevation grid (metres) over a hiking area, sampled bilinearly. */

const ORIGIN = { lat: 46.5, lon: 7.5 };
const STEP = 0.01;
const SIZE = 64;

const grid = new Float32Array(SIZE * SIZE);
for (let y = 0; y < SIZE; y++) {
  for (let x = 0; x < SIZE; x++) {
    grid[y * SIZE + x] = 1200 + 900 * Math.sin(x / 9) * Math.cos(y / 13) +
      15 * ((x * 7 + y * 3) % 11);
  }
}

export function elevationAt(lat: number, lon: number): number | undefined {
  const fx = (lon - ORIGIN.lon) / STEP;
  const fy = (lat - ORIGIN.lat) / STEP;
  if (fx < 0 || fy < 0 || fx >= SIZE - 1 || fy >= SIZE - 1) return undefined;
  const x = Math.floor(fx);
  const y = Math.floor(fy);
  const dx = fx - x;
  const dy = fy - y;
  const at = (i: number, j: number) => grid[j * SIZE + i];
  const top = at(x, y) * (1 - dx) + at(x + 1, y) * dx;
  const bottom = at(x, y + 1) * (1 - dx) + at(x + 1, y + 1) * dx;
  return Math.round((top * (1 - dy) + bottom * dy) * 10) / 10;
}

export interface Profile {
  points: { lat: number; lon: number; elevation: number }[];
  ascent: number;
  descent: number;
}

export function profile(path: [number, number][]): Profile | undefined {
  const points = [];
  for (const [lat, lon] of path) {
    const elevation = elevationAt(lat, lon);
    if (elevation === undefined) return undefined;
    points.push({ lat, lon, elevation });
  }
  let ascent = 0;
  let descent = 0;
  for (let i = 1; i < points.length; i++) {
    const delta = points[i].elevation - points[i - 1].elevation;
    if (delta > 0) ascent += delta;
    else descent -= delta;
  }
  return { points, ascent: Math.round(ascent), descent: Math.round(descent) };
}
