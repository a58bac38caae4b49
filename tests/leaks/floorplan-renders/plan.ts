// Floor plans from the surveyor's room list: rooms are rectangles in metres, placed on a grid
// by the tablet app (x, y of the top-left corner).

export interface Room {
  name: string;
  x: number;
  y: number;
  w: number;
  d: number;
  floor?: string;
}

export interface PlanSummary {
  rooms: { name: string; floor: string; m2: number; label: string }[];
  totalM2: number;
  totalFt2: number;
}

const FT2_PER_M2 = 10.7639;
const SCALE = 40; // px per metre

export function validateRooms(input: unknown): Room[] {
  if (!Array.isArray(input) || input.length === 0) throw new Error("a plan needs rooms");
  return input.map((r, i) => {
    const room = r as Partial<Room>;
    for (const k of ["x", "y", "w", "d"] as const) {
      if (typeof room[k] !== "number" || !Number.isFinite(room[k])) {
        throw new Error(`room ${i + 1}: ${k} must be a number of metres`);
      }
    }
    if ((room.w as number) <= 0 || (room.d as number) <= 0) {
      throw new Error(`room ${i + 1} has no size`);
    }
    return {
      name: String(room.name ?? `Room ${i + 1}`),
      x: room.x as number,
      y: room.y as number,
      w: room.w as number,
      d: room.d as number,
      floor: room.floor ?? "Ground floor",
    };
  });
}

function feetInches(m: number): string {
  const inches = Math.round(m * 39.3701);
  return `${Math.floor(inches / 12)}'${inches % 12}"`;
}

export function summarise(rooms: Room[]): PlanSummary {
  const out = rooms.map((r) => ({
    name: r.name,
    floor: r.floor ?? "Ground floor",
    m2: Math.round(r.w * r.d * 100) / 100,
    label: `${r.w.toFixed(2)}m x ${r.d.toFixed(2)}m (${feetInches(r.w)} x ${feetInches(r.d)})`,
  }));
  const totalM2 = Math.round(out.reduce((n, r) => n + r.m2, 0) * 10) / 10;
  return { rooms: out, totalM2, totalFt2: Math.round(totalM2 * FT2_PER_M2) };
}

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function renderSvg(rooms: Room[], summary: PlanSummary, title: string): string {
  const width = Math.max(...rooms.map((r) => r.x + r.w)) * SCALE + 40;
  const height = Math.max(...rooms.map((r) => r.y + r.d)) * SCALE + 90;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<style>rect{fill:#fff;stroke:#222;stroke-width:3}text{font:12px Helvetica,Arial;fill:#222}</style>`,
  ];
  rooms.forEach((r, i) => {
    const x = 20 + r.x * SCALE;
    const y = 20 + r.y * SCALE;
    parts.push(`<rect x="${x}" y="${y}" width="${r.w * SCALE}" height="${r.d * SCALE}"/>`);
    parts.push(`<text x="${x + 8}" y="${y + 18}">${esc(r.name)}</text>`);
    parts.push(`<text x="${x + 8}" y="${y + 34}">${esc(summary.rooms[i].label)}</text>`);
  });
  parts.push(
    `<text x="20" y="${height - 40}">${esc(title)}</text>`,
    `<text x="20" y="${
      height - 22
    }">Approx. gross internal area ${summary.totalM2} sq m / ${summary.totalFt2} sq ft. For illustration only; not to scale.</text>`,
    "</svg>",
  );
  return parts.join("\n");
}
