// Hillshade from a synthetic DEM (the real one reads SRTM tiles from object storage).

export interface Tile {
  z: number;
  x: number;
  y: number;
  size: number;
  shade: string;
  renderedAt: number;
}

const SIZE = 16;

function elevation(z: number, gx: number, gy: number): number {
  const s = 1 / (1 << Math.max(0, z - 6));
  return 400 * Math.sin(gx * s * 0.07) * Math.cos(gy * s * 0.05) +
    120 * Math.sin((gx + gy) * s * 0.2);
}

export async function renderTile(z: number, x: number, y: number): Promise<Tile> {
  // yield like the storage read would
  await new Promise((r) => setTimeout(r, 2));
  const azimuth = (315 * Math.PI) / 180;
  const altitude = (45 * Math.PI) / 180;
  let out = "";
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      const gx = x * SIZE + px;
      const gy = y * SIZE + py;
      const dzdx = (elevation(z, gx + 1, gy) - elevation(z, gx - 1, gy)) / 2;
      const dzdy = (elevation(z, gx, gy + 1) - elevation(z, gx, gy - 1)) / 2;
      const slope = Math.atan(Math.hypot(dzdx, dzdy) / 30);
      const aspect = Math.atan2(dzdy, -dzdx);
      const shade = Math.sin(altitude) * Math.cos(slope) +
        Math.cos(altitude) * Math.sin(slope) * Math.cos(azimuth - aspect);
      out += Math.max(0, Math.min(255, Math.round(shade * 255))).toString(16).padStart(2, "0");
    }
  }
  return { z, x, y, size: SIZE, shade: out, renderedAt: Date.now() };
}
